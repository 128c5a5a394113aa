package dev.retort.diff.kind.table;

import dev.retort.diff.change.AlterTableOptions;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.TableOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TableOptionsSql renders a change of a table's options: persistence, storage parameters, replica identity. */
public final class TableOptionsSql {

    private TableOptionsSql() {
    }

    public static List<SqlStatement> alter(AlterTableOptions change) {
        QualifiedName table = change.toTable();
        TableOptions from = change.from();
        TableOptions to = change.to();
        String alter = "ALTER TABLE " + SqlNames.name(table);
        List<SqlStatement> sql = new ArrayList<>();
        if (from.unlogged() != to.unlogged()) {
            SqlStatement persistence = SqlStatement.of(alter + (to.unlogged() ? " SET UNLOGGED" : " SET LOGGED"))
                    .with(Hazard.TABLE_REWRITE, table + " is rewritten" + (to.unlogged() ? "" : " into the WAL"));
            sql.add(Locks.accessExclusive(persistence, table, "for the rewrite"));
        }
        Map<String, String> old = parameters(from.storageParameters());
        Map<String, String> target = parameters(to.storageParameters());
        List<String> set = new ArrayList<>();
        target.forEach((name, value) -> {
            if (!value.equals(old.get(name))) {
                set.add(name + "=" + value);
            }
        });
        List<String> reset = old.keySet().stream().filter(name -> !target.containsKey(name)).toList();
        // storage parameters change the catalog only; SHARE UPDATE EXCLUSIVE for fillfactor and autovacuum settings
        if (!set.isEmpty()) {
            sql.add(Locks.shareUpdateExclusive(SqlStatement.of(alter + " SET (" + String.join(", ", set) + ")"), table));
        }
        if (!reset.isEmpty()) {
            sql.add(Locks.shareUpdateExclusive(SqlStatement.of(alter + " RESET (" + String.join(", ", reset) + ")"), table));
        }
        if (!java.util.Objects.equals(from.replicaIdentity(), to.replicaIdentity())
                || !java.util.Objects.equals(from.replicaIdentityIndex(), to.replicaIdentityIndex())) {
            sql.add(Locks.accessExclusive(SqlStatement.of(replicaIdentity(table, to)), table, Locks.BRIEF));
        }
        return sql;
    }

    /** ALTER TABLE ... REPLICA IDENTITY as {@code options} say (DEFAULT for null). */
    static String replicaIdentity(QualifiedName table, TableOptions options) {
        String identity = options.replicaIdentity() == null ? "DEFAULT" : options.replicaIdentity();
        return "ALTER TABLE " + SqlNames.name(table) + " REPLICA IDENTITY " + identity
                + (options.replicaIdentityIndex() == null ? "" : " " + SqlNames.name(options.replicaIdentityIndex()));
    }

    private static Map<String, String> parameters(List<String> options) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            map.put(option.substring(0, eq), option.substring(eq + 1));
        }
        return map;
    }
}
