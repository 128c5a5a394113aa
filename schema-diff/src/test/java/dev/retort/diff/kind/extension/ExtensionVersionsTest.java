package dev.retort.diff.kind.extension;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.schema.model.Extension;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A version change of an extension is planned from the update paths the server has (read with the extension): an
 * update without a path is refused, an update without a path back has a downgrade that drops and creates the
 * extension and says so, and where the paths were not read the update is planned and marked as before.
 */
class ExtensionVersionsTest {

    private final DiffEngine engine = new DiffEngine();

    @Test
    void anUpdateWithoutAPathBackHasADowngradeMarkedIrreversible() {
        DiffResult result = engine.diff(model(hstore("1.7", Set.of("1.8"))), model(hstore("1.8", Set.of())));
        assertEquals(List.of("ALTER EXTENSION hstore UPDATE TO '1.8'"), sql(result.upgrade().statements()));
        assertEquals(List.of("DROP EXTENSION hstore", "CREATE EXTENSION hstore SCHEMA public VERSION '1.7'"),
                sql(result.downgrade().statements()));
        assertTrue(result.downgrade().statements().stream().allMatch(s -> s.has(Hazard.IRREVERSIBLE)));
        assertTrue(result.upgrade().statements().get(0).notes().stream()
                .anyMatch(n -> n.message().contains("no update script path from 1.8 back to 1.7")));
    }

    @Test
    void anUpdateWithPathsBothWaysIsNotIrreversible() {
        DiffResult result = engine.diff(model(hstore("1.7", Set.of("1.8"))), model(hstore("1.8", Set.of("1.7"))));
        assertFalse(result.upgrade().hazards().contains(Hazard.IRREVERSIBLE));
        assertEquals(List.of("ALTER EXTENSION hstore UPDATE TO '1.7'"), sql(result.downgrade().statements()));
    }

    @Test
    void anUpdateWithoutAPathIsRefusedNamingBothVersionsAndTheWayOut() {
        RefusedChangeException refused = assertThrows(RefusedChangeException.class,
                () -> engine.diff(model(hstore("1.8", Set.of())), model(hstore("1.7", Set.of("1.8")))));
        assertTrue(refused.getMessage().startsWith("extension hstore: the database has version 1.8 and the"
                + " declaration asks for 1.7"), refused.getMessage());
        assertTrue(refused.getMessage().contains("declare version 1.8"), refused.getMessage());
    }

    @Test
    void pathsNotReadKeepThePlainUpdateMarkedIrreversible() {
        DiffResult result = engine.diff(model(new Extension("hstore", "public", "1.8", null)),
                model(new Extension("hstore", "public", "1.7", null)));
        assertEquals(List.of("ALTER EXTENSION hstore UPDATE TO '1.7'"), sql(result.upgrade().statements()));
        assertTrue(result.upgrade().hazards().contains(Hazard.IRREVERSIBLE));
    }

    @Test
    void thePathsTakeNoPartInEquality() {
        assertEquals(new Extension("hstore", "public", "1.8", null), hstore("1.8", Set.of()));
        assertTrue(engine.diff(model(hstore("1.8", Set.of())), model(new Extension("hstore", "public", "1.8", null)))
                .isEmpty());
    }

    private static Extension hstore(String version, Set<String> updatableTo) {
        return new Extension("hstore", "public", version, null, updatableTo);
    }

    private static SchemaModel model(Extension extension) {
        return SchemaModel.empty().withObjects(List.of(extension));
    }

    private static List<String> sql(List<PlannedStatement> statements) {
        return statements.stream().map(PlannedStatement::sql).toList();
    }
}
