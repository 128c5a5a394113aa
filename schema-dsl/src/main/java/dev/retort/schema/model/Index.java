package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * Index is a secondary index on a table: unique or not, with its access method, key parts, INCLUDE columns,
 * an optional partial-index predicate, storage parameters ({@code WITH (fillfactor=70)}) and comment.
 *
 * <p>Indexes that back a primary key or a unique constraint are part of that constraint, not Index values.
 * {@code method} is lower case ({@code btree}, {@code hash}, {@code gin}, {@code gist}, {@code brin},
 * {@code spgist}); {@code predicate} is null for a full index.
 *
 * <pre>{@code
 * Index live = new Index("ix_journal_entries_user_id_created_at", false, "btree",
 *         List.of(IndexElement.column("user_id"), IndexElement.column("created_at").desc()),
 *         List.of(), "deleted_at IS NULL", false);
 * }</pre>
 */
public record Index(
        String name,
        boolean unique,
        String method,
        List<IndexElement> elements,
        List<String> include,
        String predicate,
        boolean nullsNotDistinct,
        List<String> storageParameters,
        String comment) {

    public Index {
        Objects.requireNonNull(name, "name");
        method = method == null ? "btree" : method;
        elements = List.copyOf(elements);
        include = include == null ? List.of() : List.copyOf(include);
        // as PostgreSQL prints them (name=value), sorted: the order they were given in means nothing
        storageParameters = storageParameters == null ? List.of() : storageParameters.stream().sorted().toList();
    }

    /** An index without storage parameters or comment. */
    public Index(String name, boolean unique, String method, List<IndexElement> elements, List<String> include,
                 String predicate, boolean nullsNotDistinct) {
        this(name, unique, method, elements, include, predicate, nullsNotDistinct, List.of(), null);
    }

    public Index withName(String newName) {
        return new Index(newName, unique, method, elements, include, predicate, nullsNotDistinct, storageParameters, comment);
    }

    /** The same index over other key parts and INCLUDE columns (after renames). */
    public Index withParts(List<IndexElement> newElements, List<String> newInclude) {
        return new Index(name, unique, method, newElements, newInclude, predicate, nullsNotDistinct, storageParameters, comment);
    }

    /** Storage parameters as {@code name=value}, e.g. {@code fillfactor=70}. */
    public Index withStorageParameters(List<String> parameters) {
        return new Index(name, unique, method, elements, include, predicate, nullsNotDistinct, parameters, comment);
    }

    public Index withComment(String newComment) {
        return new Index(name, unique, method, elements, include, predicate, nullsNotDistinct, storageParameters, newComment);
    }
}
