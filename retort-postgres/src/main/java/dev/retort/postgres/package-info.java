/**
 * Connections to PostgreSQL: {@link dev.retort.postgres.DatabaseUrl} (both URL forms, libpq's environment and
 * {@code ~/.pgpass}, redaction of secrets), {@link dev.retort.postgres.PostgresServer} (a server that holds scratch
 * databases) and {@link dev.retort.postgres.EmbeddedServer}, the PostgreSQL that the CLI starts for
 * {@code retort.database=embedded}. Test databases ({@code TestDatabases}) are in {@code retort-test-postgres}.
 *
 * <pre>{@code
 * DatabaseUrl url = DatabaseUrl.parse("postgresql://app@localhost:5432/app");
 * DatabaseUrl scratch = PostgresServer.at(url.withDatabase("postgres")).createDatabase("scratch_1", null);
 * }</pre>
 */
package dev.retort.postgres;
