package dev.retort.diff.kind.table;

import dev.retort.diff.change.AlterColumnDefault;
import dev.retort.diff.change.AlterColumnGenerated;
import dev.retort.diff.change.AlterColumnIdentity;
import dev.retort.diff.change.AlterColumnNullability;
import dev.retort.diff.change.AlterColumnStorage;
import dev.retort.diff.change.AlterColumnType;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.plan.TypeConversions;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.IdentityOptions;
import dev.retort.schema.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * ColumnChangeSql renders the column changes (add, drop, alterations) with each statement's hazards: the lock it
 * takes on the table, and whether it rewrites or scans it or loses values.
 */
public final class ColumnChangeSql {

    // defaults PostgreSQL evaluates once when a column is added (no rewrite): constants and stable now()-likes
    private static final Pattern STABLE_DEFAULT = Pattern.compile(
            "(?i)^\\s*(now\\(\\)|current_timestamp|current_date|localtimestamp|transaction_timestamp\\(\\)|[^()]*)\\s*$");

    private ColumnChangeSql() {
    }

    public static List<SqlStatement> add(QualifiedName table, Column column) {
        List<SqlStatement> sql = new ArrayList<>();
        boolean rewrites = rewritesOnAdd(column);
        SqlStatement add = SqlStatement.of("ALTER TABLE " + SqlNames.name(table) + " ADD COLUMN " + ColumnSql.definition(table, column))
                .with(rewrites, Hazard.TABLE_REWRITE, table + " is rewritten to store the computed values of "
                        + column.name());
        sql.add(Locks.accessExclusive(add, table, rewrites ? "for the rewrite" : Locks.BRIEF));
        if (column.storage() != null) {
            sql.add(Locks.accessExclusive(SqlStatement.of(ColumnSql.setStorage(table, column)), table, Locks.BRIEF));
        }
        if (column.comment() != null) {
            sql.add(comment(table, column));
        }
        return sql;
    }

    public static SqlStatement drop(QualifiedName table, Column column) {
        SqlStatement drop = SqlStatement.of("ALTER TABLE " + SqlNames.name(table) + " DROP COLUMN " + SqlNames.name(column.name()))
                .with(Hazard.DELETES_DATA, "the values of " + table + "." + column.name() + " are lost");
        return Locks.accessExclusive(drop, table, Locks.BRIEF);
    }

    public static SqlStatement comment(QualifiedName table, Column column) {
        return Locks.shareUpdateExclusive(SqlStatement.of(ColumnSql.commentOnColumn(table, column.name(), column.comment())), table);
    }

    public static List<SqlStatement> type(AlterColumnType change) {
        Column from = change.from();
        Column to = change.to();
        QualifiedName table = change.toTable();
        String alter = ColumnSql.alterColumn(table, to.name());
        List<SqlStatement> sql = new ArrayList<>();
        // PostgreSQL casts the old default to the new type and fails when it cannot; drop it, set the target after
        if (from.defaultExpression() != null) {
            sql.add(Locks.accessExclusive(SqlStatement.of(alter + " DROP DEFAULT"), table, Locks.BRIEF));
        }
        boolean rewrites = !TypeConversions.isBinaryCoercible(from.type(), to.type());
        // a generated column is recomputed from its expression; PostgreSQL refuses USING for it
        // a collation going back to the type's own is spelled "default"
        String collate = to.collation() != null ? " COLLATE " + ColumnSql.collation(to.collation())
                : from.collation() != null ? " COLLATE pg_catalog.\"default\"" : "";
        SqlStatement retype = SqlStatement.of(alter + " TYPE " + to.type().sql() + collate
                        + (from.generatedExpression() != null ? "" : " USING " + (change.using() != null ? change.using()
                        : ColumnSql.using(to.name(), from.type(), to.type()))))
                .with(rewrites, Hazard.TABLE_REWRITE, table + " and its indexes are rewritten to convert " + to.name()
                        + " from " + from.type().sql() + " to " + to.type().sql())
                .with(rewrites, Hazard.FULL_TABLE_SCAN, "every value of " + table + "." + to.name() + " is converted")
                .with(!TypeConversions.isWidening(from.type(), to.type()), Hazard.DELETES_DATA, from.type().sql()
                        + " to " + to.type().sql() + " can cut or refuse values of " + table + "." + to.name());
        sql.add(Locks.accessExclusive(retype, table, rewrites ? "for the rewrite" : Locks.BRIEF));
        if (to.defaultExpression() != null) {
            sql.add(Locks.accessExclusive(SqlStatement.of(alter + " SET DEFAULT " + to.defaultExpression()), table, Locks.BRIEF));
        }
        return sql;
    }

