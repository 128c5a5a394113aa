package dev.retort.diff.kind.enumtype;

import dev.retort.diff.change.AlterEnum;
import dev.retort.diff.change.CreateEnum;
import dev.retort.diff.change.DropEnum;
import dev.retort.diff.change.EnumColumn;
import dev.retort.diff.kind.table.ColumnSql;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * EnumSql renders an enum's label changes: labels inserted in place ({@code ADD VALUE}, which cannot share a
 * transaction with statements that use the new label), or the type recreated and every column converted.
 */
public final class EnumSql {

    private EnumSql() {
    }

    /** CREATE TYPE ... AS ENUM and its comment. */
    public static List<SqlStatement> create(CreateEnum change) {
        return createEnum(change.type()).stream().map(SqlStatement::of).toList();
    }

    /** DROP TYPE of an enum no column uses any more. */
    public static List<SqlStatement> drop(DropEnum change) {
        return List.of(SqlStatement.of("DROP TYPE " + SqlNames.name(change.type().name())));
    }

    /** ALTER TYPE ... ADD VALUE where PostgreSQL allows it, else the enum is recreated and its columns converted. */
    public static List<SqlStatement> alter(AlterEnum change) {
        List<SqlStatement> sql = new ArrayList<>();
        boolean recreated = false;
        if (change.changesValues()) {
            if (change.onlyAddsValues()) {
                sql.addAll(addValues(change.from(), change.to()));
            } else {
                sql.addAll(recreate(change));
                recreated = true;
            }
        }
        // a recreated type starts without a comment: the old one left with the renamed type that was dropped
        if (recreated ? change.to().comment() != null : !Objects.equals(change.from().comment(), change.to().comment())) {
            sql.add(SqlStatement.of(commentOnType(change.to().name(), change.to().comment())));
        }
        return sql;
    }

    /** Each new label placed after its predecessor in the target order (or before the first old label). */
    private static List<SqlStatement> addValues(EnumType from, EnumType to) {
        List<SqlStatement> sql = new ArrayList<>();
        List<String> target = to.values();
        for (int i = 0; i < target.size(); i++) {
            String label = target.get(i);
            if (from.values().contains(label)) {
                continue;
            }
            String position;
            if (i > 0) {
                position = " AFTER " + SqlNames.literal(target.get(i - 1));
            } else if (!from.values().isEmpty()) {
                position = " BEFORE " + SqlNames.literal(from.values().get(0));
            } else {
                position = "";
            }
            // PostgreSQL refuses it in a transaction block before 12, and on every version the new label cannot be
            // used in the transaction that adds it; IF NOT EXISTS: a migration interrupted after it runs again
            sql.add(SqlStatement.of("ALTER TYPE " + SqlNames.name(to.name()) + " ADD VALUE IF NOT EXISTS "
                    + SqlNames.literal(label) + position)
                    .outsideTransaction("label " + SqlNames.literal(label) + " of " + to.name()
                            + " can be used only after the transaction that adds it commits"));
        }
        return sql;
    }

    private static List<SqlStatement> recreate(AlterEnum change) {
        QualifiedName name = change.to().name();
        String oldName = oldName(name.name());
        List<String> removed = change.removedValues();
        String lost = "labels " + removed + " of " + name + " are removed; rows holding them make the conversion fail";
        List<SqlStatement> sql = new ArrayList<>();
        sql.add(SqlStatement.of("ALTER TYPE " + SqlNames.name(name) + " RENAME TO " + SqlNames.name(oldName)));
        sql.add(SqlStatement.of("CREATE TYPE " + SqlNames.name(name) + " AS ENUM ("
                + change.to().values().stream().map(SqlNames::literal).collect(Collectors.joining(", ")) + ")"));
        String newType = SqlNames.name(name);
        for (EnumColumn column : change.convert()) {
            String alter = ColumnSql.alterColumn(column.table(), column.column());
            String quoted = SqlNames.name(column.column());
            String target = column.array() ? newType + "[]" : newType;
            sql.add(Locks.accessExclusive(SqlStatement.of(alter + " DROP DEFAULT"), column.table(), Locks.BRIEF));
            SqlStatement retype = SqlStatement.of(alter + " TYPE " + target + " USING " + quoted + "::"
                            + (column.array() ? "text[]" : "text") + "::" + target)
                    .with(Hazard.TABLE_REWRITE, column.table() + " and its indexes are rewritten to convert "
                            + column.column() + " to the recreated " + name)
                    .with(Hazard.FULL_TABLE_SCAN, "every value of " + column.table() + "." + column.column() + " is converted");
            sql.add(Locks.accessExclusive(retype, column.table(), "for the rewrite"));
            if (column.restoreDefault() != null) {
                sql.add(Locks.accessExclusive(SqlStatement.of(alter + " SET DEFAULT " + column.restoreDefault()),
                        column.table(), Locks.BRIEF));
            }
        }
        sql.add(SqlStatement.of("DROP TYPE " + SqlNames.name(QualifiedName.of(name.schema(), oldName))));
        if (removed.isEmpty()) {
            return sql;
        }
        return sql.stream().map(s -> s.with(Hazard.IRREVERSIBLE, lost)).toList();
    }

    /** Suffix of the name an enum is renamed to while it is recreated. */
    static final String OLD_SUFFIX = "__retort_old";

    static List<String> createEnum(EnumType type) {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TYPE " + SqlNames.name(type.name()) + " AS ENUM ("
                + type.values().stream().map(SqlNames::literal).collect(Collectors.joining(", ")) + ")");
        if (type.comment() != null) {
            sql.add(commentOnType(type.name(), type.comment()));
        }
        return sql;
    }

    static String commentOnType(QualifiedName name, String comment) {
        return "COMMENT ON TYPE " + SqlNames.name(name) + " IS " + SqlNames.literal(comment);
    }

    /** The temporary name of an enum being recreated, cut so that it stays within 63 bytes. */
    static String oldName(String name) {
        int budget = Identifiers.MAX_BYTES - OLD_SUFFIX.length();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            if (kept.toString().getBytes(StandardCharsets.UTF_8).length + next.getBytes(StandardCharsets.UTF_8).length > budget) {
                break;
            }
            kept.append(next);
            i += Character.charCount(codePoint);
        }
        return kept + OLD_SUFFIX;
    }
}
