package dev.retort.vibes.entity;

import java.util.List;

/**
 * VibesEntities lists every Hibernate entity of the Vibes schema, one per table, for bootstrapping a
 * SessionFactory without classpath scanning.
 *
 * <pre>{@code
 * Configuration cfg = new Configuration();
 * VibesEntities.all().forEach(cfg::addAnnotatedClass);
 * }</pre>
 */
public final class VibesEntities {

    private static final List<Class<?>> ALL = List.of(
            User.class, JournalEntry.class, Tag.class, JournalEntryTag.class, Reminder.class,
            SecretTag.class, WrappedKey.class, VaultBlob.class, OpaqueSession.class,
            SecurityAuditLog.class, SecurityMetric.class, SecurityAlert.class,
            SystemHealth.class, ServiceHealth.class,
            Alert.class, AlertRule.class, AlertChannel.class, AlertEscalation.class,
            MonitoringConfiguration.class, MonitoringMetric.class, MonitoringDashboard.class);

    private VibesEntities() {
    }

    /** The 21 entity classes, one per table. */
    public static List<Class<?>> all() {
        return ALL;
    }
}
