package dev.retort.schema.dsl;

import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.RowSecurity;
import dev.retort.schema.model.SchemaObject;

import java.util.List;
import java.util.Objects;

/**
 * RowSecurityBuilder turns on row-level security for a table ({@code ENABLE ROW LEVEL SECURITY}); with
 * {@link #force()} the policies bind the table's owner as well. Without policies, an enabled table shows no rows to
 * anyone but its owner.
 *
 * <pre>{@code
 * s.rowLevelSecurity(documents);            // ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY
 * s.rowLevelSecurity(documents).force();    // ... and FORCE ROW LEVEL SECURITY
 * }</pre>
 */
public final class RowSecurityBuilder implements ObjectDraft {

    private final QualifiedName table;
    private boolean enabled = true;
    private boolean forced;

    RowSecurityBuilder(QualifiedName table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** FORCE ROW LEVEL SECURITY: the table's owner is bound by its policies too. */
    public RowSecurityBuilder force() {
        this.forced = true;
        return this;
    }

    /** Forced but not enabled (PostgreSQL allows it; the policies apply once security is enabled). */
    public RowSecurityBuilder notEnabled() {
        this.enabled = false;
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        if (!enabled && !forced) {
            problems.add("row-level security of table " + table + ": neither enabled nor forced (leave the"
                    + " declaration out for a table without row-level security)");
            return null;
        }
        return new RowSecurity(table, enabled, forced);
    }
}
