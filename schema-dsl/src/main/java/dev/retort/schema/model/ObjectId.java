package dev.retort.schema.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * ObjectId is the identity of one schema object: its kind and qualified name, and for a column, constraint or index
 * the name of the member inside its table ({@code name} is then the table). Routines will add their argument types.
 *
 * <pre>{@code
 * ObjectId email = ObjectId.column(QualifiedName.of("public", "users"), "email");
 * email.owner();        // table public.users
 * email.toString();     // "column public.users.email"
 * }</pre>
 *
 * @param kind   what the object is
 * @param name   its qualified name; for a schema {@code (schema, schema)}, for a table member its table's name
 * @param member the column, constraint or index name inside the table; null for the other kinds
 */
public record ObjectId(ObjectKind kind, QualifiedName name, String member) implements Comparable<ObjectId> {

    private static final Comparator<ObjectId> ORDER = Comparator.comparing(ObjectId::kind)
            .thenComparing(ObjectId::name)
            .thenComparing(ObjectId::member, Comparator.nullsFirst(Comparator.naturalOrder()));

    public ObjectId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind.isTableMember() != (member != null)) {
            throw new IllegalArgumentException(kind + " " + name + ": a column, constraint or index names its member"
                    + " inside the table, other kinds do not (member was " + member + ")");
        }
    }

    public static ObjectId schema(String schema) {
        return new ObjectId(ObjectKind.SCHEMA, QualifiedName.of(schema, schema), null);
    }

    public static ObjectId type(QualifiedName name) {
        return new ObjectId(ObjectKind.TYPE, name, null);
    }

    public static ObjectId sequence(QualifiedName name) {
        return new ObjectId(ObjectKind.SEQUENCE, name, null);
    }

    public static ObjectId table(QualifiedName name) {
        return new ObjectId(ObjectKind.TABLE, name, null);
    }

    public static ObjectId column(QualifiedName table, String column) {
        return new ObjectId(ObjectKind.COLUMN, table, column);
    }

    public static ObjectId constraint(QualifiedName table, String constraint) {
        return new ObjectId(ObjectKind.CONSTRAINT, table, constraint);
    }

    public static ObjectId index(QualifiedName table, String index) {
        return new ObjectId(ObjectKind.INDEX, table, index);
    }

    /** An object Retort does not manage, named as PostgreSQL describes it ({@code view public.active_users}). */
    public static ObjectId unmanaged(String schema, String description) {
        return new ObjectId(ObjectKind.UNMANAGED, QualifiedName.of(schema, description), null);
    }

    /** What contains it: a member's table, a schema object's schema; null for a schema. */
    public ObjectId owner() {
        if (kind.isTableMember()) {
            return table(name);
        }
        return kind == ObjectKind.SCHEMA ? null : schema(name.schema());
    }

    /** The table it belongs to, or itself for a table; null for objects outside tables. */
    public QualifiedName table() {
        return kind.isTableMember() || kind == ObjectKind.TABLE ? name : null;
    }

    @Override
    public int compareTo(ObjectId other) {
        return ORDER.compare(this, other);
    }

    /** {@code column public.users.email}, {@code table public.users}, {@code schema app}. */
    @Override
    public String toString() {
        String label = kind.name().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case SCHEMA -> label + " " + name.schema();
            case UNMANAGED -> name.name();
            default -> label + " " + name + (member == null ? "" : "." + member);
        };
    }
}
