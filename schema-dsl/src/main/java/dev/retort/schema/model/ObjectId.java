package dev.retort.schema.model;

import java.util.Objects;

/**
 * ObjectId is the identity of one schema object: its kind and qualified name, and for a column, constraint, index,
 * trigger or policy the name of the member inside its table ({@code name} is then the table). A function or procedure
 * has its argument types as member ({@code integer, text}, as {@code pg_get_function_identity_arguments} prints
 * them), since PostgreSQL allows overloads. Privileges are named by the object they are granted on (see
 * {@link #privileges(ObjectId)}).
 *
 * <pre>{@code
 * ObjectId email = ObjectId.column(QualifiedName.of("public", "users"), "email");
 * email.owner();        // table public.users
 * email.toString();     // "column public.users.email"
 * }</pre>
 *
 * @param kind   what the object is
 * @param name   its qualified name; for a schema {@code (schema, schema)}, for a table member its table's name
 * @param member the member name inside the table, a routine's argument types, a privilege's target; null for the
 *               other kinds
 */
public record ObjectId(ObjectKind kind, QualifiedName name, String member) implements Comparable<ObjectId> {

    public ObjectId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind.hasMember() != (member != null)) {
            throw new IllegalArgumentException(kind + " " + name + ": table members name their member, routines"
                    + " their argument types, privileges their object; other kinds have no member (member was "
                    + member + ")");
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

    /** A function or procedure: {@code routine(FUNCTION, public.add, "integer, integer")}. */
    public static ObjectId routine(ObjectKind kind, QualifiedName name, String argumentTypes) {
        if (!kind.isRoutine()) {
            throw new IllegalArgumentException(kind + " is not a routine kind");
        }
        return new ObjectId(kind, name, argumentTypes);
    }

    /** An object of a kind that lives in a schema without members: an extension, a view, a domain ... */
    public static ObjectId of(ObjectKind kind, QualifiedName name) {
        return new ObjectId(kind, name, null);
    }

    /** A member of a table: a trigger, a policy (and the column, constraint and index factories above). */
    public static ObjectId member(ObjectKind kind, QualifiedName table, String member) {
        if (!kind.isTableMember()) {
            throw new IllegalArgumentException(kind + " is not a table member kind");
        }
        return new ObjectId(kind, table, member);
    }

    /**
     * The privileges granted on {@code target} (to every role): the member holds the target's kind and member,
     * {@code "COLUMN email"}, {@code "FUNCTION integer, text"}, {@code "TABLE"}.
     */
    public static ObjectId privileges(ObjectId target) {
        if (target.kind() == ObjectKind.PRIVILEGES || target.kind() == ObjectKind.UNMANAGED) {
            throw new IllegalArgumentException("privileges are granted on a schema object, not on " + target);
        }
        return new ObjectId(ObjectKind.PRIVILEGES, target.name(),
                target.member() == null ? target.kind().name() : target.kind().name() + " " + target.member());
    }

    /** For privileges, the object they are granted on. */
    public ObjectId target() {
        if (kind != ObjectKind.PRIVILEGES) {
            throw new IllegalStateException(this + " is not a set of privileges");
        }
        int space = member.indexOf(' ');
        ObjectKind targetKind = ObjectKind.valueOf(space < 0 ? member : member.substring(0, space));
        return new ObjectId(targetKind, name, space < 0 ? null : member.substring(space + 1));
    }

    /** An object Retort does not manage, named as PostgreSQL describes it ({@code view public.active_users}). */
    public static ObjectId unmanaged(String schema, String description) {
        return new ObjectId(ObjectKind.UNMANAGED, QualifiedName.of(schema, description), null);
    }

    /** What contains it: a member's table, privileges' object, a schema object's schema; null for a schema. */
    public ObjectId owner() {
        if (kind.isTableMember()) {
            return table(name);
        }
        if (kind == ObjectKind.PRIVILEGES) {
            return target();
        }
        return kind == ObjectKind.SCHEMA ? null : schema(name.schema());
    }

    /** The table it belongs to, or itself for a table; null for objects outside tables. */
    public QualifiedName table() {
        return kind.isTableMember() || kind == ObjectKind.TABLE ? name : null;
    }

    // compareTo, equals and hashCode written out: they run millions of times at 10,000 tables (sorting and indexing
    // the dependency edges), and the record's generated ones are slow until compiled
    @Override
    public int compareTo(ObjectId other) {
        int byKind = kind.compareTo(other.kind);
        if (byKind != 0) {
            return byKind;
        }
        int byName = name.compareTo(other.name);
        if (byName != 0 || member == other.member) {
            return byName;
        }
        if (member == null || other.member == null) {
            return member == null ? -1 : 1;
        }
        return member.compareTo(other.member);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ObjectId other && kind == other.kind && name.equals(other.name)
                && Objects.equals(member, other.member);
    }

    @Override
    public int hashCode() {
        return (kind.ordinal() * 31 + name.hashCode()) * 31 + Objects.hashCode(member);
    }

    /**
     * {@code column public.users.email}, {@code table public.users}, {@code schema app}, {@code extension pg_trgm},
     * {@code function public.add(integer, integer)}, {@code privileges on table public.users}.
     */
    @Override
    public String toString() {
        String label = kind.label();
        return switch (kind) {
            case SCHEMA -> label + " " + name.schema();
            case EXTENSION -> label + " " + name.name();
            case UNMANAGED -> name.name();
            case FUNCTION, PROCEDURE, AGGREGATE -> label + " " + name + "(" + member + ")";
            case PRIVILEGES -> "privileges on " + target();
            case ROW_SECURITY -> "row-level security of table " + name;
            case SCHEMA_COMMENT -> "comment on schema " + name.schema();
            default -> label + " " + name + (member == null ? "" : "." + member);
        };
    }
}
