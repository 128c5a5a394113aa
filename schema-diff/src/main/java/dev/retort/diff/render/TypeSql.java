package dev.retort.diff.render;

import dev.retort.diff.change.AlterEnum;
import dev.retort.diff.change.EnumColumn;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Sequence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** TypeSql renders enum types and sequences. */
final class TypeSql {

    /** Suffix of the name an enum is renamed to while it is recreated. */
    static final String OLD_SUFFIX = "__retort_old";

    private TypeSql() {
    }

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

    static List<String> alterEnum(AlterEnum change) {
        List<String> sql = new ArrayList<>();
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
            sql.add(commentOnType(change.to().name(), change.to().comment()));
        }
        return sql;
    }

    /** Each new label placed after its predecessor in the target order (or before the first old label). */
    private static List<String> addValues(EnumType from, EnumType to) {
        List<String> sql = new ArrayList<>();
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
            sql.add("ALTER TYPE " + SqlNames.name(to.name()) + " ADD VALUE " + SqlNames.literal(label) + position);
        }
        return sql;
    }

    private static List<String> recreate(AlterEnum change) {
        QualifiedName name = change.to().name();
        String oldName = oldName(name.name());
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TYPE " + SqlNames.name(name) + " RENAME TO " + SqlNames.name(oldName));
        sql.add("CREATE TYPE " + SqlNames.name(name) + " AS ENUM ("
                + change.to().values().stream().map(SqlNames::literal).collect(Collectors.joining(", ")) + ")");
        String newType = SqlNames.name(name);
        for (EnumColumn column : change.convert()) {
            String alter = ColumnSql.alterColumn(column.table(), column.column());
            String quoted = SqlNames.name(column.column());
            String target = column.array() ? newType + "[]" : newType;
            sql.add(alter + " DROP DEFAULT");
            sql.add(alter + " TYPE " + target + " USING " + quoted + "::" + (column.array() ? "text[]" : "text") + "::" + target);
            if (column.restoreDefault() != null) {
                sql.add(alter + " SET DEFAULT " + column.restoreDefault());
            }
        }
        sql.add("DROP TYPE " + SqlNames.name(QualifiedName.of(name.schema(), oldName)));
        return sql;
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

    static List<String> createSequence(Sequence sequence) {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE SEQUENCE " + SqlNames.name(sequence.name()) + " AS " + sequence.dataType()
                + " INCREMENT BY " + sequence.increment() + " MINVALUE " + sequence.minValue()
                + " MAXVALUE " + sequence.maxValue() + " START WITH " + sequence.start()
                + " CACHE " + sequence.cache() + (sequence.cycle() ? " CYCLE" : " NO CYCLE"));
        if (sequence.ownedBy() != null) {
            sql.add(ownedBy(sequence));
        }
        if (sequence.comment() != null) {
            sql.add(commentOnSequence(sequence));
        }
        return sql;
    }

    static List<String> alterSequence(Sequence from, Sequence to) {
        List<String> sql = new ArrayList<>();
        StringBuilder options = new StringBuilder();
        if (!from.dataType().equals(to.dataType())) {
            options.append(" AS ").append(to.dataType());
        }
        if (from.increment() != to.increment()) {
            options.append(" INCREMENT BY ").append(to.increment());
        }
        if (from.minValue() != to.minValue()) {
            options.append(" MINVALUE ").append(to.minValue());
        }
        if (from.maxValue() != to.maxValue()) {
            options.append(" MAXVALUE ").append(to.maxValue());
        }
        if (from.start() != to.start()) {
            options.append(" START WITH ").append(to.start());
        }
        if (from.cache() != to.cache()) {
            options.append(" CACHE ").append(to.cache());
        }
        if (from.cycle() != to.cycle()) {
            options.append(to.cycle() ? " CYCLE" : " NO CYCLE");
        }
        // A sequence that changes direction has a current value outside its new bounds, which PostgreSQL refuses
        // unless the sequence restarts; its old position means nothing in the new direction anyway.
        if (Long.signum(from.increment()) != Long.signum(to.increment())) {
            options.append(" RESTART");
        }
        if (options.length() > 0) {
            sql.add("ALTER SEQUENCE " + SqlNames.name(to.name()) + options);
        }
        if (!Objects.equals(from.ownedBy(), to.ownedBy())) {
            sql.add(ownedBy(to));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            sql.add(commentOnSequence(to));
        }
        return sql;
    }

    /** {@code OWNED BY schema.table.column}; ownedBy is {@code table.column} in the sequence's schema. */
    private static String ownedBy(Sequence sequence) {
        String owner = sequence.ownedBy();
        if (owner == null) {
            return "ALTER SEQUENCE " + SqlNames.name(sequence.name()) + " OWNED BY NONE";
        }
        int dot = owner.lastIndexOf('.');
        if (dot <= 0 || dot == owner.length() - 1) {
            throw new IllegalArgumentException("sequence " + sequence.name() + ": ownedBy \"" + owner
                    + "\" must be table.column (a column of a table in the sequence's schema)");
        }
        QualifiedName table = QualifiedName.of(sequence.name().schema(), owner.substring(0, dot));
        return "ALTER SEQUENCE " + SqlNames.name(sequence.name()) + " OWNED BY " + SqlNames.name(table) + "."
                + SqlNames.name(owner.substring(dot + 1));
    }

    private static String commentOnSequence(Sequence sequence) {
        return "COMMENT ON SEQUENCE " + SqlNames.name(sequence.name()) + " IS " + SqlNames.literal(sequence.comment());
    }
}
