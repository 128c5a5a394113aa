package dev.retort.runner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.inspect.PostgresInspector;
import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.PostgresServer;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;

/**
 * SchemaSnapshots reads the two sides every comparison needs: a live database as a model (without the migration
 * history table, which is Retort's bookkeeping, not the user's schema) and the declaration canonicalized through a
 * scratch database on a server.
 *
 * <pre>{@code
 * SchemaSnapshots snapshots = new SchemaSnapshots(config);
 * SchemaModel live = snapshots.inspect(url, declared);
 * SchemaModel wanted = snapshots.normalize(declared, server);
 * }</pre>
 */
public final class SchemaSnapshots {

    private final ProjectConfig config;
    private final HistoryTable history;

    public SchemaSnapshots(ProjectConfig config) {
        this.config = config;
        this.history = new HistoryTable(config.get(Setting.HISTORY_SCHEMA), config.get(Setting.HISTORY_TABLE));
    }

    /** The managed schemas of a live database; {@code declared} (may be null) adds the schemas it uses. */
    public Inspection inspection(DatabaseUrl url, SchemaModel declared) {
        try {
            Inspection seen = new PostgresInspector().inspect(url, schemas(declared));
            QualifiedName historyName = QualifiedName.of(history.schema(), history.table());
            SchemaModel model = seen.model();
            model = model.withTables(model.tables().stream().filter(t -> !t.name().equals(historyName)).toList());
            return new Inspection(model, seen.unmanaged());
        } catch (RetortException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RetortException("cannot inspect " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    public SchemaModel inspect(DatabaseUrl url, SchemaModel declared) {
        return inspection(url, declared).model();
    }

    /** The declaration as PostgreSQL stores it, built in a scratch database on {@code server}. */
    public SchemaModel normalize(SchemaModel declared, PostgresServer server) {
        try {
            return new Normalizer(server).normalize(declared);
        } catch (RuntimeException e) {
            throw new RetortException("cannot normalize the declaration: " + e.getMessage(), e);
        }
    }

    List<String> schemas(SchemaModel declared) {
        Set<String> all = new LinkedHashSet<>(config.schemas());
        if (declared != null) {
            all.addAll(declared.schemas());
            declared.tables().forEach(t -> all.add(t.name().schema()));
            declared.enums().forEach(e -> all.add(e.name().schema()));
        }
        return List.copyOf(all);
    }
}
