package dev.retort.diff.normalize;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A migration carries the normalized text of an expression; the database it builds must read back as exactly that
 * text, or every later `check` reports a phantom change. PostgreSQL's deparser is not a fixed point for
 * `varchar IN (...)`, which is what the Vibes schema first tripped over.
 */
class NormalizerFixedPointTest {

    @Test
    void aDatabaseBuiltFromTheNormalizedModelReadsBackAsTheNormalizedModel() throws Exception {
        Table keys = Table.named(QualifiedName.of("public", "wrapped_keys"))
                .withColumns(List.of(
                        Column.of("algorithm", new BuiltinType("character varying(30)")).withNullable(false)
                                .withDefault("'xchacha20poly1305'"),
                        Column.of("kind", new BuiltinType("character(4)"))))
                .withCheckConstraints(List.of(
                        new CheckConstraint("ck_wrapped_keys_algorithm", "algorithm IN ('xchacha20poly1305', 'aes256gcm')"),
                        new CheckConstraint("ck_wrapped_keys_kind", "kind NOT IN ('none', 'test')")))
                .withIndexes(List.of(new Index("ix_wrapped_keys_live", false, "btree",
                        List.of(IndexElement.column("algorithm")), List.of(), "algorithm IN ('aes256gcm')", false)));
        SchemaModel normalized = new Normalizer(TestDatabases.server())
                .normalize(SchemaModel.empty().withTables(List.of(keys)));

        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (PlannedStatement statement : new DiffEngine().createAll(normalized).statements()) {
                s.execute(statement.sql());
            }
            SchemaModel rebuilt = new PostgresInspector().inspect(c, List.of("public")).model();
            assertEquals(normalized, rebuilt);
        }
    }
}
