package dev.retort.vibes;

import dev.retort.schema.dsl.SchemaBuilder;
import dev.retort.schema.dsl.TableRef;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.Types.builtin;
import static dev.retort.schema.dsl.Types.doublePrecision;
import static dev.retort.schema.dsl.Types.text;
import static dev.retort.schema.dsl.Types.timestamptz;
import static dev.retort.schema.dsl.Types.uuid;
import static dev.retort.schema.dsl.Types.varchar;
import static dev.retort.schema.model.ReferentialAction.CASCADE;
import static dev.retort.schema.model.ReferentialAction.SET_NULL;

/** SecurityTables declares the security operations side: security_audit_logs, security_metrics, security_alerts. */
final class SecurityTables {

    private SecurityTables() {
    }

    static void declare(SchemaBuilder s, VibesEnums enums, TableRef users, TableRef sessions) {
        TableRef auditLogs = s.table("security_audit_logs", t -> {
            Columns.id(t);
            // Audit rows outlive the user and the session they mention.
            t.column("user_id", uuid()).references(users.column("id")).onDelete(SET_NULL);
            t.column("session_id", uuid()).references(sessions.column("id")).onDelete(SET_NULL);
            t.column("event_type", varchar(100)).notNull();
            t.column("outcome", varchar(10)).notNull();
            t.column("resource_type", varchar(50));
            t.column("resource_id", uuid());
            t.column("ip_address", builtin("inet"));
            t.column("user_agent", text());
            t.column("correlation_id", uuid());
            Columns.jsonObject(t, "details");
            Columns.now(t, "occurred_at");
            t.check("outcome IN ('success', 'failure', 'denied')").named("ck_security_audit_logs_outcome");
            t.index(col("user_id"), col("occurred_at").desc()).named("ix_security_audit_logs_user_id_occurred_at");
            t.index("session_id").where("session_id IS NOT NULL").named("ix_security_audit_logs_session_id");
            t.index(col("event_type"), col("occurred_at").desc())
                    .named("ix_security_audit_logs_event_type_occurred_at");
            // Append-only and time-ordered: a BRIN index is tiny and serves range scans.
            t.index("occurred_at").using("brin").named("ix_security_audit_logs_occurred_at");
            t.index(col("occurred_at").desc()).where("outcome <> 'success'").named("ix_security_audit_logs_failures");
            t.index("ip_address").named("ix_security_audit_logs_ip_address");
            t.index("resource_type", "resource_id").named("ix_security_audit_logs_resource");
            t.index("correlation_id").where("correlation_id IS NOT NULL")
                    .named("ix_security_audit_logs_correlation_id");
            t.index("details").using("gin").named("ix_security_audit_logs_details");
        });
        s.table("security_metrics", t -> {
            Columns.id(t);
            t.column("user_id", uuid()).references(users.column("id")).onDelete(CASCADE);
            t.column("metric_name", varchar(100)).notNull();
            t.column("metric_value", doublePrecision()).notNull();
            t.column("unit", varchar(20)).notNull().defaultValue("count");
            t.column("window_start", timestamptz()).notNull();
            t.column("window_end", timestamptz()).notNull();
            Columns.jsonObject(t, "dimensions");
            Columns.now(t, "recorded_at");
            // One global row (user_id NULL) or one per user for each metric and window.
            t.unique("metric_name", "window_start", "user_id").nullsNotDistinct();
            t.check("window_end > window_start").named("ck_security_metrics_window");
            t.index("user_id").where("user_id IS NOT NULL").named("ix_security_metrics_user_id");
            t.index("window_start").named("ix_security_metrics_window_start");
            t.index("dimensions").using("gin").named("ix_security_metrics_dimensions");
            t.index("recorded_at").using("brin").named("ix_security_metrics_recorded_at");
        });
        s.table("security_alerts", t -> {
            Columns.id(t);
            t.column("user_id", uuid()).references(users.column("id")).onDelete(SET_NULL);
            t.column("audit_log_id", uuid()).references(auditLogs.column("id")).onDelete(SET_NULL);
            t.column("alert_type", varchar(100)).notNull();
            t.column("severity", enums.alertSeverity()).notNull();
            t.column("status", enums.alertStatus()).notNull().defaultValue("open");
            t.column("title", varchar(200)).notNull();
            t.column("description", text());
            Columns.jsonObject(t, "details");
            Columns.now(t, "detected_at");
            Columns.time(t, "acknowledged_at");
            t.column("acknowledged_by", uuid()).references(users.column("id")).onDelete(SET_NULL);
            Columns.time(t, "resolved_at");
            t.column("resolved_by", uuid()).references(users.column("id")).onDelete(SET_NULL);
            Columns.audited(t);
            t.check("status <> 'resolved' OR resolved_at IS NOT NULL").named("ck_security_alerts_resolution");
            t.index("user_id").where("user_id IS NOT NULL").named("ix_security_alerts_user_id");
            t.index("audit_log_id").where("audit_log_id IS NOT NULL").named("ix_security_alerts_audit_log_id");
            t.index("acknowledged_by").where("acknowledged_by IS NOT NULL").named("ix_security_alerts_acknowledged_by");
            t.index("resolved_by").where("resolved_by IS NOT NULL").named("ix_security_alerts_resolved_by");
            t.index(col("severity"), col("detected_at").desc()).where("resolved_at IS NULL")
                    .named("ix_security_alerts_unresolved");
            t.index(col("status"), col("detected_at").desc()).named("ix_security_alerts_status_detected_at");
            t.index("alert_type").named("ix_security_alerts_alert_type");
            t.index("details").using("gin").named("ix_security_alerts_details");
        });
    }
}
