package dev.retort.testing.props;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.testing.catalog.ReferenceDdl;
import dev.retort.testing.gen.SchemaArbitraries;
import dev.retort.testing.gen.SchemaPair;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generators themselves are checked first: every generated schema, before and after its edits, is valid
 * PostgreSQL (created by the independent {@link ReferenceDdl}), and obeys the naming rules.
 */
class GeneratorValidityProperties {

    @Property
    void generatedSchemasAndTheirEditsAreValidPostgresql(@ForAll("pairs") SchemaPair pair) throws Exception {
        TryClock.tick("G1 generated A and B are valid PostgreSQL");
        for (SchemaModel m : List.of(pair.from(), pair.to())) {
            assertNamesValid(m);
            try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
                ReferenceDdl.apply(c, m);
            }
        }
    }

    @AfterProperty
    void report() {
        TryClock.report("G1 generated A and B are valid PostgreSQL");
    }

    @Provide
    Arbitrary<SchemaPair> pairs() {
        return SchemaArbitraries.schemaPairs();
    }

    static void assertNamesValid(SchemaModel m) {
        Set<String> relationNames = new HashSet<>();
        List<String> all = new ArrayList<>();
        m.enums().forEach(e -> all.add(e.name().name()));
        for (Table t : m.tables()) {
            all.add(t.name().name());
            if (t.primaryKey() != null) {
                all.add(t.primaryKey().name());
            }
            t.uniqueConstraints().forEach(u -> all.add(u.name()));
            t.indexes().forEach(i -> all.add(i.name()));
            Set<String> columns = new HashSet<>();
            t.columns().forEach(c -> {
                assertTrue(columns.add(c.name()), "duplicate column " + c.name());
                assertTrue(c.name().getBytes(StandardCharsets.UTF_8).length <= 63, "long column " + c.name());
            });
        }
        for (String n : all) {
            assertTrue(relationNames.add(n), "duplicate relation/type name " + n);
            assertTrue(n.getBytes(StandardCharsets.UTF_8).length <= 63, "name over 63 bytes: " + n);
        }
    }
}
