package dev.retort.diff.acceptance;

import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Apply runs a plan the way a migration does: in one transaction when every statement allows it, otherwise
 * statement by statement; a failure names the statement.
 */
final class Apply {

    private Apply() {
    }

    static void plan(Connection c, MigrationPlan plan) throws SQLException {
        boolean transactional = plan.isTransactional();
        c.setAutoCommit(!transactional);
        try (Statement s = c.createStatement()) {
            for (PlannedStatement statement : plan.statements()) {
                try {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    if (transactional) {
                        c.rollback();
                    }
                    throw new SQLException(statement.source().describe() + " failed: " + e.getMessage()
                            + "\n  statement: " + statement.sql() + "\n  plan:\n" + plan.sql(), e);
                }
            }
            if (transactional) {
                c.commit();
            }
        } finally {
            c.setAutoCommit(true);
        }
    }
}
