package dev.retort.diff.kind.table;

import dev.retort.diff.change.AddForeignKey;
import dev.retort.diff.change.CreateIndex;
import dev.retort.diff.change.CreateTable;
import dev.retort.diff.change.RepartitionTable;
import dev.retort.diff.change.RepartitionTable.Side;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.HazardNote;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.PostgresSqlRenderer;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PartitionOf;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RepartitionSql writes the statements of a {@link RepartitionTable}: three DO blocks, which a revision keeps together
 * in one migration run outside a transaction. The first creates the new table under its temporary name with its
 * partitions, keys and checks (one transaction). The second copies the rows in batches keyed by the old primary key,
 * each batch committed: a run killed halfway keeps the batches it committed, and the next run starts after the last
 * key the new table holds (nothing is lost, nothing copied twice). The third, one transaction again, builds the new
 * table's indexes and foreign keys, takes the ACCESS EXCLUSIVE lock on the old one, reconciles the rows written
 * meanwhile (deleted, changed and inserted ones), carries identity positions over, renames both tables with their
 * keys, indexes and identity sequences, moves the owned sequences, and drops the backup when the declaration asks
 * so. Each block returns at once when its work is done, so a migration interrupted anywhere is simply run again.
 */
public final class RepartitionSql {

    static final int BATCH_ROWS = 10_000;
    private static final PostgresSqlRenderer RENDERER = new PostgresSqlRenderer();
    private static final String BODY = "$retort_copy$";

    private RepartitionSql() {
    }

