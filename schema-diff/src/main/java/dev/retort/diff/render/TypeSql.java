package dev.retort.diff.render;

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
