package dev.retort.diff.normalize;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.model.Extension;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.Types.builtin;
import static dev.retort.schema.dsl.Types.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A declaration that uses what its extensions bring builds, and compares equal to a database built by hand. */
class NormalizerExtensionTest {

    private final Normalizer normalizer = new Normalizer(TestDatabases.server());

    private static SchemaModel declaration() {
        return Schema.define(s -> {
            s.extension("pg_trgm");
            s.extension("citext");
            s.table("users", t -> {
                t.column("email", builtin("citext")).notNull();
                t.column("name", text());
                t.index(col("name").opclass("gin_trgm_ops")).using("gin").named("users_name_trgm");
            });
        });
    }

    @Test
    void aDeclarationUsingExtensionTypesAndOperatorClassesBuildsAndMatchesTheDatabase() throws Exception {
        SchemaModel normalized = normalizer.normalize(declaration());
        assertEquals(List.of("citext", "pg_trgm"), normalized.objects(Extension.class).stream().map(Extension::name).toList());
        assertTrue(normalized.objects(Extension.class).stream().allMatch(e -> e.version() == null),
                "no version declared: any installed one matches");
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION citext");
            s.execute("CREATE EXTENSION pg_trgm");
            s.execute("CREATE TABLE users (email citext NOT NULL, name text)");
            s.execute("CREATE INDEX users_name_trgm ON users USING gin (name gin_trgm_ops)");
            SchemaModel live = new PostgresInspector().inspect(c).model();
            assertEquals(List.of(), new DiffEngine().diff(live, normalized).changes());
            s.execute("DROP INDEX users_name_trgm");
            s.execute("DROP TABLE users");
            s.execute("DROP EXTENSION pg_trgm");
            SchemaModel without = new PostgresInspector().inspect(c).model();
            assertEquals("[create extension pg_trgm, create table public.users, create index users_name_trgm on public.users]",
                    new DiffEngine().diff(without, normalized).upgrade().statements().stream()
                            .map(st -> st.source().describe()).distinct().toList().toString());
        }
    }

    @Test
    void anExtensionTheServerDoesNotHaveIsNamedWithThePackageThatProvidesIt() {
        NormalizationException e = assertThrows(NormalizationException.class,
                () -> normalizer.normalize(Schema.define(s -> s.extension("postgis"))));
        assertTrue(e.getMessage().contains("extension postgis is declared but this PostgreSQL"), e.getMessage());
        assertTrue(e.getMessage().contains("-postgis-3"), e.getMessage());
        NormalizationException unknown = assertThrows(NormalizationException.class,
                () -> normalizer.normalize(Schema.define(s -> s.extension("no_such_extension"))));
        assertTrue(unknown.getMessage().contains("remove extension(\"no_such_extension\")"), unknown.getMessage());
    }

    @Test
    void anExtensionWhoseRequirementIsNotDeclaredSaysWhichToAdd() {
        NormalizationException e = assertThrows(NormalizationException.class,
                () -> normalizer.normalize(Schema.define(s -> s.extension("earthdistance"))));
        assertTrue(e.getMessage().contains("extension earthdistance requires extension cube"), e.getMessage());
        assertTrue(e.getMessage().contains("add extension(\"cube\")"), e.getMessage());
        SchemaModel both = normalizer.normalize(Schema.define(s -> {
            s.extension("earthdistance");
            s.extension("cube");
        }));
        assertEquals(2, both.objects(Extension.class).size());
    }
}
