package dev.retort.diff.acceptance;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.CreateObject;
import dev.retort.diff.change.DropObject;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.kind.ManagedKinds;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The data-driven acceptance cases of {@code src/test/resources/acceptance} (one file per object kind), on a real
 * PostgreSQL: the old DDL builds database A and the new DDL database B; both are inspected (with their
 * dependencies) and diffed; the plan and its hazards must be the expected ones; the upgrade applied to A must give
 * B exactly (diff empty), its downgrade must give A back, and diff(B, B) is empty. Every change type has a case.
 *
 * <p>Run with {@code -Dretort.acceptance.update=true} to write the actual plans and hazards into the files, then
 * review the diff.
 */
class AcceptanceCasesTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/acceptance");
    // -Dretort.acceptance.only=views.cases runs one file (or a comma-separated few) while working on a kind (coverage is then not checked)
    private static final String ONLY = System.getProperty("retort.acceptance.only", "");

    // every file of the directory: a kind's cases are a file of their own
    private static final List<String> FILES = files();
    private static final boolean UPDATE = Boolean.getBoolean("retort.acceptance.update");
    /** The PostgreSQL major version the expected plans were written on (the embedded server's). */
    private static final int RECORDED_ON = 17;
    private static final Map<String, AcceptanceCase> RESULTS = new ConcurrentHashMap<>();
    private static final Set<String> SEEN_CHANGES = ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.atomic.AtomicInteger DIFFED = new java.util.concurrent.atomic.AtomicInteger();

    private final PostgresInspector inspector = new PostgresInspector();
    private final DiffEngine engine = new DiffEngine();

    static Stream<AcceptanceCase> cases() throws IOException {
        List<AcceptanceCase> all = new ArrayList<>();
        for (String file : FILES) {
            all.addAll(AcceptanceCase.parse(file, Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planIsTheExpectedOneAndRunsBothWays(AcceptanceCase c) throws Exception {
        try (TestDatabase dbA = TestDatabases.fresh(); TestDatabase dbB = TestDatabases.fresh();
             Connection a = dbA.connect(); Connection b = dbB.connect()) {
            assumeTrue(a.getMetaData().getDatabaseMajorVersion() >= c.minimumMajor(),
                    () -> c.name() + " needs PostgreSQL " + c.minimumMajor());
            Roles.create(a, c.roles());
            run(a, c.section("old"));
            run(b, c.section("new"));
            SchemaModel old = inspect(a, c);
            SchemaModel target = inspect(b, c);
            assertTrue(engine.diff(target, target).isEmpty(), () -> "diff(B, B) is not empty: " + engine.diff(target, target).changes());
            if (c.sections().containsKey("refused")) {
                // nothing is planned, so nothing runs: the refusal says what stops it and what to do
                RefusedChangeException refused = assertThrows(RefusedChangeException.class,
                        () -> (c.lockSafe() ? DiffEngine.lockSafe() : engine).diff(old, c.declare().apply(target)));
                assertEquals(c.section("refused"), refused.getMessage(), "refusal");
                DIFFED.incrementAndGet();
                return;
            }

            DiffResult result = (c.lockSafe() ? DiffEngine.lockSafe() : engine).diff(old, c.declare().apply(target));
            result.changes().forEach(ch -> SEEN_CHANGES.add(seen(ch)));
            DIFFED.incrementAndGet();
            String plan = result.upgrade().sql().strip();
            String downgrade = result.downgrade().sql().strip();
            String hazards = hazards(result.upgrade());
            if (UPDATE) {
                RESULTS.put(c.file() + "\0" + c.name(), c.withResults(plan, downgrade, hazards));
            } else {
                // the SQL text is the server's own printing of views, routines and extension versions, recorded on
                // the embedded PostgreSQL; on another major version (RETORT_TEST_DATABASE_URL) the round trip and
                // the hazards below still prove the plan
                if (a.getMetaData().getDatabaseMajorVersion() == RECORDED_ON) {
                    assertEquals(c.section("plan"), plan, "upgrade plan");
                    assertEquals(c.section("downgrade"), downgrade, "downgrade plan");
                }
                assertEquals(c.section("hazards"), hazards, "hazards of the upgrade");
            }

            Apply.plan(a, result.upgrade());
            SchemaModel upgraded = inspect(a, c);
            assertTrue(engine.diff(upgraded, target).isEmpty(), () -> "diff(A', B) is not empty after\n" + plan
                    + "\n" + engine.diff(upgraded, target).changes());
            assertEquals(target, upgraded, "the upgrade gives B exactly");

            if (c.irreversibleDowngrade()) {
                // no way back exists: the downgrade must say so, and still run
                assertTrue(result.downgrade().hazards().contains(Hazard.IRREVERSIBLE), () -> "the downgrade of an"
                        + " irreversible change does not say so:\n" + downgrade);
                Apply.plan(a, result.downgrade());
                return;
            }
            Apply.plan(a, result.downgrade());
            SchemaModel downgraded = inspect(a, c);
            assertTrue(engine.diff(downgraded, old).isEmpty(), () -> "the downgrade does not give A back:\n" + downgrade);
            if (c.reordersColumns()) {
                assertEquals(columnsByName(old), columnsByName(downgraded), downgrade);
            } else {
                assertEquals(old, downgraded, () -> "the downgrade gives A exactly:\n" + downgrade);
            }
        }
    }

    @AfterAll
    static void everyChangeTypeHasACaseAndUpdatesAreWritten() throws IOException {
        Roles.dropCreated();
        if (UPDATE) {
            for (String file : FILES) {
                String text = Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
                StringBuilder out = new StringBuilder(AcceptanceCase.header(text));
                List<AcceptanceCase> cases = AcceptanceCase.parse(file, text);
                for (int i = 0; i < cases.size(); i++) {
                    AcceptanceCase c = cases.get(i);
                    out.append(i == 0 ? "" : "\n").append(RESULTS.getOrDefault(file + "\0" + c.name(), c).text());
                }
                Files.writeString(DIRECTORY.resolve(file), out.toString(), StandardCharsets.UTF_8);
            }
        }
        long total;
        try {
            total = cases().count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // only a run of every case proves coverage (a filtered run sees some)
        if (DIFFED.get() == total && ONLY.isEmpty()) {
            Set<String> missing = new TreeSet<>(Arrays.stream(SchemaChange.class.getPermittedSubclasses())
                    .map(Class::getSimpleName).collect(Collectors.toSet()));
            // the generic changes of the other kinds: every kind is created and dropped in some case
            for (ManagedKind<?> kind : ManagedKinds.all()) {
                missing.add("CreateObject " + kind.type().getSimpleName());
                missing.add("DropObject " + kind.type().getSimpleName());
            }
            missing.removeAll(SEEN_CHANGES);
            // only ever a downgrade's step: the differ refuses to detach an index, which PostgreSQL cannot do
            missing.remove("DetachIndexCopy");
            assertEquals(Set.of(), missing, "change types without an acceptance case");
        }
    }

    private static String seen(SchemaChange change) {
        String type = change.getClass().getSimpleName();
        if (change instanceof CreateObject create) {
            SEEN_CHANGES.add(type);
            return type + " " + create.object().getClass().getSimpleName();
        }
        if (change instanceof DropObject drop) {
            SEEN_CHANGES.add(type);
            return type + " " + drop.object().getClass().getSimpleName();
        }
        return type;
    }

    private static List<String> files() {
        try (Stream<Path> paths = Files.list(DIRECTORY)) {
            return paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cases"))
                    .filter(n -> ONLY.isEmpty() || List.of(ONLY.split(",")).contains(n)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String hazards(MigrationPlan plan) {
        Set<Hazard> hazards = plan.hazards();
        return hazards.isEmpty() ? "none" : hazards.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static void run(Connection c, String ddl) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : ddl.isBlank() ? List.<String>of() : SqlScript.statements(ddl)) {
                s.execute(sql);
            }
        }
    }

    private SchemaModel inspect(Connection c, AcceptanceCase ac) {
        return inspector.inspect(c, ac.schemas()).model();
    }

    private static SchemaModel columnsByName(SchemaModel model) {
        return model.withTables(model.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .sorted(Comparator.comparing(Column::name)).toList())).toList());
    }
}
