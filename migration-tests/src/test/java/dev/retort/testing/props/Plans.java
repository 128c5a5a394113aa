package dev.retort.testing.props;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.schema.model.SchemaModel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plans applies migration plans the way the runner cuts them into Flyway scripts: each run of consecutive
 * transactional statements in one transaction, each run of non-transactional ones in autocommit.
 */
final class Plans {

    static final DiffEngine ENGINE = new DiffEngine();

    private Plans() {
    }

    static void apply(Connection c, MigrationPlan plan, String what) throws SQLException {
        List<PlannedStatement> statements = plan.statements();
        int i = 0;
        while (i < statements.size()) {
            boolean transactional = statements.get(i).transactional();
            int end = i;
            while (end < statements.size() && statements.get(end).transactional() == transactional) {
                end++;
            }
            c.setAutoCommit(!transactional);
            try (Statement s = c.createStatement()) {
                for (PlannedStatement ps : statements.subList(i, end)) {
                    try {
                        s.execute(ps.sql());
                    } catch (SQLException e) {
                        if (transactional) {
                            c.rollback();
                        }
                        throw new AssertionError(what + " failed at " + ps.source().describe() + ": " + e.getMessage()
                                + "\n  statement: " + ps.sql() + "\n  whole plan:\n" + plan.sql(), e);
                    }
                }
                if (transactional) {
                    c.commit();
                }
            } finally {
                c.setAutoCommit(true);
            }
            i = end;
        }
    }

    static SchemaModel inspect(Connection c, SchemaModel like) {
        return new PostgresInspector().inspect(c, like.schemas()).model();
    }

    /** Empty when {@code actual} equals {@code expected} for the engine; otherwise what differs, for a message. */
    static String difference(SchemaModel actual, SchemaModel expected) {
        DiffResult d = ENGINE.diff(actual, expected);
        if (d.isEmpty()) {
            return "";
        }
        return d.changes().stream().map(SchemaChange::describe).collect(Collectors.joining("\n  ", "  ", "\n"))
                + "  (what would fix it:)\n" + d.upgrade().sql();
    }
}
