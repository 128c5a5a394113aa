package dev.retort.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * PrimaryKey is a table's primary key constraint over one or more columns, in key order.
 *
 * <pre>{@code
 * PrimaryKey pk = new PrimaryKey("pk_journal_entry_tags", List.of("entry_id", "tag_id"));
 * }</pre>
 */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
