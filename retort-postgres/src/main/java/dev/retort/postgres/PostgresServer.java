package dev.retort.postgres;

import dev.retort.schema.model.Identifiers;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgresServer is a running server on which Retort may create and drop scratch databases: the embedded
 * one, an external one given by URL, or a container.
 *
 * <pre>{@code
 * PostgresServer server = PostgresServer.at(DatabaseUrl.parse(System.getenv("RETORT_TEST_DATABASE_URL")));
 * DatabaseUrl scratch = server.createDatabase("retort_scratch_1", null);
 * }</pre>
 */
public interface PostgresServer {

    /** A URL of a database that always exists on this server, used to run CREATE/DROP DATABASE. */
    DatabaseUrl maintenanceUrl();

    /** A server reached through {@code url}; its database is used for maintenance commands. */
    static PostgresServer at(DatabaseUrl url) {
        return () -> url;
    }

    /**
     * Creates a database, optionally as a copy of {@code template}, and returns its URL.
     *
     * @throws IllegalStateException naming the database and the server when PostgreSQL refuses
     */
    default DatabaseUrl createDatabase(String name, String template) {
        String sql = "CREATE DATABASE " + quote(name) + (template == null ? "" : " TEMPLATE " + quote(template));
        execute(sql, "create database " + name);
        return maintenanceUrl().withDatabase(name);
    }

    /** Drops a database if it exists, ending other sessions on it first (PostgreSQL 13+). */
    default void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)", "drop database " + name);
    }

    private void execute(String sql, String what) {
        try (Connection c = maintenanceUrl().connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not " + what + " on " + maintenanceUrl().redacted() + ": "
                    + e.getMessage() + " (the user needs the CREATEDB privilege)", e);
        }
    }

    private static String quote(String name) {
        return Identifiers.quote(name);
    }
}
