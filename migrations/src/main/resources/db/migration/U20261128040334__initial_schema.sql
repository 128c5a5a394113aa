-- Retort migration: downgrade of initial schema
-- Changes (147):
--   drop foreign key fk_alert_channels_created_by_users on public.alert_channels
--   drop foreign key fk_alert_escalations_channel_id_alert_channels on public.alert_escalations
--   drop foreign key fk_alert_escalations_notify_user_id_users on public.alert_escalations
--   drop foreign key fk_alert_escalations_rule_id_alert_rules on public.alert_escalations
--   drop foreign key fk_alert_rules_created_by_users on public.alert_rules
--   drop foreign key fk_alerts_acknowledged_by_users on public.alerts
--   drop foreign key fk_alerts_rule_id_alert_rules on public.alerts
--   drop foreign key fk_journal_entries_secret_tag_id_secret_tags on public.journal_entries
--   drop foreign key fk_journal_entries_user_id_users on public.journal_entries
--   drop foreign key fk_journal_entry_tags_entry_id_journal_entries on public.journal_entry_tags
--   drop foreign key fk_journal_entry_tags_tag_id_tags on public.journal_entry_tags
--   drop foreign key fk_monitoring_configuration_updated_by_users on public.monitoring_configuration
--   drop foreign key fk_monitoring_dashboards_owner_id_users on public.monitoring_dashboards
--   drop foreign key fk_opaque_sessions_secret_tag_id_secret_tags on public.opaque_sessions
--   drop foreign key fk_opaque_sessions_user_id_users on public.opaque_sessions
--   drop foreign key fk_reminders_entry_id_journal_entries on public.reminders
--   drop foreign key fk_reminders_user_id_users on public.reminders
--   drop foreign key fk_secret_tags_user_id_users on public.secret_tags
--   drop foreign key fk_security_alerts_acknowledged_by_users on public.security_alerts
--   drop foreign key fk_security_alerts_audit_log_id_security_audit_logs on public.security_alerts
--   drop foreign key fk_security_alerts_resolved_by_users on public.security_alerts
--   drop foreign key fk_security_alerts_user_id_users on public.security_alerts
--   drop foreign key fk_security_audit_logs_session_id_opaque_sessions on public.security_audit_logs
--   drop foreign key fk_security_audit_logs_user_id_users on public.security_audit_logs
--   drop foreign key fk_security_metrics_user_id_users on public.security_metrics
--   drop foreign key fk_tags_user_id_users on public.tags
--   drop foreign key fk_vault_blobs_entry_id_journal_entries on public.vault_blobs
--   drop foreign key fk_vault_blobs_secret_tag_id_secret_tags on public.vault_blobs
--   drop foreign key fk_vault_blobs_user_id_users on public.vault_blobs
--   drop foreign key fk_vault_blobs_wrapped_key_id_wrapped_keys on public.vault_blobs
--   drop foreign key fk_wrapped_keys_secret_tag_id_secret_tags on public.wrapped_keys
--   drop foreign key fk_wrapped_keys_user_id_users on public.wrapped_keys
--   drop index ix_alert_channels_channel_type on public.alert_channels
--   drop index ix_alert_channels_created_by on public.alert_channels
--   drop index ix_alert_escalations_channel_id on public.alert_escalations
--   drop index ix_alert_escalations_notify_user_id on public.alert_escalations
--   drop index ix_alert_rules_created_by on public.alert_rules
--   drop index ix_alert_rules_enabled on public.alert_rules
--   drop index ix_alert_rules_labels on public.alert_rules
--   drop index ix_alert_rules_severity on public.alert_rules
--   drop index ix_alerts_acknowledged_by on public.alerts
--   drop index ix_alerts_labels on public.alerts
--   drop index ix_alerts_resolved_at on public.alerts
--   drop index ix_alerts_rule_id on public.alerts
--   drop index ix_alerts_status_triggered_at on public.alerts
--   drop index ix_alerts_triggered_at on public.alerts
--   drop index ix_alerts_unresolved on public.alerts
--   drop index ix_journal_entries_content_search on public.journal_entries
--   drop index ix_journal_entries_deleted_at on public.journal_entries
--   drop index ix_journal_entries_favorites on public.journal_entries
--   drop index ix_journal_entries_metadata on public.journal_entries
--   drop index ix_journal_entries_secret_tag_id on public.journal_entries
--   drop index ix_journal_entries_user_id_created_at on public.journal_entries
--   drop index ix_journal_entries_user_id_entry_date on public.journal_entries
--   drop index ix_journal_entries_user_id_updated_at on public.journal_entries
--   drop index ix_journal_entry_tags_tag_id_created_at on public.journal_entry_tags
--   drop index ix_monitoring_configuration_active on public.monitoring_configuration
--   drop index ix_monitoring_configuration_updated_by on public.monitoring_configuration
--   drop index ix_monitoring_dashboards_owner_id_updated_at on public.monitoring_dashboards
--   drop index ix_monitoring_dashboards_public on public.monitoring_dashboards
--   drop index ix_monitoring_metrics_labels on public.monitoring_metrics
--   drop index ix_monitoring_metrics_metric_name_recorded_at on public.monitoring_metrics
--   drop index ix_monitoring_metrics_metric_type on public.monitoring_metrics
--   drop index ix_monitoring_metrics_recorded_at on public.monitoring_metrics
--   drop index ix_monitoring_metrics_source_recorded_at on public.monitoring_metrics
--   drop index ix_opaque_sessions_active on public.opaque_sessions
--   drop index ix_opaque_sessions_client_ip on public.opaque_sessions
--   drop index ix_opaque_sessions_expires_at on public.opaque_sessions
--   drop index ix_opaque_sessions_secret_tag_id on public.opaque_sessions
--   drop index ix_opaque_sessions_user_id on public.opaque_sessions
--   drop index ix_reminders_due on public.reminders
--   drop index ix_reminders_entry_id on public.reminders
--   drop index ix_reminders_snoozed_until on public.reminders
--   drop index ix_reminders_status_remind_at on public.reminders
--   drop index ix_reminders_user_id_remind_at on public.reminders
--   drop index ix_secret_tags_deleted_at on public.secret_tags
--   drop index ix_secret_tags_user_id_last_used_at on public.secret_tags
--   drop index ix_security_alerts_acknowledged_by on public.security_alerts
--   drop index ix_security_alerts_alert_type on public.security_alerts
--   drop index ix_security_alerts_audit_log_id on public.security_alerts
--   drop index ix_security_alerts_details on public.security_alerts
--   drop index ix_security_alerts_resolved_by on public.security_alerts
--   drop index ix_security_alerts_status_detected_at on public.security_alerts
--   drop index ix_security_alerts_unresolved on public.security_alerts
--   drop index ix_security_alerts_user_id on public.security_alerts
--   drop index ix_security_audit_logs_correlation_id on public.security_audit_logs
--   drop index ix_security_audit_logs_details on public.security_audit_logs
--   drop index ix_security_audit_logs_event_type_occurred_at on public.security_audit_logs
--   drop index ix_security_audit_logs_failures on public.security_audit_logs
--   drop index ix_security_audit_logs_ip_address on public.security_audit_logs
--   drop index ix_security_audit_logs_occurred_at on public.security_audit_logs
--   drop index ix_security_audit_logs_resource on public.security_audit_logs
--   drop index ix_security_audit_logs_session_id on public.security_audit_logs
--   drop index ix_security_audit_logs_user_id_occurred_at on public.security_audit_logs
--   drop index ix_security_metrics_dimensions on public.security_metrics
--   drop index ix_security_metrics_recorded_at on public.security_metrics
--   drop index ix_security_metrics_user_id on public.security_metrics
--   drop index ix_security_metrics_window_start on public.security_metrics
--   drop index ix_service_health_checked_at on public.service_health
--   drop index ix_service_health_service_name_checked_at on public.service_health
--   drop index ix_service_health_status_checked_at on public.service_health
--   drop index ix_service_health_unhealthy on public.service_health
--   drop index ix_system_health_checked_at on public.system_health
--   drop index ix_system_health_host_name_checked_at on public.system_health
--   drop index ix_system_health_status_checked_at on public.system_health
--   drop index ix_system_health_unhealthy on public.system_health
--   drop index ix_tags_user_id_usage_count on public.tags
--   drop index ix_users_created_at on public.users
--   drop index ix_users_deleted_at on public.users
--   drop index ix_users_last_login_at on public.users
--   drop index ix_users_settings on public.users
--   drop index ix_vault_blobs_entry_id on public.vault_blobs
--   drop index ix_vault_blobs_secret_tag_id on public.vault_blobs
--   drop index ix_vault_blobs_sha256 on public.vault_blobs
--   drop index ix_vault_blobs_user_id_created_at on public.vault_blobs
--   drop index ix_vault_blobs_wrapped_key_id on public.vault_blobs
--   drop index ix_wrapped_keys_expires_at on public.wrapped_keys
--   drop index ix_wrapped_keys_user_id on public.wrapped_keys
--   drop index ux_alerts_open_fingerprint on public.alerts
--   drop index ux_users_email_live on public.users
--   drop index ux_wrapped_keys_active on public.wrapped_keys
--   drop table public.alert_channels
--   drop table public.alert_escalations
--   drop table public.alert_rules
--   drop table public.alerts
--   drop table public.journal_entries
--   drop table public.journal_entry_tags
--   drop table public.monitoring_configuration
--   drop table public.monitoring_dashboards
--   drop table public.monitoring_metrics
--   drop table public.opaque_sessions
--   drop table public.reminders
--   drop table public.secret_tags
--   drop table public.security_alerts
--   drop table public.security_audit_logs
--   drop table public.security_metrics
--   drop table public.service_health
--   drop table public.system_health
--   drop table public.tags
--   drop table public.users
--   drop table public.vault_blobs
--   drop table public.wrapped_keys
--   drop enum public.alert_severity
--   drop enum public.alert_status
--   drop enum public.health_status
--   drop enum public.opaque_session_state
--   drop enum public.reminder_status
-- Hazards: DELETES_DATA (21 statements), ACCESS_EXCLUSIVE_LOCK (142 statements)

