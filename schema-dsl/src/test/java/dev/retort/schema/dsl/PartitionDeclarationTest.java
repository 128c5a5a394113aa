package dev.retort.schema.dsl;

import dev.retort.schema.model.InheritedColumns;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.PartitionSpec;
import dev.retort.schema.model.PartitionStrategy;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.dsl.Types.bigint;
import static dev.retort.schema.dsl.Types.date;
import static dev.retort.schema.dsl.Types.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Partitioned tables, partitions (with sub-partitioning) and inheritance in the DSL, their problems and Java source. */
class PartitionDeclarationTest {

    @TempDir
    Path dir;

    static SchemaModel measurements() {
        return Schema.define(s -> {
            TableRef measurement = s.table("measurement", t -> {
                t.column("city_id", bigint()).notNull();
                t.column("logdate", date()).notNull();
                t.column("kind", text()).notNull();
                t.primaryKey("city_id", "logdate", "kind");
                t.index("city_id");
                t.partitionByRange("logdate");
            });
            s.partition("measurement_y2025", measurement, "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
            TableRef y2026 = s.partition("measurement_y2026", measurement,
                    "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')", t -> t.partitionByList("kind"));
            s.partition("measurement_y2026_rain", y2026, "FOR VALUES IN ('rain')", t -> t.index("logdate"));
            s.partition("measurement_y2026_other", y2026, "DEFAULT");
            TableRef cities = s.table("cities", t -> t.column("name", text()).notNull());
            s.table("capitals", t -> {
                t.column("country", text());
                t.inherits(cities);
            });
        });
    }

    @Test
    void aPartitionIsDeclaredUnderItsParentWithItsBoundAndGetsItsColumns() {
        SchemaModel model = measurements();
        Table parent = model.table(QualifiedName.of("public", "measurement")).orElseThrow();
        assertEquals(new PartitionSpec(PartitionStrategy.RANGE, List.of("logdate")), parent.hierarchy().partitionBy());
        Table y2026 = model.table(QualifiedName.of("public", "measurement_y2026")).orElseThrow();
        assertEquals(new PartitionOf(parent.name(), "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"),
                y2026.hierarchy().partitionOf());
        assertEquals(PartitionStrategy.LIST, y2026.hierarchy().partitionBy().strategy(), "sub-partitioned");
        assertEquals(List.of(), y2026.columns(), "a partition's columns are its parent's");
        Table rain = model.table(QualifiedName.of("public", "measurement_y2026_rain")).orElseThrow();
        assertEquals(List.of("city_id", "logdate", "kind"),
                InheritedColumns.of(model, rain).stream().map(c -> c.name()).toList(), "through two levels");
        assertEquals(1, rain.indexes().size(), "its own index names a column it gets from the parent");
        Table capitals = model.table(QualifiedName.of("public", "capitals")).orElseThrow();
        assertEquals(List.of(QualifiedName.of("public", "cities")), capitals.hierarchy().inherits());
        assertEquals(List.of("name", "country"), InheritedColumns.of(model, capitals).stream().map(c -> c.name()).toList());
    }

    @Test
    void aPartitionWithColumnsOrWithoutABoundOrAKeylessPartitioningIsAProblem() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            TableRef parent = s.table("p", t -> {
                t.column("k", bigint());
                t.partitionByList("k");
            });
            s.partition("p_1", parent, "FOR VALUES IN (1)", t -> t.column("extra", text()));
            s.partition("p_2", parent, " ");
            s.table("q", t -> {
                t.column("k", bigint());
                t.partitionByHash();
            });
        }));
        String message = e.getMessage();
        assertTrue(message.contains("table p_1: declares columns, but a partition has exactly the columns of its parent p"
                + " (declare them on the parent)"), message);
        assertTrue(message.contains("table p_2: partition of p has no bound (give FOR VALUES ... or DEFAULT)"), message);
        assertTrue(message.contains("table q: partitionByHash() names no key"), message);
    }

    @Test
    void theJavaSourceOfAPartitionedSchemaRebuildsIt() throws Exception {
        SchemaModel model = measurements();
        String source = JavaSourceWriter.write(model, "com.example", "Measurements");
        assertTrue(source.contains("t.partitionByRange(\"logdate\");"), source);
        assertTrue(source.contains("t.partitionOf("), source);
        assertTrue(source.contains("t.inherits("), source);
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "Measurements", dir), source);
    }

    static SchemaModel notNullAndReplicaIdentity() {
        return Schema.define(s -> {
            TableRef readings = s.table("readings", t -> {
                t.column("id", bigint()).notNull();
                t.column("code", text()).notNull();
                t.column("city", text());
                t.index("code").unique().named("readings_code_idx");
                t.replicaIdentityUsingIndex("readings_code_idx");
                t.partitionByRange("id");
            });
            s.partition("readings_low", readings, "FOR VALUES FROM (0) TO (100)", t -> t.inheritedNotNull("city"));
        });
    }

    @Test
    void aPartitionMakesAnInheritedColumnNotNullAndATableUsesAnIndexAsReplicaIdentity() throws Exception {
        SchemaModel model = notNullAndReplicaIdentity();
        Table low = model.table(QualifiedName.of("public", "readings_low")).orElseThrow();
        assertEquals(List.of("city"), low.hierarchy().notNullColumns());
        assertEquals(false, InheritedColumns.of(model, low).get(2).nullable(), "the effective column is NOT NULL");
        Table readings = model.table(QualifiedName.of("public", "readings")).orElseThrow();
        assertEquals("readings_code_idx", readings.options().replicaIdentityIndex());
        String source = JavaSourceWriter.write(model, "com.example", "Readings");
        assertTrue(source.contains("t.inheritedNotNull(\"city\");"), source);
        assertTrue(source.contains("t.replicaIdentityUsingIndex(\"readings_code_idx\");"), source);
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "Readings", dir), source);
    }

    @Test
    void aReplicaIdentityIndexThatPostgresRefusesOrAnUnknownInheritedColumnIsAProblem() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            TableRef p = s.table("p", t -> {
                t.column("k", bigint());
                t.column("v", text());
                t.index("v").named("p_v_idx");
                t.replicaIdentityUsingIndex("p_v_idx");
                t.partitionByList("k");
            });
            s.partition("p_1", p, "FOR VALUES IN (1)", t -> t.inheritedNotNull("missing"));
            s.table("q", t -> {
                t.column("k", bigint());
                t.index("k").unique().named("q_k_idx");
                t.replicaIdentityUsingIndex("q_k_idx");
            });
            s.table("r", t -> {
                t.column("k", bigint()).notNull();
                t.replicaIdentityUsingIndex("nope");
            });
        }));
        String message = e.getMessage();
        assertTrue(message.contains("replica identity index p_v_idx must be unique"), message);
        assertTrue(message.contains("inheritedNotNull(\"missing\") names no column"), message);
        assertTrue(message.contains("replica identity index q_k_idx has a nullable column"), message);
        assertTrue(message.contains("replica identity index nope is none of the table's indexes"), message);
    }
}
