package dev.retort.testing.gen;

import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableOptions;

import java.util.List;

/**
 * TableDetails implements {@link Edit.TableDetail}: UNLOGGED (0, only for tables no foreign key touches, as
 * PostgreSQL restricts keys between logged and unlogged tables), storage parameters (1) or replica identity (2).
 */
final class TableDetails {

    private TableDetails() {
    }

    static SchemaModel change(SchemaModel m, int tablePick, int detail, int pick) {
        if (m.tables().isEmpty()) {
            return m;
        }
        Table t = m.tables().get(Math.floorMod(tablePick, m.tables().size()));
        TableOptions o = t.options();
        TableOptions changed = switch (detail) {
            case 0 -> untouchedByForeignKeys(m, t) ? o.withUnlogged(!o.unlogged()) : o;
            case 1 -> o.withStorageParameters(o.storageParameters().isEmpty()
                    ? List.of("fillfactor=" + (50 + Math.floorMod(pick, 50)), "autovacuum_enabled=" + (pick % 2 == 0))
                    : List.of());
            default -> o.withReplicaIdentity(o.replicaIdentity() != null ? null : pick % 2 == 0 ? "FULL" : "NOTHING");
        };
        return ModelEditor.replace(m, t.withOptions(changed));
    }

    private static boolean untouchedByForeignKeys(SchemaModel m, Table t) {
        return t.foreignKeys().isEmpty() && m.tables().stream().flatMap(x -> x.foreignKeys().stream())
                .noneMatch(f -> f.referencedTable().equals(t.name()));
    }
}
