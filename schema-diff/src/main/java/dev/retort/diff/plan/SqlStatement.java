package dev.retort.diff.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * SqlStatement is one statement a renderer produced for a change (without the trailing semicolon), with the
 * hazards it has and whether it can run inside a transaction block. Both are decided by the renderer from the
 * typed change when it writes the SQL; nobody reads the SQL text back to find them.
 *
 * <pre>{@code
 * SqlStatement.of("ALTER TABLE public.users DROP COLUMN email")
 *         .with(Hazard.DELETES_DATA, "drops column public.users.email and its values")
 *         .with(Hazard.ACCESS_EXCLUSIVE_LOCK, "on public.users, briefly");
 * }</pre>
 *
 * @param sql           the statement
 * @param notes         its hazards, each with a message, sorted by hazard
 * @param transactional false when it must run outside a transaction block (or commit before its result is used)
 */
public record SqlStatement(String sql, List<HazardNote> notes, boolean transactional) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        notes = notes.stream().distinct().sorted().toList();
        if (!transactional && notes.stream().noneMatch(n -> n.hazard() == Hazard.NOT_TRANSACTIONAL)) {
            throw new IllegalArgumentException("a statement that cannot run in a transaction says why with a "
                    + Hazard.NOT_TRANSACTIONAL + " note: " + sql);
        }
    }

    /** A statement without hazards that may run in a transaction. */
    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, List.of(), true);
    }

    /** This statement with one more hazard. */
    public SqlStatement with(Hazard hazard, String message) {
        List<HazardNote> more = new ArrayList<>(notes);
        more.add(new HazardNote(hazard, message));
        return new SqlStatement(sql, more, transactional);
    }

    /** This statement with {@code hazard} when {@code condition} holds. */
    public SqlStatement with(boolean condition, Hazard hazard, String message) {
        return condition ? with(hazard, message) : this;
    }

    /** This statement marked to run outside a transaction block, saying why. */
    public SqlStatement outsideTransaction(String why) {
        List<HazardNote> more = new ArrayList<>(notes);
        more.add(new HazardNote(Hazard.NOT_TRANSACTIONAL, why));
        return new SqlStatement(sql, more, false);
    }

    /** The hazards, in declaration order. */
    public Set<Hazard> hazards() {
        Set<Hazard> all = EnumSet.noneOf(Hazard.class);
        notes.forEach(n -> all.add(n.hazard()));
        return all;
    }
}
