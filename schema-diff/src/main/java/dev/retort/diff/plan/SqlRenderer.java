package dev.retort.diff.plan;

import dev.retort.diff.change.SchemaChange;

import java.util.List;

/**
 * SqlRenderer turns one change into its SQL statements (without semicolons), in execution order, each with its
 * hazards and transaction mode. The planner depends on this interface, not on the PostgreSQL renderer, so that plan
 * and render do not depend on each other.
 *
 * <pre>{@code
 * ChangePlanner planner = new ChangePlanner(new PostgresSqlRenderer());
 * }</pre>
 */
public interface SqlRenderer {

    List<SqlStatement> render(SchemaChange change);
}
