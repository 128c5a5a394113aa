package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * Privileges are what roles other than the owner may do with one object (a table, a column, a sequence, a
 * function or procedure, a schema, a type), as its ACL says. PostgreSQL's defaults are not written down: the owner's
 * own privileges, and EXECUTE on functions and USAGE on types for PUBLIC (USAGE on the {@code public} schema too);
 * so an object with the default ACL has no Privileges object, and a default taken away is in {@code revoked}.
 *
 * <pre>{@code
 * ObjectId users = ObjectId.table(QualifiedName.of("public", "users"));
 * Privileges p = new Privileges(users, List.of(new Grant("app_user", "SELECT", false)), List.of());
 * p.id();   // privileges on table public.users
 * }</pre>
 *
 * @param target  the object they are granted on
 * @param grants  the privileges granted beyond the defaults, sorted
 * @param revoked the default privileges taken away (e.g. {@code REVOKE EXECUTE ... FROM PUBLIC}), sorted
 */
public record Privileges(ObjectId target, List<Grant> grants, List<Grant> revoked) implements SchemaObject {

    public Privileges {
        Objects.requireNonNull(target, "target");
        grants = grants.stream().distinct().sorted().toList();
        revoked = revoked.stream().distinct().sorted().toList();
        for (Grant g : grants) {
            if (g.grantOption() && grants.contains(new Grant(g.grantee(), g.privilege(), false))) {
                throw new IllegalArgumentException("privileges on " + target + ": " + g.privilege() + " to "
                        + g.grantee() + " is granted both with and without the grant option");
            }
        }
    }

    @Override
    public ObjectId id() {
        return ObjectId.privileges(target);
    }

    @Override
    public SchemaObject mergedWith(SchemaObject other) {
        return other instanceof Privileges more ? with(more) : null;
    }

    /** True when nothing differs from the defaults. */
    public boolean isDefault() {
        return grants.isEmpty() && revoked.isEmpty();
    }

    /**
     * These privileges and {@code other}'s on the same object together (two declarations of one object's grants).
     * A grant with the grant option wins over the same grant without it.
     */
    public Privileges with(Privileges other) {
        if (!other.target.equals(target)) {
            throw new IllegalArgumentException(other.id() + " is not " + id());
        }
        List<Grant> all = new java.util.ArrayList<>(grants);
        all.addAll(other.grants);
        List<Grant> kept = all.stream().filter(g -> g.grantOption() || all.stream().noneMatch(o -> o.grantOption()
                && o.grantee().equals(g.grantee()) && o.privilege().equals(g.privilege()))).toList();
        List<Grant> gone = new java.util.ArrayList<>(revoked);
        gone.addAll(other.revoked);
        return new Privileges(target, kept, gone);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Privileges other
                && Objects.equals(target, other.target)
                && Objects.equals(grants, other.grants)
                && Objects.equals(revoked, other.revoked);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(target);
        h = 31 * h + Objects.hashCode(grants);
        h = 31 * h + Objects.hashCode(revoked);
        return h;
    }
}
