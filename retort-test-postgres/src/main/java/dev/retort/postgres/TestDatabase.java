package dev.retort.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * TestDatabase is a fresh, empty database that belongs to one test and is dropped when closed.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
 *     c.createStatement().execute("CREATE TABLE t (id int)");
 * }
 * }</pre>
 */
public interface TestDatabase extends AutoCloseable {

    /** The database's name on its server. */
    String name();

    /** Where the database is, with credentials. */
    DatabaseUrl url();

    /** Opens a new connection (autocommit on); the caller closes it. */
    default Connection connect() throws SQLException {
        return url().connect();
    }

    /** Drops the database. */
    @Override
    void close();
}
