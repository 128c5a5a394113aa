package dev.retort.schema.model;

/**
 * TriggerEnabled is when a trigger fires, as {@code pg_trigger.tgenabled} holds it and
 * {@code ALTER TABLE ... ENABLE/DISABLE TRIGGER} sets it.
 *
 * <pre>{@code
 * TriggerEnabled.of("D");          // DISABLED
 * TriggerEnabled.REPLICA.sql();    // "ENABLE REPLICA"
 * }</pre>
 */
public enum TriggerEnabled {
    /** Fires in the default {@code session_replication_role} (origin, local): a trigger as created. */
    ORIGIN("O", "ENABLE"),
    DISABLED("D", "DISABLE"),
    /** Fires only when {@code session_replication_role} is {@code replica}. */
    REPLICA("R", "ENABLE REPLICA"),
    /** Fires whatever the {@code session_replication_role}. */
    ALWAYS("A", "ENABLE ALWAYS");

    private final String code;
    private final String sql;

    TriggerEnabled(String code, String sql) {
        this.code = code;
        this.sql = sql;
    }

    /** The state of a {@code tgenabled} code ({@code O}, {@code D}, {@code R}, {@code A}). */
    public static TriggerEnabled of(String code) {
        for (TriggerEnabled state : values()) {
            if (state.code.equals(code)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown trigger state " + code + " (expected O, D, R or A)");
    }

    /** The {@code ALTER TABLE} action that sets it, without {@code TRIGGER name}. */
    public String sql() {
        return sql;
    }
}