    public static List<SqlStatement> nullability(AlterColumnNullability change) {
        QualifiedName table = change.toTable();
        String alter = ColumnSql.alterColumn(table, change.to().name());
        if (change.to().nullable()) {
            List<SqlStatement> sql = new java.util.ArrayList<>();
            sql.add(Locks.accessExclusive(SqlStatement.of(alter + " DROP NOT NULL"), table, Locks.BRIEF));
            // PostgreSQL drops the NOT NULL of every descendant too: those that keep their own get it back
            for (QualifiedName kept : change.keptNotNull()) {
                SqlStatement set = Locks.scan(SqlStatement.of(ColumnSql.alterColumn(kept, change.to().name())
                        + " SET NOT NULL"), kept, "to prove " + change.to().name() + " holds no NULL");
                sql.add(Locks.accessExclusive(set, kept, "while every row is checked"));
            }
            return sql;
        }
        SqlStatement set = Locks.scan(SqlStatement.of(alter + " SET NOT NULL"), table,
                "to prove " + change.to().name() + " holds no NULL");
        return List.of(Locks.accessExclusive(set, table, "while every row is checked"));
    }

    public static List<SqlStatement> defaultValue(AlterColumnDefault change) {
        String target = change.to().defaultExpression();
        String sql = ColumnSql.alterColumn(change.toTable(), change.to().name())
                + (target == null ? " DROP DEFAULT" : " SET DEFAULT " + target);
        // a default only applies to rows inserted later: no rewrite, no scan
        return List.of(Locks.accessExclusive(SqlStatement.of(sql), change.toTable(), Locks.BRIEF));
    }

    public static List<SqlStatement> identity(AlterColumnIdentity change) {
        QualifiedName table = change.toTable();
        String alter = ColumnSql.alterColumn(table, change.to().name());
        if (change.to().identity() == null) {
            return List.of(Locks.accessExclusive(SqlStatement.of(alter + " DROP IDENTITY"), table, Locks.BRIEF));
        }
        if (change.from().identity() == null) {
            // the new identity sequence starts at 1; move it past the values the column already holds
            String column = SqlNames.name(change.to().name());
            String quotedTable = SqlNames.name(table);
            SqlStatement add = SqlStatement.of(alter + " ADD GENERATED " + change.to().identity().sql() + " AS IDENTITY"
                    + ColumnSql.identityClause(table, change.to()));
            SqlStatement position = Locks.scan(SqlStatement.of("SELECT setval(pg_get_serial_sequence(" + SqlNames.literal(quotedTable)
                    + ", " + SqlNames.literal(change.to().name()) + "), COALESCE(MAX(" + column + "), 0) + 1, false) FROM "
                    + quotedTable), table, "(or its index) to find the largest " + change.to().name());
            return List.of(Locks.accessExclusive(add, table, Locks.BRIEF), position);
        }
        List<String> clauses = new ArrayList<>();
        if (change.from().identity() != change.to().identity()) {
            clauses.add("SET GENERATED " + change.to().identity().sql());
        }
        if (!Objects.equals(change.from().identityOptions(), change.to().identityOptions())) {
            String type = change.to().type() instanceof BuiltinType builtin ? builtin.name() : "bigint";
            IdentityOptions from = IdentityOptions.resolved(change.from().identityOptions(), type);
            IdentityOptions to = IdentityOptions.resolved(change.to().identityOptions(), type);
            clauses.add(ColumnSql.setIdentityOptions(to));
            // as for a sequence: a new direction leaves the current value outside the bounds unless it restarts
            if (Long.signum(from.increment()) != Long.signum(to.increment())) {
                clauses.add("RESTART");
            }
        }
        return List.of(Locks.accessExclusive(SqlStatement.of(alter + " " + String.join(" ", clauses)), table, Locks.BRIEF));
    }

    /** SET STORAGE / SET COMPRESSION: only values written afterwards are affected, no rewrite. */
    public static List<SqlStatement> storage(AlterColumnStorage change) {
        QualifiedName table = change.toTable();
        List<SqlStatement> sql = new ArrayList<>();
        if (change.changesStorage()) {
            sql.add(Locks.accessExclusive(SqlStatement.of(ColumnSql.setStorage(table, change.to())), table, Locks.BRIEF));
        }
        if (change.changesCompression()) {
            sql.add(Locks.accessExclusive(SqlStatement.of(ColumnSql.setCompression(table, change.to())), table, Locks.BRIEF));
        }
        return sql;
    }

    public static List<SqlStatement> generated(AlterColumnGenerated change) {
        QualifiedName table = change.toTable();
        if (change.to().generatedExpression() == null) {
            // the stored values stay: the column becomes an ordinary one
            return List.of(Locks.accessExclusive(SqlStatement.of(ColumnSql.alterColumn(table, change.to().name())
                    + " DROP EXPRESSION"), table, Locks.BRIEF));
        }
        // PostgreSQL 14-16 cannot add or change a generation expression in place: recreate the column
        List<SqlStatement> sql = new ArrayList<>();
        sql.add(drop(table, change.from().withName(change.to().name())));
        sql.addAll(add(table, change.to()));
        return sql;
    }

    private static boolean rewritesOnAdd(Column column) {
        if (column.generatedExpression() != null || column.identity() != null) {
            return true;
        }
        String def = column.defaultExpression();
        return def != null && !STABLE_DEFAULT.matcher(def).matches();
    }
}
