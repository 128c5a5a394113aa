package dev.retort.schema.model;

import java.util.Objects;

/**
 * RowSecurity is the row-level security state of one table ({@code ALTER TABLE ... ENABLE ROW LEVEL SECURITY},
 * {@code FORCE ROW LEVEL SECURITY}). A table with neither has no RowSecurity object: that is PostgreSQL's default.
 * Forcing applies the table's policies to its owner too; PostgreSQL allows it without enabling, which then has no
 * effect until security is enabled.
 *
 * <pre>{@code
 * RowSecurity rls = new RowSecurity(QualifiedName.of("public", "documents"), true, false);
 * rls.id();   // row-level security of table public.documents
 * }</pre>
 *
 * @param table   the table
 * @param enabled ENABLE ROW LEVEL SECURITY: its policies (or, without any, deny-all) apply to everyone but the owner
 * @param forced  FORCE ROW LEVEL SECURITY: the policies apply to the table's owner as well
 */
public record RowSecurity(QualifiedName table, boolean enabled, boolean forced) implements SchemaObject {

    /** The fixed member name of a table's row-level security in its {@link ObjectId}. */
    public static final String MEMBER = "row_security";

    public RowSecurity {
        Objects.requireNonNull(table, "table");
        if (!enabled && !forced) {
            throw new IllegalArgumentException("row-level security of table " + table + " is neither enabled nor"
                    + " forced: that is the default, leave the object out");
        }
    }

    @Override
    public ObjectId id() {
        return ObjectId.member(ObjectKind.ROW_SECURITY, table, MEMBER);
    }
}
