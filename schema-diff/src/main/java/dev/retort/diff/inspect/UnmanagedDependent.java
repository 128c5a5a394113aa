package dev.retort.diff.inspect;

import dev.retort.schema.model.QualifiedName;

import java.util.Objects;

/**
 * UnmanagedDependent is one edge of {@code pg_depend}: an object the model does not manage (a view, trigger,
 * policy, function, partitioned table ...) depends on a managed table, column, type or sequence. Dropping or
 * retyping that managed object would fail on it, or silently take it along.
 *
 * <pre>{@code
 * new UnmanagedDependent("view public.v", QualifiedName.of("public", "foobar"), "buzz").toString();
 * // "view public.v depends on column public.foobar.buzz"
 * }</pre>
 *
 * @param dependent  the unmanaged object as PostgreSQL names it, e.g. {@code view public.v}
 * @param referenced the managed table, sequence or type
 * @param column     the referenced column of a table, or null for the whole object
 */
public record UnmanagedDependent(String dependent, QualifiedName referenced, String column) {

    public UnmanagedDependent {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(referenced, "referenced");
    }

    @Override
    public String toString() {
        return dependent + " depends on " + (column == null ? referenced.toString() : "column " + referenced + "." + column);
    }
}
