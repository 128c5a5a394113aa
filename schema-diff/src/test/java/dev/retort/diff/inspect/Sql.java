package dev.retort.diff.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs DDL in tests. */
final class Sql {

    private Sql() {
    }

    static void run(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
