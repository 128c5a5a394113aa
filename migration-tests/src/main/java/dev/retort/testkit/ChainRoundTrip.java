package dev.retort.testkit;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.postgres.DatabaseUrl;
import dev.retort.runner.Downgrader;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.MigrationScript;
import dev.retort.runner.ProjectConfig;
import dev.retort.runner.RetortException;
import dev.retort.runner.SchemaSnapshots;
import dev.retort.runner.Setting;
import dev.retort.schema.model.SchemaModel;

import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ChainRoundTrip checks a migration chain on one empty database: for each migration i, at version i it takes a
 * snapshot, upgrades to i+1 and snapshots, downgrades back to i and compares with the first snapshot, upgrades
 * again and compares with the second. A snapshot is both the inspected model and an independent
 * {@link CatalogFingerprint}, without the migration history table.
 */
final class ChainRoundTrip {

    private final ProjectConfig config;
    private final DatabaseUrl database;
    private final PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    private final DiffEngine engine = new DiffEngine();

    ChainRoundTrip(ProjectConfig config, DatabaseUrl database) {
        this.config = config;
        this.database = database;
    }

    ChainReport run() {
        MigrationRunner runner = new MigrationRunner(config, database, quiet);
        Downgrader downgrader = new Downgrader(runner, quiet);
        List<MigrationScript> scripts = runner.catalog().scripts();
        if (scripts.isEmpty()) {
            throw new AssertionError("no migrations found in " + config.migrationLocations()
                    + "; nothing to round-trip (scripts are named V<version>__<description>.sql)");
        }
        List<String> checked = new ArrayList<>();
        Snapshot before = snapshot();
        for (MigrationScript script : scripts) {
            String name = script.upgrade().getFileName().toString();
            upgradeOne(runner, name, "upgrade");
            Snapshot after = snapshot();
            if (!script.hasDowngrade()) {
                throw new AssertionError(name + " has no downgrade: write " + script.expectedDowngradeName()
                        + " beside it (retort revision --autogenerate writes both)");
            }
            try {
                downgrader.downgrade("-1");
            } catch (RetortException e) {
                throw new AssertionError(name + ": its downgrade " + script.expectedDowngradeName() + " failed: "
                        + e.getMessage(), e);
            }
            compare(before, snapshot(), name + ": after its downgrade the schema differs from before the upgrade");
            upgradeOne(runner, name, "upgrade again after the downgrade");
            compare(after, snapshot(), name + ": upgrading again after the downgrade gives another schema than the"
                    + " first upgrade");
            checked.add(name);
            before = after;
        }
        return new ChainReport(checked, database.redacted());
    }

    private void upgradeOne(MigrationRunner runner, String name, String what) {
        try {
            runner.upgrade("+1");
        } catch (RetortException e) {
            throw new AssertionError(name + ": " + what + " failed: " + e.getMessage(), e);
        }
    }

    private record Snapshot(SchemaModel model, CatalogFingerprint fingerprint) {
    }

    private Snapshot snapshot() {
        SchemaModel model = new SchemaSnapshots(config).inspect(database, null);
        try (Connection c = database.connect()) {
            CatalogFingerprint fp = CatalogFingerprint.of(c, config.schemas())
                    .withoutTable(config.get(Setting.HISTORY_SCHEMA), config.get(Setting.HISTORY_TABLE));
            return new Snapshot(model, fp);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog of " + database.redacted() + ": " + e.getMessage(), e);
        }
    }

    private void compare(Snapshot expected, Snapshot actual, String message) {
        DiffResult d = engine.diff(actual.model(), expected.model());
        String catalog = actual.fingerprint().differenceFrom(expected.fingerprint());
        if (!d.isEmpty() || !catalog.isEmpty()) {
            throw new AssertionError(message + describe(d) + (catalog.isEmpty() ? ""
                    : "\ncatalog difference (- now, + expected):\n" + catalog));
        }
    }

    static String describe(DiffResult d) {
        if (d.isEmpty()) {
            return "";
        }
        return "\n" + d.changes().stream().map(SchemaChange::describe).collect(Collectors.joining("\n  ", "  ", ""))
                + "\nwhat would restore it:\n" + d.upgrade().sql();
    }
}
