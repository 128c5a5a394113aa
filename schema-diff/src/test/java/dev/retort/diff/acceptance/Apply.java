package dev.retort.diff.acceptance;

import dev.retort.diff.plan.MigrationPlan;
import dev.retort.diff.plan.PlannedStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Apply runs a plan the way the migrations of a revision do: in one transaction when every statement allows it,
 * otherwise each run of statements that may share a transaction in one, and each statement that may not on its own
 * (as {@code RevisionParts} cuts them); a failure names the statement.
 */
final class Apply {

    private Apply() {
    }

    static void plan(Connection c, MigrationPlan plan) throws SQLException {
        boolean inTransaction = false;
        try (Statement s = c.createStatement()) {
            for (PlannedStatement statement : plan.statements()) {
                if (statement.transactional() != inTransaction) {
                    if (inTransaction) {
                        c.commit();
                    }
                    inTransaction = statement.transactional();
                    c.setAutoCommit(!inTransaction);
                }
                try {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    if (inTransaction) {
                        c.rollback();
                    }
                    throw new SQLException(statement.source().describe() + " failed: " + e.getMessage()
                            + "\n  statement: " + statement.sql() + "\n  plan:\n" + plan.sql(), e);
                }
            }
            if (inTransaction) {
                c.commit();
            }
        } finally {
            c.setAutoCommit(true);
        }
    }
}
