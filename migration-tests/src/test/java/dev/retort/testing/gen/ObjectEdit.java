package dev.retort.testing.gen;

import java.util.List;

/**
 * ObjectEdit is one random change of the objects beside the tables, as picks that {@link ObjectSpecs} interprets
 * against the schema's tables and the specs so far: {@code kind} selects the object kind, {@code slot} which of a
 * few names (an object of that name is then dropped or replaced), the other picks its parts.
 *
 * @param kind     0 view, 1 view over a view, 2 materialized view, 3 trigger, 4 domain, 5 composite type,
 *                 6 range type, 7 policy, 8 row-level security, 9 grant, 10 revoked default, 11 partitioned table,
 *                 12 exclusion constraint
 * @param slot     which name of the kind
 * @param target   which table (or view, or grant target)
 * @param picks    columns, privileges and options
 * @param flag     drop (true) or replace (false) when the name exists
 * @param comment  a comment, or null
 */
public record ObjectEdit(int kind, int slot, int target, List<Integer> picks, boolean flag, String comment) {

    static final int KINDS = 13;

    public ObjectEdit {
        picks = List.copyOf(picks);
    }

    /** The i-th pick, or 0 when there are fewer. */
    int pick(int i) {
        return i < picks.size() ? picks.get(i) : 0;
    }
}
