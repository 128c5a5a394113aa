package dev.retort.vibes;

import dev.retort.schema.dsl.SchemaBuilder;
import dev.retort.schema.dsl.TableRef;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.Types.bigint;
import static dev.retort.schema.dsl.Types.bool;
import static dev.retort.schema.dsl.Types.doublePrecision;
import static dev.retort.schema.dsl.Types.integer;
import static dev.retort.schema.dsl.Types.jsonb;
import static dev.retort.schema.dsl.Types.numeric;
import static dev.retort.schema.dsl.Types.text;
import static dev.retort.schema.dsl.Types.uuid;
import static dev.retort.schema.dsl.Types.varchar;
import static dev.retort.schema.model.ReferentialAction.CASCADE;
import static dev.retort.schema.model.ReferentialAction.SET_NULL;

/**
 * MonitoringTables declares the monitoring side: system_health, service_health, alert_rules, alert_channels,
 * alerts, alert_escalations, monitoring_configuration, monitoring_metrics, monitoring_dashboards.
 */
final class MonitoringTables {

    private MonitoringTables() {
    }

    static void declare(SchemaBuilder s, VibesEnums enums, TableRef users) {
        health(s, enums);
        alerting(s, enums, users);
        s.table("monitoring_configuration", t -> {
            Columns.id(t);
            t.column("environment", varchar(20)).notNull().defaultValue("production");
            t.column("config_key", varchar(100)).notNull();
            t.column("config_value", jsonb()).notNull();
            t.column("description", text());
            t.column("is_active", bool()).notNull().defaultValue(true);
            t.column("version", integer()).notNull().defaultValue(1);
            t.column("updated_by", uuid()).references(users.column("id")).onDelete(SET_NULL);
            Columns.audited(t);
            t.unique("environment", "config_key");
            t.check("environment IN ('development', 'staging', 'production')")
                    .named("ck_monitoring_configuration_environment");
            t.check("version > 0").named("ck_monitoring_configuration_version");
            t.index("updated_by").where("updated_by IS NOT NULL").named("ix_monitoring_configuration_updated_by");
            t.index("config_key").where("is_active").named("ix_monitoring_configuration_active");
        });
        s.table("monitoring_metrics", t -> {
            // An append-only time series: a compact identity key instead of a uuid.
            t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
            t.column("metric_name", varchar(100)).notNull();
            t.column("metric_type", varchar(20)).notNull();
            t.column("metric_value", doublePrecision()).notNull();
            t.column("unit", varchar(20));
            t.column("source", varchar(100)).notNull();
            Columns.jsonObject(t, "labels");
            Columns.now(t, "recorded_at");
            t.check("metric_type IN ('counter', 'gauge', 'histogram', 'summary')")
                    .named("ck_monitoring_metrics_metric_type");
            t.index(col("metric_name"), col("recorded_at").desc())
                    .named("ix_monitoring_metrics_metric_name_recorded_at");
            t.index("recorded_at").using("brin").named("ix_monitoring_metrics_recorded_at");
            t.index("labels").using("gin").named("ix_monitoring_metrics_labels");
            t.index(col("source"), col("recorded_at").desc()).named("ix_monitoring_metrics_source_recorded_at");
            t.index("metric_type").named("ix_monitoring_metrics_metric_type");
        });
        s.table("monitoring_dashboards", t -> {
            Columns.id(t);
            t.column("owner_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
            t.column("name", varchar(100)).notNull();
            t.column("slug", varchar(100)).notNull().unique();
            t.column("description", text());
            Columns.jsonObject(t, "layout");
            t.column("refresh_interval_seconds", integer()).notNull().defaultValue(60);
            t.column("is_public", bool()).notNull().defaultValue(false);
            Columns.auditedSoftDeleted(t);
            t.unique("owner_id", "name");
            t.check("slug ~ '^[a-z0-9-]+$'").named("ck_monitoring_dashboards_slug_format");
            t.check("refresh_interval_seconds >= 5").named("ck_monitoring_dashboards_refresh_interval_seconds");
            t.index("name").where("is_public AND deleted_at IS NULL").named("ix_monitoring_dashboards_public");
            t.index(col("owner_id"), col("updated_at").desc()).named("ix_monitoring_dashboards_owner_id_updated_at");
        });
    }

    private static void health(SchemaBuilder s, VibesEnums enums) {
        s.table("system_health", t -> {
            Columns.id(t);
            t.column("host_name", varchar(255)).notNull();
            t.column("component", varchar(100)).notNull().defaultValue("api");
            t.column("status", enums.healthStatus()).notNull();
            t.column("cpu_percent", numeric(5, 2));
            t.column("memory_percent", numeric(5, 2));
            t.column("disk_percent", numeric(5, 2));
            t.column("load_average", doublePrecision());
            t.column("uptime_seconds", bigint());
            Columns.jsonObject(t, "details");
            Columns.now(t, "checked_at");
            t.check("cpu_percent BETWEEN 0 AND 100").named("ck_system_health_cpu_percent");
            t.check("memory_percent BETWEEN 0 AND 100").named("ck_system_health_memory_percent");
            t.check("disk_percent BETWEEN 0 AND 100").named("ck_system_health_disk_percent");
            t.index(col("host_name"), col("checked_at").desc()).named("ix_system_health_host_name_checked_at");
            t.index(col("checked_at").desc()).where("status <> 'healthy'").named("ix_system_health_unhealthy");
            t.index("checked_at").using("brin").named("ix_system_health_checked_at");
            t.index(col("status"), col("checked_at").desc()).named("ix_system_health_status_checked_at");
        });
        s.table("service_health", t -> {
            Columns.id(t);
            t.column("service_name", varchar(100)).notNull();
            t.column("endpoint", text()).notNull();
            t.column("status", enums.healthStatus()).notNull();
            t.column("response_time_ms", integer());
            t.column("http_status", integer());
            t.column("error_message", text());
            Columns.jsonObject(t, "details");
            Columns.now(t, "checked_at");
            t.check("response_time_ms >= 0").named("ck_service_health_response_time_ms");
            t.check("http_status BETWEEN 100 AND 599").named("ck_service_health_http_status");
            t.index(col("service_name"), col("checked_at").desc()).named("ix_service_health_service_name_checked_at");
            t.index(col("service_name"), col("checked_at").desc()).where("status <> 'healthy'")
                    .named("ix_service_health_unhealthy");
            t.index("checked_at").named("ix_service_health_checked_at");
            t.index(col("status"), col("checked_at").desc()).named("ix_service_health_status_checked_at");
        });
    }

    private static void alerting(SchemaBuilder s, VibesEnums enums, TableRef users) {
        TableRef rules = s.table("alert_rules", t -> {
            Columns.id(t);
            t.column("name", varchar(100)).notNull().unique();
            t.column("description", text());
            t.column("metric_name", varchar(100)).notNull();
            t.column("comparison", varchar(2)).notNull();
            t.column("threshold", doublePrecision()).notNull();
            t.column("duration_seconds", integer()).notNull().defaultValue(60);
            t.column("severity", enums.alertSeverity()).notNull().defaultValue("warning");
            t.column("is_enabled", bool()).notNull().defaultValue(true);
            Columns.jsonObject(t, "labels");
            t.column("created_by", uuid()).references(users.column("id")).onDelete(SET_NULL);
            Columns.auditedSoftDeleted(t);
            t.check("comparison IN ('>', '>=', '<', '<=', '=', '!=')").named("ck_alert_rules_comparison");
            t.check("duration_seconds >= 0").named("ck_alert_rules_duration_seconds");
            t.index("created_by").where("created_by IS NOT NULL").named("ix_alert_rules_created_by");
            t.index("metric_name").where("is_enabled AND deleted_at IS NULL").named("ix_alert_rules_enabled");
            t.index("labels").using("gin").named("ix_alert_rules_labels");
            t.index("severity").named("ix_alert_rules_severity");
        });
        TableRef channels = s.table("alert_channels", t -> {
            Columns.id(t);
            t.column("name", varchar(100)).notNull().unique();
            t.column("channel_type", varchar(20)).notNull();
            Columns.jsonObject(t, "configuration");
            t.column("is_enabled", bool()).notNull().defaultValue(true);
            t.column("created_by", uuid()).references(users.column("id")).onDelete(SET_NULL);
            Columns.auditedSoftDeleted(t);
            t.check("channel_type IN ('email', 'slack', 'pagerduty', 'webhook', 'sms')")
                    .named("ck_alert_channels_channel_type");
            t.index("channel_type").where("is_enabled").named("ix_alert_channels_channel_type");
            t.index("created_by").where("created_by IS NOT NULL").named("ix_alert_channels_created_by");
        });
        s.table("alerts", t -> {
            Columns.id(t);
            t.column("rule_id", uuid()).references(rules.column("id")).onDelete(SET_NULL);
            t.column("severity", enums.alertSeverity()).notNull();
            t.column("status", enums.alertStatus()).notNull().defaultValue("open");
            t.column("title", varchar(200)).notNull();
            t.column("message", text());
            t.column("fingerprint", varchar(64)).notNull();
            t.column("metric_value", doublePrecision());
            Columns.jsonObject(t, "labels");
            t.column("escalation_level", integer()).notNull().defaultValue(0);
            Columns.now(t, "triggered_at");
            Columns.time(t, "acknowledged_at");
            t.column("acknowledged_by", uuid()).references(users.column("id")).onDelete(SET_NULL);
            Columns.time(t, "last_escalated_at");
            Columns.time(t, "resolved_at");
            Columns.audited(t);
            t.check("status <> 'resolved' OR resolved_at IS NOT NULL").named("ck_alerts_resolution");
            t.check("escalation_level >= 0").named("ck_alerts_escalation_level");
            t.index("rule_id").named("ix_alerts_rule_id");
            t.index("acknowledged_by").where("acknowledged_by IS NOT NULL").named("ix_alerts_acknowledged_by");
            // Deduplication: at most one open alert per fingerprint.
            t.index("fingerprint").unique().where("resolved_at IS NULL").named("ux_alerts_open_fingerprint");
            t.index(col("severity"), col("triggered_at").desc()).where("resolved_at IS NULL")
                    .named("ix_alerts_unresolved");
            t.index(col("status"), col("triggered_at").desc()).named("ix_alerts_status_triggered_at");
            t.index("triggered_at").using("brin").named("ix_alerts_triggered_at");
            t.index("labels").using("gin").named("ix_alerts_labels");
            t.index("resolved_at").where("resolved_at IS NOT NULL").named("ix_alerts_resolved_at");
        });
        s.table("alert_escalations", t -> {
            Columns.id(t);
            t.column("rule_id", uuid()).notNull().references(rules.column("id")).onDelete(CASCADE);
            t.column("channel_id", uuid()).notNull().references(channels.column("id")).onDelete(CASCADE);
            t.column("notify_user_id", uuid()).references(users.column("id")).onDelete(SET_NULL);
            t.column("escalation_level", integer()).notNull();
            t.column("delay_minutes", integer()).notNull().defaultValue(0);
            t.column("repeat_interval_minutes", integer());
            Columns.audited(t);
            t.unique("rule_id", "escalation_level", "channel_id");
            t.check("escalation_level BETWEEN 1 AND 10").named("ck_alert_escalations_escalation_level");
            t.check("delay_minutes >= 0").named("ck_alert_escalations_delay_minutes");
            t.check("repeat_interval_minutes > 0").named("ck_alert_escalations_repeat_interval_minutes");
            t.index("channel_id").named("ix_alert_escalations_channel_id");
            t.index("notify_user_id").where("notify_user_id IS NOT NULL").named("ix_alert_escalations_notify_user_id");
        });
    }
}
