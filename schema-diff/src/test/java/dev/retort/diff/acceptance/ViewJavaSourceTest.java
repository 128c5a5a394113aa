package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.dsl.JavaSourceWriter;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views and materialized views inspected as Java source compile, build and diff empty against the database. */
class ViewJavaSourceTest {

    @Test
    void inspectedViewsAsJavaBuildTheSameCatalog(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "CREATE EXTENSION pg_trgm",
                    "CREATE SCHEMA reports",
                    "CREATE TABLE users (id integer PRIMARY KEY, email text, active boolean)",
                    "CREATE VIEW active_users WITH (security_barrier) AS SELECT id, email FROM users WHERE active"
                            + " WITH CASCADED CHECK OPTION",
                    "COMMENT ON VIEW active_users IS 'it''s \"them\"'",
                    "COMMENT ON COLUMN active_users.email IS 'as typed'",
                    "CREATE VIEW reports.emails AS SELECT email, similarity(email, 'x') AS score FROM active_users",
                    "CREATE MATERIALIZED VIEW reports.counts AS SELECT count(*) AS n FROM users WITH NO DATA",
                    "CREATE UNIQUE INDEX counts_n ON reports.counts (n)",
                    "CREATE INDEX counts_big ON reports.counts (n DESC) WHERE n > 10",
                    "COMMENT ON MATERIALIZED VIEW reports.counts IS 'how many'")) {
                s.execute(sql);
            }
            List<String> schemas = List.of("public", "reports");
            SchemaModel inspected = new PostgresInspector().inspect(c, schemas).model();
            assertEquals(4, inspected.objects().size(), inspected.objects().toString());

            String source = JavaSourceWriter.write(inspected, "app.db", "PagilaSchema");
            assertTrue(source.contains(".withNoData().index(\"counts_big\", \"USING btree (n DESC) WHERE (n > 10)\")"
                    + ".uniqueIndex(\"counts_n\", \"USING btree (n)\")"), source);
            SchemaModel declared = PagilaJavaSourceTest.compileAndBuild(source, dir);
            SchemaModel normalized = new Normalizer(TestDatabases.server()).normalize(declared);
            assertEquals(List.of(), new DiffEngine().diff(inspected, normalized).changes());
            // the written extension has no version (any installed one matches), so only the views compare as records
            assertEquals(inspected.objects().stream().filter(o -> !(o instanceof dev.retort.schema.model.Extension)).toList(),
                    normalized.objects().stream().filter(o -> !(o instanceof dev.retort.schema.model.Extension)).toList());
        }
    }
}
