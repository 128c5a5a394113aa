package dev.retort.diff.inspect;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.Dependencies;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector reads which object uses which from the catalog, named as the model names them. */
class ObjectDependencyReaderTest {

    private static final QualifiedName T = QualifiedName.of("public", "t");
    private static final QualifiedName P = QualifiedName.of("public", "p");

    @Test
    void readsWhatUsesWhat() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Sql.run(c, "CREATE TYPE mood AS ENUM ('sad', 'ok')",
                    "CREATE SEQUENCE s",
                    "CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE)",
                    "CREATE TABLE t (id int DEFAULT nextval('s') NOT NULL, m mood, ms mood[], p_id int REFERENCES p (id),"
                            + " note text, twice int GENERATED ALWAYS AS (id * 2) STORED,"
                            + " CONSTRAINT ck_m CHECK (m <> 'sad'))",
                    "CREATE INDEX ix_note ON t (lower(note)) WHERE m = 'ok'",
                    "CREATE VIEW v AS SELECT note FROM t");
            Dependencies deps = new PostgresInspector().inspect(c, List.of("public")).model().dependencies();
            ObjectId mood = ObjectId.type(QualifiedName.of("public", "mood"));
            assertEquals(Set.of(mood), deps.referencedBy(ObjectId.column(T, "m")), deps::toString);
            assertEquals(Set.of(mood), deps.referencedBy(ObjectId.column(T, "ms")), deps::toString);
            assertEquals(Set.of(ObjectId.sequence(QualifiedName.of("public", "s"))), deps.referencedBy(ObjectId.column(T, "id")),
                    deps::toString);
            assertEquals(Set.of(ObjectId.column(T, "id")), deps.referencedBy(ObjectId.column(T, "twice")), deps::toString);
            assertEquals(Set.of(ObjectId.column(T, "m"), mood), deps.referencedBy(ObjectId.constraint(T, "ck_m")), deps::toString);
            assertEquals(Set.of(ObjectId.column(T, "m"), ObjectId.column(T, "note"), mood),
                    deps.referencedBy(ObjectId.index(T, "ix_note")), deps::toString);
            assertEquals(Set.of(ObjectId.column(T, "p_id"), ObjectId.column(P, "id"), ObjectId.constraint(P, "p_pkey")),
                    deps.referencedBy(ObjectId.constraint(T, "t_p_id_fkey")), deps::toString);
            assertEquals(Set.of(ObjectId.column(P, "code")), deps.referencedBy(ObjectId.constraint(P, "p_code_key")), deps::toString);
            assertTrue(deps.dependentsOf(ObjectId.column(T, "note")).stream().anyMatch(d -> d.toString().equals("view public.v")),
                    deps::toString);
        }
    }
}
