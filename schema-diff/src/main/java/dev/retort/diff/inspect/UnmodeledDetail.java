package dev.retort.diff.inspect;

import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * UnmodeledDetail is one fact about a managed object that the model does not hold, with its value: e.g. the
 * grants of a table, the collation of a column, NOT VALID on a check. Only values other than PostgreSQL's default
 * are reported, so a missing detail means "the default". The entries the inspector reads are listed, one per
 * detail, in {@link DetailCatalog}.
 *
 * <pre>{@code
 * new UnmodeledDetail("column", QualifiedName.of("public", "users.email"), "collation", "\"C\"").toString();
 * // "column public.users.email: collation \"C\""
 * }</pre>
 *
 * @param objectKind {@code table}, {@code column}, {@code constraint}, {@code index}, {@code sequence},
 *                   {@code type} or {@code schema}
 * @param object     the object, columns and constraints as {@code schema.table.name}; a schema as {@code ("", name)}
 * @param detail     what it is, e.g. {@code grants}, {@code NOT VALID}
 * @param value      its value as text, never the default
 */
public record UnmodeledDetail(String objectKind, QualifiedName object, String detail, String value)
        implements Comparable<UnmodeledDetail> {

    public UnmodeledDetail {
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(value, "value");
    }

    /** What the detail belongs to, for messages: {@code column public.users.email}. */
    public String subject() {
        return objectKind + " " + (object.schema().isEmpty() ? object.name() : object.toString());
    }

    @Override
    public int compareTo(UnmodeledDetail other) {
        int c = object.compareTo(other.object);
        if (c == 0) {
            c = objectKind.compareTo(other.objectKind);
        }
        return c != 0 ? c : detail.compareTo(other.detail);
    }

    @Override
    public String toString() {
        return subject() + ": " + detail + " " + value;
    }
}
