package dev.retort.diff.roundtrip;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws over seeded random models and edits: without a database for many seeds, on PostgreSQL for some. */
class RandomRoundTripTest {

    private final DiffEngine engine = new DiffEngine();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomEditsRoundTripOnPostgres(int seed) {
        RandomModels random = new RandomModels(seed);
        SchemaModel a = random.model();
        SchemaModel b = random.edit(a);
        if (!engine.diff(a, b).isEmpty()) {
            RoundTrip.check(a, b);
        }
    }

    @org.junit.jupiter.api.Test
    void lawsHoldWithoutADatabaseForManySeeds() {
        IntStream.range(100, 400).forEach(seed -> {
            RandomModels random = new RandomModels(seed);
            SchemaModel a = random.model();
            SchemaModel b = random.edit(a);
            DiffResult result = engine.diff(a, b);
            assertTrue(engine.diff(a, a).isEmpty(), "seed " + seed);
            assertTrue(engine.diff(b, b).isEmpty(), "seed " + seed);
            assertEquals(sorted(DiffEngine.inverses(result.changes())), sorted(engine.diff(b, a).changes()), "seed " + seed);
            for (SchemaChange change : result.changes()) {
                assertEquals(change, change.inverse().inverse(), "seed " + seed);
            }
            List<SchemaChange> shuffled = new ArrayList<>(result.changes());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(result.upgrade(), new dev.retort.diff.plan.ChangePlanner(new dev.retort.diff.render.PostgresSqlRenderer())
                    .plan(shuffled), "seed " + seed);
        });
    }

    private static List<String> sorted(List<SchemaChange> changes) {
        return changes.stream().map(SchemaChange::toString).sorted().toList();
    }
}
