package dev.retort.diff.kind.schema;

import dev.retort.diff.change.CreateSchema;
import dev.retort.diff.change.DropSchema;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;

import java.util.List;

/**
 * SchemaSql writes {@code CREATE SCHEMA} and {@code DROP SCHEMA}. A schema is dropped only when the target has none
 * of its objects left (the planner drops them first), so the drop deletes nothing by itself.
 */
public final class SchemaSql {

    private SchemaSql() {
    }

    /** {@code CREATE SCHEMA name}. */
    public static List<SqlStatement> create(CreateSchema change) {
        return List.of(SqlStatement.of("CREATE SCHEMA " + SqlNames.name(change.name())));
    }

    /** {@code DROP SCHEMA name}. */
    public static List<SqlStatement> drop(DropSchema change) {
        return List.of(SqlStatement.of("DROP SCHEMA " + SqlNames.name(change.name())));
    }
}
