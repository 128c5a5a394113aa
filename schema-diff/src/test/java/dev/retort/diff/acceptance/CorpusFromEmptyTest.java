package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.diff.unmanaged.BlockedChange;
import dev.retort.diff.unmanaged.BlockedChanges;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.inspect.UnmanagedObject;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The corpus schemas rebuilt from nothing: the upgrade of {@code diff(empty, corpus)}, with no hand-written prelude,
 * applies to a bare database and gives the corpus' catalog back (what Retort does not manage aside, named); its
 * downgrade leaves the database empty again.
 */
class CorpusFromEmptyTest {

    private static final Set<UnmanagedKind> LEFT_ALONE = EnumSet.of(UnmanagedKind.OPERATOR,
            UnmanagedKind.WINDOW_FUNCTION, UnmanagedKind.RULE, UnmanagedKind.EVENT_TRIGGER, UnmanagedKind.PUBLICATION,
            UnmanagedKind.FOREIGN_TABLE, UnmanagedKind.COLLATION, UnmanagedKind.TEXT_SEARCH_CONFIGURATION,
            UnmanagedKind.STATISTICS, UnmanagedKind.BASE_TYPE);

    private final PostgresInspector inspector = new PostgresInspector();
    private final DiffEngine engine = new DiffEngine();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Pagila.FILE, Pagila.DANBOORU})
    void theUpgradeFromEmptyRebuildsTheCorpusAndItsDowngradeEmptiesIt(String file) throws Exception {
        try (TestDatabase original = TestDatabases.fresh(); TestDatabase bare = TestDatabases.fresh();
             Connection o = original.connect(); Connection b = bare.connect()) {
            Pagila.load(o, file);
            Inspection corpus = inspector.inspect(o);
            SchemaModel target = corpus.model();
            SchemaModel empty = inspector.inspect(b).model();

            DiffResult result = engine.diff(empty, target);
            Apply.plan(b, result.upgrade());
            Inspection rebuilt = inspector.inspect(b);
            assertEquals(List.of(), engine.diff(rebuilt.model(), target).changes(), "diff(rebuilt, corpus)");
            assertEquals(target, rebuilt.model(), "the rebuilt catalog is the corpus'");
            assertEquals(List.of(), rebuilt.unmanaged(), "the rebuilt database holds only what Retort manages");
            // what the corpus keeps that Retort does not manage is only of the kinds it leaves alone (an operator)
            List<String> unmanaged = corpus.unmanaged().stream()
                    .filter(u -> !LEFT_ALONE.contains(u.kind())).map(UnmanagedObject::toString).toList();
            assertEquals(List.of(), unmanaged, file + ": objects of managed kinds left unmanaged");

            Apply.plan(b, result.downgrade());
            Inspection emptied = inspector.inspect(b);
            assertEquals(empty, emptied.model(), () -> "the downgrade empties the database:\n" + result.downgradeSql());
            assertEquals(List.of(), emptied.unmanaged());

            // on the corpus itself the downgrade empties it too, when nothing unmanaged depends on what it drops
            // (danbooru's operator uses one of its functions: there the runner refuses the drop, see BlockedChanges)
            List<BlockedChange> blocked = BlockedChanges.find(result.downgrade().statements().stream()
                    .map(PlannedStatement::source).distinct().toList(), corpus.dependents());
            if (blocked.isEmpty()) {
                Apply.plan(o, result.downgrade());
                assertEquals(empty, inspector.inspect(o).model(), "the downgrade applied to the corpus empties it");
            } else {
                assertEquals(List.of(), blocked.stream().filter(x -> corpus.unmanaged().isEmpty()).toList(),
                        "only what is unmanaged blocks a drop");
            }
        }
    }
}
