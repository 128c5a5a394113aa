package dev.retort.diff.kind.table;

import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CopyNames pairs the parent's key, unique constraints and indexes with the plain table's own of the same definition:
 * the parent's index name (a key's index has the key's name) to the name the table declares for its copy, where that
 * is not the name PostgreSQL gives a copy. On DETACH the copies PostgreSQL made keep the names it chose, so they are
 * renamed to the declared ones first (found through the catalog: a clash makes PostgreSQL choose another). A copy
 * the table does not declare at all ({@link #DROPPED}, an empty name, which no identifier is) is renamed to a name of
 * Retort's before the detach and dropped after it, so that the table is as declared.
 *
 * <p>The parent's foreign keys are cloned onto each partition too ({@link #foreignKeys}): a clone takes the parent's
 * constraint name when that is free on the partition, else one PostgreSQL generates, and DETACH leaves it on the
 * table as its own. It is found through {@code pg_constraint.conparentid}, renamed to the declared name while the
 * table is still a partition (PostgreSQL allows renaming a cloned foreign key), or to {@link #droppedFkName} and
 * dropped after the detach where the table does not declare it.
 */
final class CopyNames {

    /** The value for a parent's index whose copy the table does not declare: dropped after the detach. */
    static final String DROPPED = "";

    private CopyNames() {
    }

    static Map<String, String> of(SchemaModel model, QualifiedName parentName, Table plain) {
        Map<String, String> names = new TreeMap<>();
        Table parent = model.table(parentName).orElse(null);
        if (parent == null) {
            return names;
        }
        String table = plain.name().name();
        PrimaryKey key = plain.primaryKey();
        if (parent.primaryKey() != null && key != null
                && parent.primaryKey().withName(key.name()).withComment(key.comment()).equals(key)) {
            put(names, parent.primaryKey().name(), key.name(), table + "_pkey");
        }
        parent.uniqueConstraints().forEach(u -> plain.uniqueConstraints().stream()
                .filter(o -> u.withName(o.name()).withComment(o.comment()).equals(o)).findFirst()
                .ifPresent(o -> put(names, u.name(), o.name(), chosen(table, o.columns(), o.include(), "key"))));
        parent.indexes().forEach(i -> plain.indexes().stream()
                .filter(o -> i.withName(o.name()).withComment(o.comment()).equals(o)).findFirst()
                .ifPresent(o -> put(names, i.name(), o.name(), chosen(table, o.elements().stream()
                        .map(e -> e.isExpression() ? "expr" : e.column()).toList(), o.include(), "idx"))));
        // the copies the plain table does not declare: DETACH would leave them behind
        if (parent.primaryKey() != null && (key == null
                || !parent.primaryKey().withName(key.name()).withComment(key.comment()).equals(key))) {
            names.putIfAbsent(parent.primaryKey().name(), DROPPED);
        }
        parent.uniqueConstraints().stream().filter(u -> plain.uniqueConstraints().stream()
                .noneMatch(o -> u.withName(o.name()).withComment(o.comment()).equals(o)))
                .forEach(u -> names.putIfAbsent(u.name(), DROPPED));
        parent.indexes().stream().filter(i -> plain.indexes().stream()
                .noneMatch(o -> i.withName(o.name()).withComment(o.comment()).equals(o)))
                .forEach(i -> names.putIfAbsent(i.name(), DROPPED));
        return names;
    }

    /**
     * The parent's foreign keys (by name) whose clones on {@code plain} need a rename or a drop at a DETACH: to the name
     * of {@code plain}'s own foreign key of the same definition where that is not the parent's name, to
     * {@link #DROPPED} where {@code plain} has none.
     */
    static Map<String, String> foreignKeys(SchemaModel model, QualifiedName parentName, Table plain) {
        Map<String, String> names = new TreeMap<>();
        Table parent = model.table(parentName).orElse(null);
        if (parent == null) {
            return names;
        }
        List<ForeignKey> free = new ArrayList<>(plain.foreignKeys());
        for (ForeignKey key : parent.foreignKeys()) {
            ForeignKey own = free.stream().filter(o -> key.withName(o.name()).withComment(o.comment()).equals(o))
                    .findFirst().orElse(null);
            if (own == null) {
                names.put(key.name(), DROPPED);
            } else {
                free.remove(own);
                if (!own.name().equals(key.name())) {
                    names.put(key.name(), own.name());
                }
            }
        }
        return names;
    }

    /** The statement that drops, after the DETACH, the clones of the parent's foreign keys the table does not declare. */
    static SqlStatement foreignKeyDrops(QualifiedName table, Map<String, String> foreignKeys) {
        List<String> dropped = foreignKeys.entrySet().stream().filter(e -> e.getValue().equals(DROPPED))
                .map(e -> " DROP CONSTRAINT IF EXISTS " + SqlNames.name(droppedFkName(e.getKey()))).toList();
        if (dropped.isEmpty()) {
            return null;
        }
        return Locks.accessExclusive(SqlStatement.of("ALTER TABLE " + SqlNames.name(table) + String.join(",", dropped)),
                table, Locks.BRIEF);
    }

    /** The name a clone of a parent's foreign key the table does not declare gets before the detach. */
    static String droppedFkName(String parentKey) {
        return cut("retort_detached_fk_" + parentKey);
    }

    /**
     * The statement that drops, after the DETACH, the copies the table does not declare ({@link #DROPPED}); renamed
     * before the detach to {@link #droppedName}, as a key (its constraint) or an index. Null when there is none.
     */
    static SqlStatement drops(QualifiedName table, Map<String, String> names) {
        List<String> dropped = names.entrySet().stream().filter(e -> e.getValue().equals(DROPPED))
                .map(e -> droppedName(e.getKey())).toList();
        if (dropped.isEmpty()) {
            return null;
        }
        StringBuilder body = new StringBuilder("DO $retort_drops$\nBEGIN\n");
        for (String name : dropped) {
            body.append("    IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass(")
                    .append(SqlNames.literal(SqlNames.name(table))).append(") AND conname = ").append(SqlNames.literal(name))
                    .append(") THEN\n        ALTER TABLE ").append(SqlNames.name(table)).append(" DROP CONSTRAINT ")
                    .append(SqlNames.name(name)).append(";\n    ELSE\n        DROP INDEX IF EXISTS ")
                    .append(SqlNames.name(QualifiedName.of(table.schema(), name))).append(";\n    END IF;\n");
        }
        body.append("END\n$retort_drops$");
        SqlStatement drop = SqlStatement.of(body.toString()).with(Hazard.INDEX_DROPPED, "the copies of the parent's"
                + " indexes that " + table + " does not declare go after the detach; its queries that used them may"
                + " become slow");
        return Locks.accessExclusive(drop, table, Locks.BRIEF);
    }

    /** The name a copy the table does not declare gets before the detach, so that it is found after it. */
    static String droppedName(String parentIndex) {
        return cut("retort_detached_" + parentIndex);
    }

    private static String cut(String name) {
        while (Identifiers.byteLength(name) > Identifiers.MAX_BYTES) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    // only where the declared name is not the one PostgreSQL gives a copy (then it is renamed, found in the catalog)
    private static void put(Map<String, String> names, String parentIndex, String declared, String chosen) {
        if (!declared.equals(chosen)) {
            names.put(parentIndex, declared);
        }
    }

    /** The name PostgreSQL chooses for a copy: {@code table_col1_col2_suffix} (longer ones are cut, so never equal). */
    private static String chosen(String table, List<String> columns, List<String> include, String suffix) {
        List<String> all = new ArrayList<>(columns);
        all.addAll(include);
        String name = table + "_" + String.join("_", all) + "_" + suffix;
        return Identifiers.byteLength(name) <= Identifiers.MAX_BYTES ? name : "";
    }

    /**
     * The PL/pgSQL statement that puts into {@code retort_copy} the name of {@code table}'s index attached to
     * {@code parentIndex} (null when none is), found through pg_inherits, as PostgreSQL may have chosen it.
     */
    static String copyLookup(QualifiedName parentIndex, QualifiedName table) {
        return "SELECT c.relname INTO retort_copy FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " JOIN pg_index x ON x.indexrelid = c.oid WHERE i.inhparent = to_regclass("
                + SqlNames.literal(SqlNames.name(parentIndex)) + ") AND x.indrelid = to_regclass("
                + SqlNames.literal(SqlNames.name(table)) + ");";
    }

    /**
     * The DO block that renames the table's copies of the parent's indexes to {@code names} (found through
     * pg_inherits, as PostgreSQL chose their names), while the table is still a partition; null when there is none.
     */
    static SqlStatement renames(QualifiedName table, QualifiedName parent, Map<String, String> names,
                                Map<String, String> foreignKeys) {
        if (names.isEmpty() && foreignKeys.isEmpty()) {
            return null;
        }
        StringBuilder body = new StringBuilder("DO $retort_names$\nDECLARE\n    retort_copy text;\nBEGIN\n");
        names.forEach((parentIndex, name) -> {
            String declared = name.equals(DROPPED) ? droppedName(parentIndex) : name;
            body.append("    ").append(copyLookup(QualifiedName.of(parent.schema(), parentIndex), table)).append("\n")
                .append("    IF retort_copy IS NOT NULL AND retort_copy <> ").append(SqlNames.literal(declared))
                .append(" THEN\n        EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', ")
                .append(SqlNames.literal(table.schema())).append(", retort_copy, ").append(SqlNames.literal(declared))
                .append(");\n    END IF;\n");
        });
        foreignKeys.forEach((parentKey, name) -> {
            String declared = name.equals(DROPPED) ? droppedFkName(parentKey) : name;
            body
                .append("    SELECT c.conname INTO retort_copy FROM pg_constraint c JOIN pg_constraint p ON p.oid =")
                .append(" c.conparentid WHERE p.conrelid = to_regclass(").append(SqlNames.literal(SqlNames.name(parent)))
                .append(") AND p.conname = ").append(SqlNames.literal(parentKey))
                .append(" AND c.conrelid = to_regclass(").append(SqlNames.literal(SqlNames.name(table))).append(");\n")
                .append("    IF retort_copy IS NOT NULL AND retort_copy <> ").append(SqlNames.literal(declared))
                .append(" THEN\n        EXECUTE format('ALTER TABLE %I.%I RENAME CONSTRAINT %I TO %I', ")
                .append(SqlNames.literal(table.schema())).append(", ").append(SqlNames.literal(table.name()))
                .append(", retort_copy, ").append(SqlNames.literal(declared)).append(");\n    END IF;\n");
        });
        body.append("END\n$retort_names$");
        return Locks.accessExclusive(SqlStatement.of(body.toString()), table, Locks.BRIEF);
    }
}
