/**
 * Test databases on a real PostgreSQL: {@link dev.retort.postgres.TestDatabases#fresh()} gives each test its own
 * empty database, on the server named by {@code RETORT_TEST_DATABASE_URL}, a Testcontainers PostgreSQL
 * ({@code -Dretort.test.db=testcontainers}), or the embedded PostgreSQL started once per JVM.
 *
 * <p>This module (artifact {@code retort-test-postgres}) holds only what tests need, so no library module carries
 * it in its main classes; modules depend on it in test scope, and the round-trip test kit ({@code migration-tests},
 * itself a test-scope dependency of its users) in compile scope. It adds classes to the package
 * {@code dev.retort.postgres} of {@code retort-postgres}, whose URL and server types it returns.
 *
 * <p>The CLI's embedded mode ({@code retort.database=embedded}) does not use this module: it needs only
 * {@link dev.retort.postgres.EmbeddedServer}, which stays in {@code retort-postgres} because the runner's main code
 * starts it at run time ({@code migration-runner} brings the zonky binaries, optional in {@code retort-postgres});
 * {@code migration-runner} therefore does not depend on this module outside its tests.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
 *     c.createStatement().execute("CREATE TABLE t (id int)");
 * }
 * }</pre>
 */
package dev.retort.postgres;