-- drop foreign key fk_alert_channels_created_by_users on public.alert_channels
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_channels DROP CONSTRAINT fk_alert_channels_created_by_users;

-- drop foreign key fk_alert_escalations_channel_id_alert_channels on public.alert_escalations
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_escalations DROP CONSTRAINT fk_alert_escalations_channel_id_alert_channels;

-- drop foreign key fk_alert_escalations_notify_user_id_users on public.alert_escalations
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_escalations DROP CONSTRAINT fk_alert_escalations_notify_user_id_users;

-- drop foreign key fk_alert_escalations_rule_id_alert_rules on public.alert_escalations
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_escalations DROP CONSTRAINT fk_alert_escalations_rule_id_alert_rules;

-- drop foreign key fk_alert_rules_created_by_users on public.alert_rules
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_rules DROP CONSTRAINT fk_alert_rules_created_by_users;

-- drop foreign key fk_alerts_acknowledged_by_users on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alerts DROP CONSTRAINT fk_alerts_acknowledged_by_users;

-- drop foreign key fk_alerts_rule_id_alert_rules on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alerts DROP CONSTRAINT fk_alerts_rule_id_alert_rules;

-- drop foreign key fk_journal_entries_secret_tag_id_secret_tags on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entries DROP CONSTRAINT fk_journal_entries_secret_tag_id_secret_tags;