    /** The statements of {@code change}, in order (see the class comment for the three steps). */
    public static List<SqlStatement> statements(RepartitionTable change) {
        Side from = change.from();
        Side to = change.to();
        QualifiedName table = change.table();
        QualifiedName temp = RepartitionNames.with(table, RepartitionNames.NEW);
        String backupSuffix = RepartitionNames.backupSuffix(from);
        QualifiedName backup = RepartitionNames.with(table, backupSuffix);
        // a partition's form is built as a table of its own, with what it has from its parent
        Table source = RepartitionedPartitions.standalone(from);
        Table target = RepartitionedPartitions.standalone(to);
        Table created = temporary(target, temp);

        // the new table is new to every other session: no lock to wait for, no rows to scan
        List<SqlStatement> create = new ArrayList<>();
        create.addAll(quiet(RENDERER.render(new CreateTable(created.withIndexes(List.of()).withForeignKeys(List.of())))));
        if (to.parent() != null) {
            // the bound as a CHECK: the rows are checked as they are copied, and the ATTACH need not scan them
            create.add(SqlStatement.of("EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I CHECK (%s)', "
                    + SqlNames.literal(SqlNames.name(temp)) + ", " + SqlNames.literal(RepartitionedPartitions.BOUND_CHECK)
                    + ", pg_get_partition_constraintdef(to_regclass(" + SqlNames.literal(SqlNames.name(table)) + ")))"));
        }
        for (Table partition : to.partitions()) {
            Table under = partition(partition, table, temp);
            create.addAll(quiet(RENDERER.render(new CreateTable(under.withIndexes(List.of()).withForeignKeys(List.of())))));
        }

        List<SqlStatement> swap = new ArrayList<>();
        // indexes are built once the rows are in (faster than keeping them up to date row by row)
        created.indexes().forEach(i -> swap.addAll(quiet(RENDERER.render(new CreateIndex(temp, i)))));
        for (Table partition : to.partitions()) {
            partition.indexes().forEach(i -> swap.addAll(quiet(RENDERER.render(new CreateIndex(partition.name(), i)))));
        }
        created.foreignKeys().forEach(k -> swap.addAll(quiet(RENDERER.render(new AddForeignKey(temp, k)))));
        for (Table partition : to.partitions()) {
            partition.foreignKeys().forEach(k -> swap.addAll(quiet(RENDERER.render(
                    new AddForeignKey(partition.name(), referencing(k, table, temp))))));
        }
        swap.add(Locks.accessExclusive(SqlStatement.of("LOCK TABLE " + SqlNames.name(table) + " IN ACCESS EXCLUSIVE MODE"),
                table, "from here to the end of the swap: the rows written during the copy are reconciled under it"));
        swap.addAll(reconcile(source, target, table, temp));
        swap.addAll(identityPositions(target, table, temp));
        swap.addAll(identityNames(source, target, table, temp, backup));
        if (from.parent() != null) {
            swap.addAll(RepartitionedPartitions.copiesToBackup(from, table, backupSuffix));
            swap.addAll(PartitionSql.detachStatement(table, from.table().hierarchy().partitionOf(), null));
        }
        swap.add(rename(table, backup));
        for (String member : indexBacked(from.table())) {
            swap.add(renameIndex(table.schema(), member, RepartitionNames.with(member, backupSuffix)));
        }
        for (Table partition : from.partitions()) {
            swap.add(rename(partition.name(), RepartitionNames.with(partition.name(), backupSuffix)));
        }
        swap.add(rename(temp, table));
        for (String member : indexBacked(target)) {
            swap.add(renameIndex(table.schema(), RepartitionNames.with(member, RepartitionNames.NEW), member));
        }
        if (to.parent() != null) {
            swap.addAll(PartitionSql.attachStatement(table, to.table().hierarchy().partitionOf()));
            swap.add(SqlStatement.of("ALTER TABLE " + SqlNames.name(table) + " DROP CONSTRAINT "
                    + SqlNames.name(RepartitionedPartitions.BOUND_CHECK)));
        }
        for (Sequence sequence : to.ownedSequences()) {
            swap.add(ownedBy(sequence));
        }
        if (change.dropBackup()) {
            swap.add(SqlStatement.of("DROP TABLE " + SqlNames.name(backup))
                    .with(Hazard.DELETES_DATA, "drops " + backup + ", the old form of " + table
                            + (from.partitions().isEmpty() ? "" : " with its partitions")
                            + ", whose rows were copied into the new one"));
        } else {
            swap.add(SqlStatement.of("COMMENT ON TABLE " + SqlNames.name(backup) + " IS " + SqlNames.literal(
                    "Retort: the old form of " + table + ", kept after its rows were copied; drop it once the new one"
                            + " has proved itself")));
        }

        String done = "coalesce(pg_get_partkeydef(to_regclass(" + SqlNames.literal(SqlNames.name(table)) + ")), 'plain') = "
                + SqlNames.literal(to.partitioned() ? to.table().hierarchy().partitionBy().sql() : "plain");
        String started = "to_regclass(" + SqlNames.literal(SqlNames.name(temp)) + ") IS NOT NULL";
        String absent = "to_regclass(" + SqlNames.literal(SqlNames.name(temp)) + ") IS NULL";
        return List.of(
                block("$retort_create$", null, "IF " + done + " OR " + started + " THEN\n        RETURN;\n    END IF;", create,
                        "runs with the copy it prepares, as one step of its own (it does nothing once the table has its"
                                + " new form or the copy has begun)"),
                copyInBatches(source, target, table, temp),
                block("$retort_swap$", declarations(target, from),
                        "IF " + absent + " THEN\n        RETURN;\n    END IF;", swap,
                        "runs after the copy, as one step of its own: the DO block is one transaction (it does nothing"
                                + " once the names are swapped)"));
    }

    /**
     * One DO block of {@code statements}: atomic on its own (a DO block without COMMIT is one transaction), rerunnable
     * ({@code guard} returns when its work is done or not due), with their hazards; {@code declare} its variables, or
     * null.
     */
    private static SqlStatement block(String tag, String declare, String guard, List<SqlStatement> statements,
                                      String why) {
        StringBuilder body = new StringBuilder("DO " + tag + "\n" + (declare == null ? "" : "DECLARE\n    " + declare + "\n")
                + "BEGIN\n    " + guard + "\n");
        List<HazardNote> notes = new ArrayList<>();
        for (SqlStatement statement : statements) {
            body.append("    ").append(statement.sql().replace("\n", "\n    ")).append(";\n");
            notes.addAll(statement.notes());
        }
        body.append("END\n").append(tag);
        return new SqlStatement(body.toString(), notes, true).outsideTransaction(why);
    }

