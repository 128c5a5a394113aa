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
    DEFINITION("retort.definition", null, Kind.CLASS_NAME),
    /** Extra class path entries (relative to the project root, comma-separated) where the definition class lives. */
    CLASSPATH("retort.classpath", "", Kind.TEXT),
    /** Migration folders, comma-separated, relative to the project root; new scripts go into the first. */
    MIGRATIONS("retort.migrations", "db/migration", Kind.LIST),
    /** Schemas the definition manages, comma-separated. */
    SCHEMAS("retort.schemas", "public", Kind.IDENTIFIER_LIST),
    /** Schema of the migration history table. */
    HISTORY_SCHEMA("retort.history-schema", "public", Kind.IDENTIFIER),
    /** Name of the migration history table (Flyway's). */
    HISTORY_TABLE("retort.history-table", "flyway_schema_history", Kind.IDENTIFIER),
    /** How long a migration statement may wait for a table lock before failing (interval; a bare number is ms). */
    LOCK_TIMEOUT("retort.lock-timeout", "10s", Kind.INTERVAL_MILLIS),
    /**
     * How often a migration that waited longer than the lock timeout runs again (0 = never): a transactional one
     * as a whole, a non-transactional one when it is a single statement.
     */
    LOCK_RETRIES("retort.lock-retries", "3", Kind.COUNT),
    /** The pause before the first retry after a lock timeout; it doubles for each next one, with jitter. */
    LOCK_RETRY_BACKOFF("retort.lock-retry-backoff", "1s", Kind.INTERVAL_MILLIS),
    /** How long a single migration statement may run (interval; a bare number is ms; 0 = no limit). */
    STATEMENT_TIMEOUT("retort.statement-timeout", "30min", Kind.INTERVAL_MILLIS),
    /** How long to wait for another retort run holding the migration lock (interval; a bare number is seconds). */
    LOCK_WAIT("retort.lock-wait", "10min", Kind.INTERVAL_SECONDS),
    /** Folder of the embedded development PostgreSQL, relative to the project root. */
    EMBEDDED_DIR("retort.embedded-dir", ".retort", Kind.TEXT),
    /** {@code embedded}: with no URL, use the embedded PostgreSQL in {@code retort.embedded-dir} (else a URL is required). */
    DATABASE("retort.database", null, Kind.TEXT);

    /** The type of a setting's value, checked once when the configuration is read. */
    public enum Kind {
        /** Any text. */
        TEXT,
        /** Comma-separated, at least one entry. */
        LIST,
        /** A PostgreSQL name (at most 63 bytes). */
        IDENTIFIER,
        /** Comma-separated PostgreSQL names, at least one. */
        IDENTIFIER_LIST,
        /** A Java class name. */
        CLASS_NAME,
        /** A whole number from 0 to 100. */
        COUNT,
        /** An interval; a bare number is milliseconds (PostgreSQL's unit for timeouts). */
        INTERVAL_MILLIS,
        /** An interval; a bare number is seconds. */
        INTERVAL_SECONDS
    }

    private final String key;
    private final String defaultValue;
    private final Kind kind;

    Setting(String key, String defaultValue, Kind kind) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
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
