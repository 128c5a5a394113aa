package dev.retort.diff.render;

import dev.retort.diff.change.AlterColumnDefault;
import dev.retort.diff.change.AlterColumnGenerated;
import dev.retort.diff.change.AlterColumnIdentity;
import dev.retort.diff.change.AlterColumnNullability;
import dev.retort.diff.change.AlterColumnType;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.plan.TypeConversions;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ColumnChangeSql renders the column changes (add, drop, alterations) with each statement's hazards: the lock it
 * takes on the table, and whether it rewrites or scans it or loses values.
 */
final class ColumnChangeSql {

    // defaults PostgreSQL evaluates once when a column is added (no rewrite): constants and stable now()-likes
    private static final Pattern STABLE_DEFAULT = Pattern.compile(
            "(?i)^\\s*(now\\(\\)|current_timestamp|current_date|localtimestamp|transaction_timestamp\\(\\)|[^()]*)\\s*$");

    private ColumnChangeSql() {
    }

    static List<SqlStatement> add(QualifiedName table, Column column) {
        List<SqlStatement> sql = new ArrayList<>();
        boolean rewrites = rewritesOnAdd(column);
        SqlStatement add = SqlStatement.of("ALTER TABLE " + SqlNames.name(table) + " ADD COLUMN " + ColumnSql.definition(column))
                .with(rewrites, Hazard.TABLE_REWRITE, table + " is rewritten to store the computed values of "
                        + column.name());
        sql.add(Locks.accessExclusive(add, table, rewrites ? "for the rewrite" : Locks.BRIEF));
        if (column.comment() != null) {
            sql.add(comment(table, column));
        }
        return sql;
    }

    static SqlStatement drop(QualifiedName table, Column column) {
        SqlStatement drop = SqlStatement.of("ALTER TABLE " + SqlNames.name(table) + " DROP COLUMN " + SqlNames.name(column.name()))
                .with(Hazard.DELETES_DATA, "the values of " + table + "." + column.name() + " are lost");
        return Locks.accessExclusive(drop, table, Locks.BRIEF);
    }

    static SqlStatement comment(QualifiedName table, Column column) {
        return Locks.shareUpdateExclusive(SqlStatement.of(ColumnSql.commentOnColumn(table, column.name(), column.comment())), table);
    }

    static List<SqlStatement> type(AlterColumnType change) {
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
        SqlStatement retype = SqlStatement.of(alter + " TYPE " + to.type().sql()
                        + (from.generatedExpression() != null ? "" : " USING " + ColumnSql.using(to.name(), from.type(), to.type())))
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

    static List<SqlStatement> nullability(AlterColumnNullability change) {
        QualifiedName table = change.toTable();
        String alter = ColumnSql.alterColumn(table, change.to().name());
        if (change.to().nullable()) {
            return List.of(Locks.accessExclusive(SqlStatement.of(alter + " DROP NOT NULL"), table, Locks.BRIEF));
        }
        SqlStatement set = Locks.scan(SqlStatement.of(alter + " SET NOT NULL"), table,
                "to prove " + change.to().name() + " holds no NULL");
        return List.of(Locks.accessExclusive(set, table, "while every row is checked"));
    }

    static List<SqlStatement> defaultValue(AlterColumnDefault change) {
        String target = change.to().defaultExpression();
        String sql = ColumnSql.alterColumn(change.toTable(), change.to().name())
                + (target == null ? " DROP DEFAULT" : " SET DEFAULT " + target);
        // a default only applies to rows inserted later: no rewrite, no scan
        return List.of(Locks.accessExclusive(SqlStatement.of(sql), change.toTable(), Locks.BRIEF));
    }

    static List<SqlStatement> identity(AlterColumnIdentity change) {
        QualifiedName table = change.toTable();
        String alter = ColumnSql.alterColumn(table, change.to().name());
        if (change.to().identity() == null) {
            return List.of(Locks.accessExclusive(SqlStatement.of(alter + " DROP IDENTITY"), table, Locks.BRIEF));
        }
        if (change.from().identity() == null) {
            // the new identity sequence starts at 1; move it past the values the column already holds
            String column = SqlNames.name(change.to().name());
            String quotedTable = SqlNames.name(table);
            SqlStatement add = SqlStatement.of(alter + " ADD GENERATED " + change.to().identity().sql() + " AS IDENTITY");
            SqlStatement position = Locks.scan(SqlStatement.of("SELECT setval(pg_get_serial_sequence(" + SqlNames.literal(quotedTable)
                    + ", " + SqlNames.literal(change.to().name()) + "), COALESCE(MAX(" + column + "), 0) + 1, false) FROM "
                    + quotedTable), table, "(or its index) to find the largest " + change.to().name());
            return List.of(Locks.accessExclusive(add, table, Locks.BRIEF), position);
        }
        return List.of(Locks.accessExclusive(SqlStatement.of(alter + " SET GENERATED " + change.to().identity().sql()),
                table, Locks.BRIEF));
    }

    static List<SqlStatement> generated(AlterColumnGenerated change) {
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
