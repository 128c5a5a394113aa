package dev.retort.runner;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;

/**
 * MigrationStatus is where a database stands against the scripts on disk: which versions its history records as
 * applied, the current version, the heads and what is pending.
 *
 * <pre>{@code
 * MigrationStatus s = runner.status();
 * s.current();   // Optional[20261128031500]
 * s.atHead();    // true when nothing is pending
 * }</pre>
 *
 * @param history every history row
 * @param catalog the scripts on disk
 */
public record MigrationStatus(List<HistoryRow> history, ScriptCatalog catalog) {

    public MigrationStatus {
        history = List.copyOf(history);
    }

    /** Successfully applied versioned rows, in the order they were applied. */
    public List<HistoryRow> applied() {
        return history.stream().filter(HistoryRow::isAppliedVersion).toList();
    }

    public Set<String> appliedVersions() {
        return applied().stream().map(r -> ScriptCatalog.normalize(r.version())).collect(Collectors.toSet());
    }

    /** The highest applied version, or empty at base. */
    public Optional<String> current() {
        return applied().stream().map(HistoryRow::version)
                .max(Comparator.comparing(MigrationVersion::fromVersion));
    }

    /** Scripts on disk not yet applied, by version. */
    public List<MigrationScript> pending() {
        Set<String> applied = appliedVersions();
        // a Flyway baseline row stands for every version up to it
        Optional<String> baseline = applied().stream().filter(r -> r.type().equals("BASELINE")).map(HistoryRow::version)
                .max(Comparator.comparing(MigrationVersion::fromVersion));
        return catalog.scripts().stream()
                .filter(s -> !applied.contains(ScriptCatalog.normalize(s.version())))
                .filter(s -> baseline.isEmpty() || ScriptCatalog.compare(s.version(), baseline.get()) > 0)
                .toList();
    }

    public boolean atHead() {
        return pending().isEmpty() && catalog.heads().size() <= 1;
    }

    /** Applied rows whose script is no longer on disk. */
    public List<HistoryRow> missingScripts() {
        return applied().stream().filter(r -> catalog.find(r.version()).isEmpty()).toList();
    }

    /** Rows of migrations that failed outside a transaction. */
    public List<HistoryRow> failed() {
        return history.stream().filter(r -> !r.success()).toList();
    }
}
