package dev.retort.schema.model;

import java.util.Objects;

/**
 * ViewColumn is one output column of a view or materialized view, as the catalog describes it: its name and its
 * type as {@code format_type} prints it, with {@code COLLATE} when the collation is not the type's. The query decides
 * the columns; the model keeps them because {@code CREATE OR REPLACE VIEW} may only append columns to the list.
 *
 * <pre>{@code
 * new ViewColumn("email", "character varying(320)");
 * }</pre>
 *
 * @param name its name
 * @param type its type, e.g. {@code integer}, {@code text COLLATE "C"}
 */
public record ViewColumn(String name, String type) {

    public ViewColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ViewColumn other
                && Objects.equals(name, other.name)
                && Objects.equals(type, other.type);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(type);
        return h;
    }
}
