package dev.retort.runner;

import java.time.OffsetDateTime;

/**
 * HistoryRow is one row of Flyway's history table ({@code flyway_schema_history}).
 *
 * @param rank          installed_rank, the order rows were written in
 * @param version       version, or null for rows that are not versioned migrations
 * @param description   description
 * @param type          SQL, JDBC, BASELINE, SCHEMA …
 * @param script        script file name
 * @param checksum      checksum Flyway computed, or null
 * @param installedBy   database user
 * @param installedOn   when it was applied
 * @param executionTime milliseconds
 * @param success       false for a migration that failed outside a transaction
 * @param downgradeChecksum checksum of the {@code U} file when the {@code V} was applied or stamped by Retort
 *                      (Retort's own column, {@value HistoryTable#DOWNGRADE_CHECKSUM}), or null when not recorded
 */
public record HistoryRow(int rank, String version, String description, String type, String script, Integer checksum,
                         String installedBy, OffsetDateTime installedOn, int executionTime, boolean success,
                         Integer downgradeChecksum) {

    /** Whether this row marks a successfully applied versioned migration (or a baseline). */
    public boolean isAppliedVersion() {
        return version != null && success && !type.equals("SCHEMA") && !type.equals("DELETE");
    }
}