-- drop foreign key fk_journal_entries_user_id_users on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entries DROP CONSTRAINT fk_journal_entries_user_id_users;

-- drop foreign key fk_journal_entry_tags_entry_id_journal_entries on public.journal_entry_tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entry_tags DROP CONSTRAINT fk_journal_entry_tags_entry_id_journal_entries;

-- drop foreign key fk_journal_entry_tags_tag_id_tags on public.journal_entry_tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entry_tags DROP CONSTRAINT fk_journal_entry_tags_tag_id_tags;

-- drop foreign key fk_monitoring_configuration_updated_by_users on public.monitoring_configuration
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.monitoring_configuration DROP CONSTRAINT fk_monitoring_configuration_updated_by_users;

-- drop foreign key fk_monitoring_dashboards_owner_id_users on public.monitoring_dashboards
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.monitoring_dashboards DROP CONSTRAINT fk_monitoring_dashboards_owner_id_users;

-- drop foreign key fk_opaque_sessions_secret_tag_id_secret_tags on public.opaque_sessions
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.opaque_sessions DROP CONSTRAINT fk_opaque_sessions_secret_tag_id_secret_tags;

-- drop foreign key fk_opaque_sessions_user_id_users on public.opaque_sessions
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.opaque_sessions DROP CONSTRAINT fk_opaque_sessions_user_id_users;