    /** The target table under its temporary name, its keys and indexes under temporary names. */
    private static Table temporary(Table target, QualifiedName temp) {
        // its identity sequences get PostgreSQL's names for now: the old table's still hold the target's (identityNames)
        Table t = target.withName(temp).withColumns(target.columns().stream().map(c -> c.withIdentitySequence(null)).toList());
        if (t.primaryKey() != null) {
            t = t.withPrimaryKey(t.primaryKey().withName(RepartitionNames.with(t.primaryKey().name(), RepartitionNames.NEW)));
        }
        t = t.withUniqueConstraints(t.uniqueConstraints().stream()
                .map(u -> u.withName(RepartitionNames.with(u.name(), RepartitionNames.NEW))).toList());
        t = t.withIndexes(t.indexes().stream().map(i -> i.withName(RepartitionNames.with(i.name(), RepartitionNames.NEW)))
                .toList());
        return t.withForeignKeys(t.foreignKeys().stream().map(k -> referencing(k, target.name(), temp)).toList());
    }

    /** A partition of the table created under the new table's temporary name. */
    private static Table partition(Table partition, QualifiedName table, QualifiedName temp) {
        PartitionOf of = partition.hierarchy().partitionOf();
        if (!of.parent().equals(table)) {
            return partition;
        }
        return partition.withHierarchy(partition.hierarchy().withPartitionOf(new PartitionOf(temp, of.bound())));
    }

    /** A foreign key of the new table that references the table itself references its new form. */
    private static ForeignKey referencing(ForeignKey k, QualifiedName table, QualifiedName temp) {
        if (!k.referencedTable().equals(table)) {
            return k;
        }
        return new ForeignKey(k.name(), k.columns(), temp, k.referencedColumns(), k.onDelete(), k.onUpdate(),
                k.deferrable(), k.initiallyDeferred(), k.matchFull(), k.notValid(), k.comment());
    }

    /**
     * The batch copy: each round reads the last key the new table holds and copies the next rows of the old table in
     * key order, then commits. Killed at any point, the committed batches stay and the next run continues after them.
     */
    private static SqlStatement copyInBatches(Table source, Table target, QualifiedName old, QualifiedName temp) {
        List<String> key = source.primaryKey().columns();
        StringBuilder body = new StringBuilder("DO " + BODY + "\nDECLARE\n");
        for (int i = 0; i < key.size(); i++) {
            body.append("    ").append(variable(i)).append(' ').append(SqlNames.name(old)).append('.')
                    .append(SqlNames.name(key.get(i))).append("%TYPE;\n");
        }
        body.append("    retort_moved bigint;\nBEGIN\n    IF to_regclass(").append(SqlNames.literal(SqlNames.name(temp)))
                .append(") IS NULL THEN\n        RETURN;\n    END IF;\n    LOOP\n");
        body.append("        SELECT ").append(list("n", key)).append(" INTO ").append(variables(key.size()))
                .append(" FROM ").append(SqlNames.name(temp)).append(" n ORDER BY ").append(order("n", key, " DESC"))
                .append(" LIMIT 1;\n");
        String insert = insert(source, target, temp);
        String select = " FROM " + SqlNames.name(old) + " o";
        String tail = " ORDER BY " + order("o", key, "") + " LIMIT " + BATCH_ROWS + ";\n";
        body.append("        IF NOT FOUND THEN\n            ").append(insert).append(select).append(tail);
        body.append("        ELSE\n            ").append(insert).append(select).append(" WHERE ")
                .append(row("o", key)).append(" > ").append(key.size() == 1 ? variable(0) : "(" + variables(key.size()) + ")")
                .append(tail);
        body.append("        END IF;\n        GET DIAGNOSTICS retort_moved = ROW_COUNT;\n        COMMIT;\n"
                + "        EXIT WHEN retort_moved = 0;\n    END LOOP;\nEND\n" + BODY);
        return SqlStatement.of(body.toString())
                .with(Hazard.COPIES_ROWS, "copies the rows of " + old + " into " + temp + " in batches of " + BATCH_ROWS
                        + " keyed by (" + String.join(", ", key) + "), each committed; rerun after an interruption, it"
                        + " continues after the last key copied")
                .outsideTransaction("commits after each batch, so that an interrupted copy keeps what it copied");
    }

