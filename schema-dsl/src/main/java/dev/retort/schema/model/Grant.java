package dev.retort.schema.model;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * Grant is one privilege held by one role on an object ({@code GRANT SELECT ON ... TO app_user}), with or without
 * the right to grant it on. {@link #PUBLIC} stands for every role.
 *
 * <pre>{@code
 * new Grant("app_user", "SELECT", false);   // GRANT SELECT ... TO app_user
 * new Grant("admin", "UPDATE", true);       // GRANT UPDATE ... TO admin WITH GRANT OPTION
 * }</pre>
 *
 * @param grantee     the role's name, or {@code PUBLIC}
 * @param privilege   the privilege in capitals: SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER,
 *                    MAINTAIN, USAGE, CREATE, EXECUTE ...
 * @param grantOption WITH GRANT OPTION
 */
public record Grant(String grantee, String privilege, boolean grantOption) implements Comparable<Grant> {

    /** The grantee that stands for every role. */
    public static final String PUBLIC = "PUBLIC";

    private static final Comparator<Grant> ORDER = Comparator.comparing(Grant::grantee)
            .thenComparing(Grant::privilege).thenComparing(Grant::grantOption);

    public Grant {
        Objects.requireNonNull(grantee, "grantee");
        privilege = Objects.requireNonNull(privilege, "privilege").toUpperCase(Locale.ROOT);
        if (grantee.equals(PUBLIC) && grantOption) {
            throw new IllegalArgumentException("PUBLIC cannot hold " + privilege + " WITH GRANT OPTION: grant"
                    + " options go to roles only");
        }
    }

    @Override
    public int compareTo(Grant other) {
        return ORDER.compare(this, other);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Grant other
                && Objects.equals(grantee, other.grantee)
                && Objects.equals(privilege, other.privilege)
                && grantOption == other.grantOption;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(grantee);
        h = 31 * h + Objects.hashCode(privilege);
        h = 31 * h + Boolean.hashCode(grantOption);
        return h;
    }
}