-- drop foreign key fk_reminders_entry_id_journal_entries on public.reminders
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.reminders DROP CONSTRAINT fk_reminders_entry_id_journal_entries;

-- drop foreign key fk_reminders_user_id_users on public.reminders
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.reminders DROP CONSTRAINT fk_reminders_user_id_users;

-- drop foreign key fk_secret_tags_user_id_users on public.secret_tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.secret_tags DROP CONSTRAINT fk_secret_tags_user_id_users;

-- drop foreign key fk_security_alerts_acknowledged_by_users on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_alerts DROP CONSTRAINT fk_security_alerts_acknowledged_by_users;

-- drop foreign key fk_security_alerts_audit_log_id_security_audit_logs on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_alerts DROP CONSTRAINT fk_security_alerts_audit_log_id_security_audit_logs;

-- drop foreign key fk_security_alerts_resolved_by_users on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_alerts DROP CONSTRAINT fk_security_alerts_resolved_by_users;

-- drop foreign key fk_security_alerts_user_id_users on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_alerts DROP CONSTRAINT fk_security_alerts_user_id_users;

-- drop foreign key fk_security_audit_logs_session_id_opaque_sessions on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_audit_logs DROP CONSTRAINT fk_security_audit_logs_session_id_opaque_sessions;

-- drop foreign key fk_security_audit_logs_user_id_users on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_audit_logs DROP CONSTRAINT fk_security_audit_logs_user_id_users;

-- drop foreign key fk_security_metrics_user_id_users on public.security_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_metrics DROP CONSTRAINT fk_security_metrics_user_id_users;

-- drop foreign key fk_tags_user_id_users on public.tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.tags DROP CONSTRAINT fk_tags_user_id_users;

-- drop foreign key fk_vault_blobs_entry_id_journal_entries on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.vault_blobs DROP CONSTRAINT fk_vault_blobs_entry_id_journal_entries;

-- drop foreign key fk_vault_blobs_secret_tag_id_secret_tags on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.vault_blobs DROP CONSTRAINT fk_vault_blobs_secret_tag_id_secret_tags;

-- drop foreign key fk_vault_blobs_user_id_users on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.vault_blobs DROP CONSTRAINT fk_vault_blobs_user_id_users;

-- drop foreign key fk_vault_blobs_wrapped_key_id_wrapped_keys on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.vault_blobs DROP CONSTRAINT fk_vault_blobs_wrapped_key_id_wrapped_keys;

-- drop foreign key fk_wrapped_keys_secret_tag_id_secret_tags on public.wrapped_keys
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.wrapped_keys DROP CONSTRAINT fk_wrapped_keys_secret_tag_id_secret_tags;

-- drop foreign key fk_wrapped_keys_user_id_users on public.wrapped_keys
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.wrapped_keys DROP CONSTRAINT fk_wrapped_keys_user_id_users;

-- drop index ix_alert_channels_channel_type on public.alert_channels
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alert_channels_channel_type;

-- drop index ix_alert_channels_created_by on public.alert_channels
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alert_channels_created_by;

-- drop index ix_alert_escalations_channel_id on public.alert_escalations
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alert_escalations_channel_id;

-- drop index ix_alert_escalations_notify_user_id on public.alert_escalations
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alert_escalations_notify_user_id;

-- drop index ix_alert_rules_created_by on public.alert_rules
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alert_rules_created_by;

-- drop index ix_alert_rules_enabled on public.alert_rules
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alert_rules_enabled;

-- drop index ix_alert_rules_labels on public.alert_rules
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alert_rules_labels;

-- drop index ix_alert_rules_severity on public.alert_rules
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alert_rules_severity;

-- drop index ix_alerts_acknowledged_by on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alerts_acknowledged_by;

-- drop index ix_alerts_labels on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alerts_labels;

-- drop index ix_alerts_resolved_at on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alerts_resolved_at;

-- drop index ix_alerts_rule_id on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alerts_rule_id;

-- drop index ix_alerts_status_triggered_at on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alerts_status_triggered_at;

-- drop index ix_alerts_triggered_at on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alerts_triggered_at;

-- drop index ix_alerts_unresolved on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_alerts_unresolved;

-- drop index ix_journal_entries_content_search on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entries_content_search;