    /** Under the lock: rows deleted, changed and inserted in the old table since their batch was copied. */
    private static List<SqlStatement> reconcile(Table source, Table target, QualifiedName old, QualifiedName temp) {
        List<String> key = source.primaryKey().columns();
        String match = key.stream().map(k -> "o." + SqlNames.name(k) + " = n." + SqlNames.name(k))
                .collect(Collectors.joining(" AND "));
        List<SqlStatement> sql = new ArrayList<>();
        sql.add(scan(SqlStatement.of("DELETE FROM " + SqlNames.name(temp) + " n WHERE NOT EXISTS (SELECT FROM "
                + SqlNames.name(old) + " o WHERE " + match + ")"), old, temp, "rows deleted during the copy"));
        List<String> changing = copied(source, target).stream().filter(c -> !key.contains(c.name()))
                .filter(c -> c.identity() != IdentityGeneration.ALWAYS).map(Column::name).toList();
        if (!changing.isEmpty()) {
            // compared as text: every type has a text form, not every type has an equality operator (json)
            sql.add(scan(SqlStatement.of("UPDATE " + SqlNames.name(temp) + " n SET "
                    + changing.stream().map(c -> SqlNames.name(c) + " = o." + SqlNames.name(c)).collect(Collectors.joining(", "))
                    + " FROM " + SqlNames.name(old) + " o WHERE " + match + " AND ROW(" + list("n", changing)
                    + ")::text IS DISTINCT FROM ROW(" + list("o", changing) + ")::text"), old, temp,
                    "rows updated during the copy"));
        }
        sql.add(scan(SqlStatement.of(insert(source, target, temp) + " FROM " + SqlNames.name(old) + " o WHERE NOT EXISTS"
                + " (SELECT FROM " + SqlNames.name(temp) + " n WHERE " + match + ")"), old, temp,
                "rows inserted during the copy"));
        return sql;
    }

    private static SqlStatement scan(SqlStatement statement, QualifiedName old, QualifiedName temp, String what) {
        return statement.with(Hazard.FULL_TABLE_SCAN, "compares every row of " + old + " and " + temp + " under the lock,"
                + " for the " + what);
    }

    /** The new identity sequences continue where the old ones stand (a copied row keeps its value). */
    private static List<SqlStatement> identityPositions(Table target, QualifiedName old, QualifiedName temp) {
        List<SqlStatement> sql = new ArrayList<>();
        for (Column column : target.columns()) {
            if (column.identity() == null) {
                continue;
            }
            String oldSequence = "pg_get_serial_sequence(" + SqlNames.literal(SqlNames.name(old)) + ", "
                    + SqlNames.literal(column.name()) + ")";
            String newSequence = "pg_get_serial_sequence(" + SqlNames.literal(SqlNames.name(temp)) + ", "
                    + SqlNames.literal(column.name()) + ")";
            sql.add(SqlStatement.of("PERFORM setval(" + newSequence + ", p.last) FROM (SELECT pg_sequence_last_value("
                    + oldSequence + "::regclass) AS last) p WHERE p.last IS NOT NULL"));
        }
        return sql;
    }

    private static String declarations(Table target, Side from) {
        List<String> names = new ArrayList<>();
        if (from.parent() != null) {
            names.add("retort_copy text;");
        }
        return names.isEmpty() ? null : String.join("\n    ", names);
    }

