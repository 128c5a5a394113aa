package dev.retort.testkit;

import java.util.List;

/**
 * ChainReport says what a chain round trip proved: for every migration, in order, that its downgrade restored
 * the schema before it and that upgrading again gave the same schema as the first time.
 *
 * <pre>{@code
 * ChainReport report = RetortTestKit.roundTrip("classpath:db/migration");
 * report.migrations();   // [V1__create_users.sql, V2__add_email.sql]
 * }</pre>
 *
 * @param migrations the upgrade scripts checked, in the order they were applied
 * @param database   the (redacted) URL of the scratch database the check ran on
 */
public record ChainReport(List<String> migrations, String database) {

    public ChainReport {
        migrations = List.copyOf(migrations);
    }
}