-- drop index ix_journal_entries_deleted_at on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entries_deleted_at;

-- drop index ix_journal_entries_favorites on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entries_favorites;

-- drop index ix_journal_entries_metadata on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entries_metadata;

-- drop index ix_journal_entries_secret_tag_id on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entries_secret_tag_id;

-- drop index ix_journal_entries_user_id_created_at on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entries_user_id_created_at;

-- drop index ix_journal_entries_user_id_entry_date on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entries_user_id_entry_date;

-- drop index ix_journal_entries_user_id_updated_at on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entries_user_id_updated_at;

-- drop index ix_journal_entry_tags_tag_id_created_at on public.journal_entry_tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entry_tags_tag_id_created_at;

-- drop index ix_monitoring_configuration_active on public.monitoring_configuration
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_monitoring_configuration_active;

-- drop index ix_monitoring_configuration_updated_by on public.monitoring_configuration
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_monitoring_configuration_updated_by;

-- drop index ix_monitoring_dashboards_owner_id_updated_at on public.monitoring_dashboards
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_monitoring_dashboards_owner_id_updated_at;

-- drop index ix_monitoring_dashboards_public on public.monitoring_dashboards
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_monitoring_dashboards_public;

-- drop index ix_monitoring_metrics_labels on public.monitoring_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_monitoring_metrics_labels;

-- drop index ix_monitoring_metrics_metric_name_recorded_at on public.monitoring_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_monitoring_metrics_metric_name_recorded_at;

-- drop index ix_monitoring_metrics_metric_type on public.monitoring_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_monitoring_metrics_metric_type;

-- drop index ix_monitoring_metrics_recorded_at on public.monitoring_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_monitoring_metrics_recorded_at;

-- drop index ix_monitoring_metrics_source_recorded_at on public.monitoring_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_monitoring_metrics_source_recorded_at;

-- drop index ix_opaque_sessions_active on public.opaque_sessions
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_opaque_sessions_active;

-- drop index ix_opaque_sessions_client_ip on public.opaque_sessions
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_opaque_sessions_client_ip;

-- drop index ix_opaque_sessions_expires_at on public.opaque_sessions
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_opaque_sessions_expires_at;

-- drop index ix_opaque_sessions_secret_tag_id on public.opaque_sessions
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_opaque_sessions_secret_tag_id;

-- drop index ix_opaque_sessions_user_id on public.opaque_sessions
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_opaque_sessions_user_id;

-- drop index ix_reminders_due on public.reminders
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_reminders_due;

-- drop index ix_reminders_entry_id on public.reminders
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_reminders_entry_id;

-- drop index ix_reminders_snoozed_until on public.reminders
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_reminders_snoozed_until;

-- drop index ix_reminders_status_remind_at on public.reminders
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_reminders_status_remind_at;

-- drop index ix_reminders_user_id_remind_at on public.reminders
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_reminders_user_id_remind_at;

-- drop index ix_secret_tags_deleted_at on public.secret_tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_secret_tags_deleted_at;

-- drop index ix_secret_tags_user_id_last_used_at on public.secret_tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_secret_tags_user_id_last_used_at;

-- drop index ix_security_alerts_acknowledged_by on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_alerts_acknowledged_by;

-- drop index ix_security_alerts_alert_type on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_alerts_alert_type;

-- drop index ix_security_alerts_audit_log_id on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_alerts_audit_log_id;

-- drop index ix_security_alerts_details on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_alerts_details;

-- drop index ix_security_alerts_resolved_by on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_alerts_resolved_by;

-- drop index ix_security_alerts_status_detected_at on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_alerts_status_detected_at;

-- drop index ix_security_alerts_unresolved on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_alerts_unresolved;

-- drop index ix_security_alerts_user_id on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_alerts_user_id;

-- drop index ix_security_audit_logs_correlation_id on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_audit_logs_correlation_id;

-- drop index ix_security_audit_logs_details on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_audit_logs_details;

-- drop index ix_security_audit_logs_event_type_occurred_at on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_audit_logs_event_type_occurred_at;

-- drop index ix_security_audit_logs_failures on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_audit_logs_failures;

-- drop index ix_security_audit_logs_ip_address on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_audit_logs_ip_address;

-- drop index ix_security_audit_logs_occurred_at on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_audit_logs_occurred_at;