    /**
     * The identity sequences take the target's names (PostgreSQL named the new table's after its temporary name): the
     * old table's goes to the backup's name first, the new table's takes the target's. Part of the swap's transaction.
     */
    private static List<SqlStatement> identityNames(Table source, Table target, QualifiedName old, QualifiedName temp,
                                                    QualifiedName backup) {
        List<SqlStatement> sql = new ArrayList<>();
        for (Column column : target.columns()) {
            if (column.identity() == null) {
                continue;
            }
            String oldSequence = "pg_get_serial_sequence(" + SqlNames.literal(SqlNames.name(old)) + ", "
                    + SqlNames.literal(column.name()) + ")";
            String newSequence = "pg_get_serial_sequence(" + SqlNames.literal(SqlNames.name(temp)) + ", "
                    + SqlNames.literal(column.name()) + ")";
            if (source.column(column.name()).map(c -> c.identity() != null).orElse(false)) {
                sql.add(SqlStatement.of("EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', " + oldSequence + ", "
                        + SqlNames.literal(RepartitionNames.sequence(backup.name(), column.name())) + ")"));
            }
            sql.add(SqlStatement.of("EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', " + newSequence + ", "
                    + SqlNames.literal(column.identitySequenceOn(old.name())) + ")"));
        }
        return sql;
    }

    private static String insert(Table source, Table target, QualifiedName temp) {
        List<String> columns = copied(source, target).stream().map(Column::name).toList();
        boolean always = target.columns().stream().anyMatch(c -> c.identity() == IdentityGeneration.ALWAYS);
        return "INSERT INTO " + SqlNames.name(temp) + " (" + SqlNames.names(columns) + ")"
                + (always ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + list("o", columns);
    }

    /** The target's stored columns that the source has (by name): generated ones are computed again. */
    private static List<Column> copied(Table source, Table target) {
        return target.columns().stream().filter(c -> c.generatedExpression() == null)
                .filter(c -> source.column(c.name()).isPresent()).toList();
    }

    /** The names of the table's members that are indexes in the schema's namespace: keys, unique constraints, indexes. */
    private static List<String> indexBacked(Table table) {
        List<String> names = new ArrayList<>();
        if (table.primaryKey() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniqueConstraints().forEach(u -> names.add(u.name()));
        table.indexes().stream().map(Index::name).forEach(names::add);
        return names;
    }

    private static SqlStatement rename(QualifiedName from, QualifiedName to) {
        return Locks.accessExclusive(SqlStatement.of("ALTER TABLE " + SqlNames.name(from) + " RENAME TO "
                + SqlNames.name(to.name())), from, Locks.BRIEF);
    }

    // ALTER INDEX renames the index of a key or unique constraint together with the constraint
    private static SqlStatement renameIndex(String schema, String from, String to) {
        return SqlStatement.of("ALTER INDEX " + SqlNames.name(QualifiedName.of(schema, from)) + " RENAME TO "
                + SqlNames.name(to));
    }

    /** {@code OWNED BY}: the sequence belongs to the new table's column, not to the backup's. */
    private static SqlStatement ownedBy(Sequence sequence) {
        String owner = sequence.ownedBy();
        int dot = owner.lastIndexOf('.');
        return SqlStatement.of("ALTER SEQUENCE " + SqlNames.name(sequence.name()) + " OWNED BY "
                + SqlNames.name(QualifiedName.of(sequence.name().schema(), owner.substring(0, dot))) + "."
                + SqlNames.name(owner.substring(dot + 1)));
    }

    /** The statements with their SQL only: they act on a table no other session knows yet. */
    private static List<SqlStatement> quiet(List<SqlStatement> statements) {
        return statements.stream().map(s -> SqlStatement.of(s.sql())).toList();
    }

    private static String variable(int i) {
        return "retort_last_" + (i + 1);
    }

    private static String variables(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(variable(i));
        }
        return String.join(", ", names);
    }

    private static String list(String alias, List<String> columns) {
        return columns.stream().map(c -> alias + "." + SqlNames.name(c)).collect(Collectors.joining(", "));
    }

    private static String row(String alias, List<String> columns) {
        return columns.size() == 1 ? list(alias, columns) : "(" + list(alias, columns) + ")";
    }

    private static String order(String alias, List<String> columns, String direction) {
        return columns.stream().map(c -> alias + "." + SqlNames.name(c) + direction).collect(Collectors.joining(", "));
    }
}
