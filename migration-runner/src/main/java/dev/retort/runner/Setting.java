package dev.retort.runner;

/**
 * Setting is one configurable value of a Retort project: its key in {@code retort.properties}, the environment
 * variable that overrides the file, and its default. A command-line flag overrides both.
 *
 * <pre>{@code
 * Setting.LOCK_TIMEOUT.key();   // retort.lock-timeout
 * Setting.LOCK_TIMEOUT.env();   // RETORT_LOCK_TIMEOUT
 * }</pre>
 */
public enum Setting {
    /** Fully qualified class implementing {@code dev.retort.schema.SchemaDefinition}. */
    DEFINITION("retort.definition", null),
    /** Extra class path entries (relative to the project root, comma-separated) where the definition class lives. */
    CLASSPATH("retort.classpath", ""),
    /** Migration folders, comma-separated, relative to the project root; new scripts go into the first. */
    MIGRATIONS("retort.migrations", "db/migration"),
    /** Schemas the definition manages, comma-separated. */
    SCHEMAS("retort.schemas", "public"),
    /** Naming convention of the definition's unnamed constraints and indexes. */
    NAMING("retort.naming", "default"),
    /** Schema of the migration history table. */
    HISTORY_SCHEMA("retort.history-schema", "public"),
    /** Name of the migration history table (Flyway's). */
    HISTORY_TABLE("retort.history-table", "flyway_schema_history"),
    /** How long a migration statement may wait for a table lock before failing (PostgreSQL interval). */
    LOCK_TIMEOUT("retort.lock-timeout", "10s"),
    /** How long a single migration statement may run (PostgreSQL interval; 0 = no limit). */
    STATEMENT_TIMEOUT("retort.statement-timeout", "30min"),
    /** How long to wait for another retort run holding the migration lock, in seconds. */
    LOCK_WAIT("retort.lock-wait", "600"),
    /** Folder of the embedded development PostgreSQL, relative to the project root. */
    EMBEDDED_DIR("retort.embedded-dir", ".retort"),
    /** {@code embedded}: with no URL, use the embedded PostgreSQL in {@code retort.embedded-dir} (else a URL is required). */
    DATABASE("retort.database", null);

    private final String key;
    private final String defaultValue;

    Setting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    /** {@code RETORT_} and the key's last part in upper case: {@code retort.lock-timeout} → RETORT_LOCK_TIMEOUT. */
    public String env() {
        return "RETORT_" + key.substring("retort.".length()).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    public String defaultValue() {
        return defaultValue;
    }
}
