package dev.retort.diff.kind.sequence;

import dev.retort.diff.change.AlterSequence;
import dev.retort.diff.change.CreateSequence;
import dev.retort.diff.change.DropSequence;
import dev.retort.diff.change.RenameIdentitySequence;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.Locks;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** SequenceSql writes the statements that create and alter a sequence. */
public final class SequenceSql {

    private SequenceSql() {
    }

    /** CREATE SEQUENCE with its options, owner and comment. */
    public static List<SqlStatement> create(CreateSequence change) {
        return createSequence(change.sequence()).stream().map(SqlStatement::of).toList();
    }

    /** DROP SEQUENCE: its position is lost. */
    public static List<SqlStatement> drop(DropSequence change) {
        return List.of(SqlStatement.of("DROP SEQUENCE " + SqlNames.name(change.sequence().name()))
                .with(Hazard.DELETES_DATA, "the position of sequence " + change.sequence().name() + " is lost"));
    }

    /** ALTER SEQUENCE of the options that differ, its owner and comment. */
    public static List<SqlStatement> alter(AlterSequence change) {
        return alterSequence(change.from(), change.to()).stream().map(SqlStatement::of).toList();
    }

    /** ALTER SEQUENCE ... RENAME TO of an identity's sequence. */
    public static List<SqlStatement> rename(RenameIdentitySequence change) {
        QualifiedName sequence = QualifiedName.of(change.toTable().schema(), change.from());
        SqlStatement rename = SqlStatement.of("ALTER SEQUENCE " + SqlNames.name(sequence) + " RENAME TO "
                + SqlNames.name(change.to()));
        // the sequence is locked ACCESS EXCLUSIVE: inserts that draw from it wait for the catalog change
        return List.of(Locks.accessExclusive(rename, sequence, Locks.BRIEF));
    }

    public static List<String> createSequence(Sequence sequence) {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE SEQUENCE " + SqlNames.name(sequence.name()) + " AS " + sequence.dataType().sql()
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

    public static List<String> alterSequence(Sequence from, Sequence to) {
        List<String> sql = new ArrayList<>();
        StringBuilder options = new StringBuilder();
        if (!from.dataType().equals(to.dataType())) {
            options.append(" AS ").append(to.dataType().sql());
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
