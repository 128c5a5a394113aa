package dev.retort.testing.props;

import dev.retort.diff.DiffResult;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.SchemaModel;
import dev.retort.testing.catalog.ReferenceDdl;
import dev.retort.testing.gen.SchemaArbitraries;
import dev.retort.testing.gen.SchemaPair;
import dev.retort.testkit.CatalogFingerprint;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

import java.sql.Connection;

import static dev.retort.testing.props.Plans.ENGINE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The round-trip laws on a real PostgreSQL, each try in fresh databases that are dropped afterwards. Models are
 * compared with the engine (column order may differ after migrations) and, independently of Retort's inspector, with
 * {@link CatalogFingerprint}s and {@link ObjectFingerprint}s; the expected database for a fingerprint is built by
 * {@link ReferenceDdl}, not by Retort's renderer. Tries: {@code -Dretort.tries} (see the module's pom).
 */
public class RoundTripProperties {

    private static final String P1 = "P1 create(A) then inspect equals normalized A";
    private static final String P34 = "P3+P4 up(diff(A,B)) gives B, its downgrade gives A again";

    private final Normalizer normalizer = new Normalizer(TestDatabases.server());

    RoundTripProperties() {
        GeneratedRoles.ensure();
    }

    @Property
    void createThenInspectEqualsNormalized(@ForAll("schemas") SchemaModel a) throws Exception {
        TryClock.tick(P1);
        SchemaModel normalized = normalizer.normalize(a);
        CatalogFingerprint byRetort;
        ObjectFingerprint objectsByRetort;
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Plans.apply(c, ENGINE.createAll(normalized), "createAll(normalized A)");
            assertEquals("", Plans.difference(Plans.inspect(c, a), normalized),
                    "inspecting createAll(normalized A) differs from normalized A");
            byRetort = CatalogFingerprint.of(c, a.schemas());
            objectsByRetort = ObjectFingerprint.of(c, a.schemas());
        }
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            ReferenceDdl.apply(c, a);
            assertEquals("", Plans.difference(Plans.inspect(c, a), normalized),
                    "inspecting A built by independent DDL differs from normalized A");
            CatalogFingerprint independent = CatalogFingerprint.of(c, a.schemas());
            assertEquals("", independent.differenceFrom(byRetort),
                    "catalog of A built by independent DDL (-) vs by Retort's createAll (+)");
            assertEquals("", ObjectFingerprint.of(c, a.schemas()).differenceFrom(objectsByRetort),
                    "objects of A built by independent DDL (-) vs by Retort's createAll (+)");
        }
    }

    @Property
    void upgradeGivesBAndDowngradeGivesABack(@ForAll("pairs") SchemaPair pair) throws Exception {
        TryClock.tick(P34);
        assertRoundTrip(normalizer, pair.from(), pair.to());
    }

    /** P3 and P4 for one pair of declared models; regression examples call it with fixed models. */
    public static void assertRoundTrip(Normalizer normalizer, SchemaModel from, SchemaModel to) throws Exception {
        SchemaModel a = normalizer.normalize(from);
        SchemaModel b = normalizer.normalize(to);
        DiffResult diff = ENGINE.diff(a, b);
        CatalogFingerprint expectedB;
        ObjectFingerprint expectedObjectsB;
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            ReferenceDdl.apply(c, to);
            expectedB = CatalogFingerprint.of(c, b.schemas());
            expectedObjectsB = ObjectFingerprint.of(c, b.schemas());
        }
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            Plans.apply(c, ENGINE.createAll(a), "createAll(A)");
            CatalogFingerprint atA = CatalogFingerprint.of(c, a.schemas());
            ObjectFingerprint objectsAtA = ObjectFingerprint.of(c, a.schemas());

            Plans.apply(c, diff.upgrade(), "upgrade A->B");
            assertEquals("", Plans.difference(Plans.inspect(c, b), b), "P3: after the upgrade the database is not B");
            assertEquals("", CatalogFingerprint.of(c, b.schemas()).differenceFrom(expectedB),
                    "P3: catalog after upgrade (-) vs B built independently (+)");
            assertEquals("", ObjectFingerprint.of(c, b.schemas()).differenceFrom(expectedObjectsB),
                    "P3: objects after upgrade (-) vs B built independently (+)");

            Plans.apply(c, diff.downgrade(), "downgrade B->A");
            assertEquals("", Plans.difference(Plans.inspect(c, a), a), "P4: after the downgrade the database is not A");
            assertEquals("", CatalogFingerprint.of(c, a.schemas()).differenceFrom(atA),
                    "P4: catalog after downgrade (-) vs before the upgrade (+)");
            assertEquals("", ObjectFingerprint.of(c, a.schemas()).differenceFrom(objectsAtA),
                    "P4: objects after downgrade (-) vs before the upgrade (+)");
        }
    }

    @AfterProperty
    void report() {
        TryClock.report(P1);
        TryClock.report(P34);
    }

    @Provide
    Arbitrary<SchemaModel> schemas() {
        return SchemaArbitraries.schemas();
    }

    @Provide
    Arbitrary<SchemaPair> pairs() {
        return SchemaArbitraries.schemaPairs();
    }
}