-- drop index ix_security_audit_logs_resource on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_audit_logs_resource;

-- drop index ix_security_audit_logs_session_id on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_audit_logs_session_id;

-- drop index ix_security_audit_logs_user_id_occurred_at on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_audit_logs_user_id_occurred_at;

-- drop index ix_security_metrics_dimensions on public.security_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_metrics_dimensions;

-- drop index ix_security_metrics_recorded_at on public.security_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_metrics_recorded_at;

-- drop index ix_security_metrics_user_id on public.security_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_metrics_user_id;

-- drop index ix_security_metrics_window_start on public.security_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_security_metrics_window_start;

-- drop index ix_service_health_checked_at on public.service_health
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_service_health_checked_at;

-- drop index ix_service_health_service_name_checked_at on public.service_health
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_service_health_service_name_checked_at;

-- drop index ix_service_health_status_checked_at on public.service_health
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_service_health_status_checked_at;

-- drop index ix_service_health_unhealthy on public.service_health
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_service_health_unhealthy;

-- drop index ix_system_health_checked_at on public.system_health
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_system_health_checked_at;

-- drop index ix_system_health_host_name_checked_at on public.system_health
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_system_health_host_name_checked_at;

-- drop index ix_system_health_status_checked_at on public.system_health
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_system_health_status_checked_at;

-- drop index ix_system_health_unhealthy on public.system_health
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_system_health_unhealthy;

-- drop index ix_tags_user_id_usage_count on public.tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_tags_user_id_usage_count;

-- drop index ix_users_created_at on public.users
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_users_created_at;

-- drop index ix_users_deleted_at on public.users
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_users_deleted_at;

-- drop index ix_users_last_login_at on public.users
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_users_last_login_at;

-- drop index ix_users_settings on public.users
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_users_settings;

-- drop index ix_vault_blobs_entry_id on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_vault_blobs_entry_id;

-- drop index ix_vault_blobs_secret_tag_id on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_vault_blobs_secret_tag_id;

-- drop index ix_vault_blobs_sha256 on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_vault_blobs_sha256;

-- drop index ix_vault_blobs_user_id_created_at on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_vault_blobs_user_id_created_at;

-- drop index ix_vault_blobs_wrapped_key_id on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_vault_blobs_wrapped_key_id;

-- drop index ix_wrapped_keys_expires_at on public.wrapped_keys
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_wrapped_keys_expires_at;

-- drop index ix_wrapped_keys_user_id on public.wrapped_keys
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_wrapped_keys_user_id;

-- drop index ux_alerts_open_fingerprint on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ux_alerts_open_fingerprint;

-- drop index ux_users_email_live on public.users
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ux_users_email_live;

-- drop index ux_wrapped_keys_active on public.wrapped_keys
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ux_wrapped_keys_active;

-- drop table public.alert_channels
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.alert_channels;

-- drop table public.alert_escalations
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.alert_escalations;

-- drop table public.alert_rules
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.alert_rules;

-- drop table public.alerts
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.alerts;

-- drop table public.journal_entries
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.journal_entries;

-- drop table public.journal_entry_tags
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.journal_entry_tags;

-- drop table public.monitoring_configuration
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.monitoring_configuration;

-- drop table public.monitoring_dashboards
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.monitoring_dashboards;

-- drop table public.monitoring_metrics
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.monitoring_metrics;

-- drop table public.opaque_sessions
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.opaque_sessions;

-- drop table public.reminders
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.reminders;

-- drop table public.secret_tags
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.secret_tags;

-- drop table public.security_alerts
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.security_alerts;

-- drop table public.security_audit_logs
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.security_audit_logs;

-- drop table public.security_metrics
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.security_metrics;

-- drop table public.service_health
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.service_health;

-- drop table public.system_health
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.system_health;

-- drop table public.tags
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.tags;

-- drop table public.users
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.users;

-- drop table public.vault_blobs
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.vault_blobs;

-- drop table public.wrapped_keys
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.wrapped_keys;

-- drop enum public.alert_severity
DROP TYPE public.alert_severity;

-- drop enum public.alert_status
DROP TYPE public.alert_status;

-- drop enum public.health_status
DROP TYPE public.health_status;

-- drop enum public.opaque_session_state
DROP TYPE public.opaque_session_state;

-- drop enum public.reminder_status
DROP TYPE public.reminder_status;
