package dev.retort.diff.inspect;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inspector asks the same number of questions whether the database has 2 tables or 200, never more than
 * {@link PostgresInspector#QUERY_COUNT}: kinds the schemas do not hold (here all but views) are not read.
 */
class SetBasedInspectionTest {

    @Test
    void statementCountDoesNotDependOnTheNumberOfTables() throws Exception {
        int few = statementsToInspect(2);
        assertEquals(few, statementsToInspect(200));
        assertTrue(few <= PostgresInspector.QUERY_COUNT, few + " statements");
        // the absent kinds' reads are skipped: routines, triggers, policies, row security, domains, composite and
        // range types, materialized views, aggregates, extensions, exclusion constraints (public's standard comment
        // is read: schema comments are present)
        assertEquals(PostgresInspector.QUERY_COUNT - 11, few);
    }

    private static int statementsToInspect(int tables) throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            List<String> ddl = new ArrayList<>();
            ddl.add("CREATE TYPE kind AS ENUM ('a', 'b')");
            for (int i = 0; i < tables; i++) {
                ddl.add("CREATE TABLE t" + i + " (id serial PRIMARY KEY, parent int REFERENCES t" + Math.max(0, i - 1)
                        + " (id), k kind, note text CHECK (note <> ''), UNIQUE (note))");
                ddl.add("CREATE INDEX ix_t" + i + " ON t" + i + " (lower(note)) WHERE parent IS NOT NULL");
                ddl.add("CREATE VIEW v" + i + " AS SELECT id FROM t" + i);
            }
            Sql.run(c, ddl.toArray(String[]::new));
            CountingConnection counting = new CountingConnection(c);
            Inspection seen = new PostgresInspector().inspect(counting.connection(), List.of("public"));
            assertEquals(tables, seen.model().tables().size());
            assertEquals(tables, seen.model().objects(dev.retort.schema.model.View.class).size());
            assertEquals(tables, seen.model().tables().stream().mapToInt(t -> t.indexes().size()).sum());
            return counting.executed();
        }
    }
}
