-- retort:parent base
-- Retort migration: initial schema
-- Changes (147):
--   create enum public.alert_severity
--   create enum public.alert_status
--   create enum public.health_status
--   create enum public.opaque_session_state
--   create enum public.reminder_status
--   create table public.alert_channels
--   create table public.alert_escalations
--   create table public.alert_rules
--   create table public.alerts
--   create table public.journal_entries
--   create table public.journal_entry_tags
--   create table public.monitoring_configuration
--   create table public.monitoring_dashboards
--   create table public.monitoring_metrics
--   create table public.opaque_sessions
--   create table public.reminders
--   create table public.secret_tags
--   create table public.security_alerts
--   create table public.security_audit_logs
--   create table public.security_metrics
--   create table public.service_health
--   create table public.system_health
--   create table public.tags
--   create table public.users
--   create table public.vault_blobs
--   create table public.wrapped_keys
--   create index ix_alert_channels_channel_type on public.alert_channels
--   create index ix_alert_channels_created_by on public.alert_channels
--   create index ix_alert_escalations_channel_id on public.alert_escalations
--   create index ix_alert_escalations_notify_user_id on public.alert_escalations
--   create index ix_alert_rules_created_by on public.alert_rules
--   create index ix_alert_rules_enabled on public.alert_rules
--   create index ix_alert_rules_labels on public.alert_rules
--   create index ix_alert_rules_severity on public.alert_rules
--   create index ix_alerts_acknowledged_by on public.alerts
--   create index ix_alerts_labels on public.alerts
--   create index ix_alerts_resolved_at on public.alerts
--   create index ix_alerts_rule_id on public.alerts
--   create index ix_alerts_status_triggered_at on public.alerts
--   create index ix_alerts_triggered_at on public.alerts
--   create index ix_alerts_unresolved on public.alerts
--   create index ix_journal_entries_content_search on public.journal_entries
--   create index ix_journal_entries_deleted_at on public.journal_entries
--   create index ix_journal_entries_favorites on public.journal_entries
--   create index ix_journal_entries_metadata on public.journal_entries
--   create index ix_journal_entries_secret_tag_id on public.journal_entries
--   create index ix_journal_entries_user_id_created_at on public.journal_entries
--   create index ix_journal_entries_user_id_entry_date on public.journal_entries
--   create index ix_journal_entries_user_id_updated_at on public.journal_entries
--   create index ix_journal_entry_tags_tag_id_created_at on public.journal_entry_tags
--   create index ix_monitoring_configuration_active on public.monitoring_configuration
--   create index ix_monitoring_configuration_updated_by on public.monitoring_configuration
--   create index ix_monitoring_dashboards_owner_id_updated_at on public.monitoring_dashboards
--   create index ix_monitoring_dashboards_public on public.monitoring_dashboards
--   create index ix_monitoring_metrics_labels on public.monitoring_metrics
--   create index ix_monitoring_metrics_metric_name_recorded_at on public.monitoring_metrics
--   create index ix_monitoring_metrics_metric_type on public.monitoring_metrics
--   create index ix_monitoring_metrics_recorded_at on public.monitoring_metrics
--   create index ix_monitoring_metrics_source_recorded_at on public.monitoring_metrics
--   create index ix_opaque_sessions_active on public.opaque_sessions
--   create index ix_opaque_sessions_client_ip on public.opaque_sessions
--   create index ix_opaque_sessions_expires_at on public.opaque_sessions
--   create index ix_opaque_sessions_secret_tag_id on public.opaque_sessions
--   create index ix_opaque_sessions_user_id on public.opaque_sessions
--   create index ix_reminders_due on public.reminders
--   create index ix_reminders_entry_id on public.reminders
--   create index ix_reminders_snoozed_until on public.reminders
--   create index ix_reminders_status_remind_at on public.reminders
--   create index ix_reminders_user_id_remind_at on public.reminders
--   create index ix_secret_tags_deleted_at on public.secret_tags
--   create index ix_secret_tags_user_id_last_used_at on public.secret_tags
--   create index ix_security_alerts_acknowledged_by on public.security_alerts
--   create index ix_security_alerts_alert_type on public.security_alerts
--   create index ix_security_alerts_audit_log_id on public.security_alerts
--   create index ix_security_alerts_details on public.security_alerts
--   create index ix_security_alerts_resolved_by on public.security_alerts
--   create index ix_security_alerts_status_detected_at on public.security_alerts
--   create index ix_security_alerts_unresolved on public.security_alerts
--   create index ix_security_alerts_user_id on public.security_alerts
--   create index ix_security_audit_logs_correlation_id on public.security_audit_logs
--   create index ix_security_audit_logs_details on public.security_audit_logs
--   create index ix_security_audit_logs_event_type_occurred_at on public.security_audit_logs
--   create index ix_security_audit_logs_failures on public.security_audit_logs
--   create index ix_security_audit_logs_ip_address on public.security_audit_logs
--   create index ix_security_audit_logs_occurred_at on public.security_audit_logs
--   create index ix_security_audit_logs_resource on public.security_audit_logs
--   create index ix_security_audit_logs_session_id on public.security_audit_logs
--   create index ix_security_audit_logs_user_id_occurred_at on public.security_audit_logs
--   create index ix_security_metrics_dimensions on public.security_metrics
--   create index ix_security_metrics_recorded_at on public.security_metrics
--   create index ix_security_metrics_user_id on public.security_metrics
--   create index ix_security_metrics_window_start on public.security_metrics
--   create index ix_service_health_checked_at on public.service_health
--   create index ix_service_health_service_name_checked_at on public.service_health
--   create index ix_service_health_status_checked_at on public.service_health
--   create index ix_service_health_unhealthy on public.service_health
--   create index ix_system_health_checked_at on public.system_health
--   create index ix_system_health_host_name_checked_at on public.system_health
--   create index ix_system_health_status_checked_at on public.system_health
--   create index ix_system_health_unhealthy on public.system_health
--   create index ix_tags_user_id_usage_count on public.tags
--   create index ix_users_created_at on public.users
--   create index ix_users_deleted_at on public.users
--   create index ix_users_last_login_at on public.users
--   create index ix_users_settings on public.users
--   create index ix_vault_blobs_entry_id on public.vault_blobs
--   create index ix_vault_blobs_secret_tag_id on public.vault_blobs
--   create index ix_vault_blobs_sha256 on public.vault_blobs
--   create index ix_vault_blobs_user_id_created_at on public.vault_blobs
--   create index ix_vault_blobs_wrapped_key_id on public.vault_blobs
--   create index ix_wrapped_keys_expires_at on public.wrapped_keys
--   create index ix_wrapped_keys_user_id on public.wrapped_keys
--   create index ux_alerts_open_fingerprint on public.alerts
--   create index ux_users_email_live on public.users
--   create index ux_wrapped_keys_active on public.wrapped_keys
--   add foreign key fk_alert_channels_created_by_users on public.alert_channels
--   add foreign key fk_alert_escalations_channel_id_alert_channels on public.alert_escalations
--   add foreign key fk_alert_escalations_notify_user_id_users on public.alert_escalations
--   add foreign key fk_alert_escalations_rule_id_alert_rules on public.alert_escalations
--   add foreign key fk_alert_rules_created_by_users on public.alert_rules
--   add foreign key fk_alerts_acknowledged_by_users on public.alerts
--   add foreign key fk_alerts_rule_id_alert_rules on public.alerts
--   add foreign key fk_journal_entries_secret_tag_id_secret_tags on public.journal_entries
--   add foreign key fk_journal_entries_user_id_users on public.journal_entries
--   add foreign key fk_journal_entry_tags_entry_id_journal_entries on public.journal_entry_tags
--   add foreign key fk_journal_entry_tags_tag_id_tags on public.journal_entry_tags
--   add foreign key fk_monitoring_configuration_updated_by_users on public.monitoring_configuration
--   add foreign key fk_monitoring_dashboards_owner_id_users on public.monitoring_dashboards
--   add foreign key fk_opaque_sessions_secret_tag_id_secret_tags on public.opaque_sessions
--   add foreign key fk_opaque_sessions_user_id_users on public.opaque_sessions
--   add foreign key fk_reminders_entry_id_journal_entries on public.reminders
--   add foreign key fk_reminders_user_id_users on public.reminders
--   add foreign key fk_secret_tags_user_id_users on public.secret_tags
--   add foreign key fk_security_alerts_acknowledged_by_users on public.security_alerts
--   add foreign key fk_security_alerts_audit_log_id_security_audit_logs on public.security_alerts
--   add foreign key fk_security_alerts_resolved_by_users on public.security_alerts
--   add foreign key fk_security_alerts_user_id_users on public.security_alerts
--   add foreign key fk_security_audit_logs_session_id_opaque_sessions on public.security_audit_logs
--   add foreign key fk_security_audit_logs_user_id_users on public.security_audit_logs
--   add foreign key fk_security_metrics_user_id_users on public.security_metrics
--   add foreign key fk_tags_user_id_users on public.tags
--   add foreign key fk_vault_blobs_entry_id_journal_entries on public.vault_blobs
--   add foreign key fk_vault_blobs_secret_tag_id_secret_tags on public.vault_blobs
--   add foreign key fk_vault_blobs_user_id_users on public.vault_blobs
--   add foreign key fk_vault_blobs_wrapped_key_id_wrapped_keys on public.vault_blobs
--   add foreign key fk_wrapped_keys_secret_tag_id_secret_tags on public.wrapped_keys
--   add foreign key fk_wrapped_keys_user_id_users on public.wrapped_keys
-- Hazards: ACCESS_EXCLUSIVE_LOCK (32 statements), INDEX_BUILD (89 statements)

-- create enum public.alert_severity
CREATE TYPE public.alert_severity AS ENUM ('info', 'warning', 'critical');

-- create enum public.alert_status
CREATE TYPE public.alert_status AS ENUM ('open', 'acknowledged', 'resolved');

-- create enum public.health_status
CREATE TYPE public.health_status AS ENUM ('healthy', 'degraded', 'unhealthy', 'unknown');

-- create enum public.opaque_session_state
CREATE TYPE public.opaque_session_state AS ENUM ('initiated', 'established', 'expired', 'revoked');

-- create enum public.reminder_status
CREATE TYPE public.reminder_status AS ENUM ('pending', 'sent', 'snoozed', 'dismissed', 'cancelled');

-- create table public.alert_channels
CREATE TABLE public.alert_channels (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name character varying(100) NOT NULL,
    channel_type character varying(20) NOT NULL,
    configuration jsonb DEFAULT '{}'::jsonb NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT pk_alert_channels PRIMARY KEY (id),
    CONSTRAINT uq_alert_channels_name UNIQUE (name),
    CONSTRAINT ck_alert_channels_channel_type CHECK (((channel_type)::text = ANY ((ARRAY['email'::character varying, 'slack'::character varying, 'pagerduty'::character varying, 'webhook'::character varying, 'sms'::character varying])::text[])))
);

-- create table public.alert_escalations
CREATE TABLE public.alert_escalations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    rule_id uuid NOT NULL,
    channel_id uuid NOT NULL,
    notify_user_id uuid,
    escalation_level integer NOT NULL,
    delay_minutes integer DEFAULT 0 NOT NULL,
    repeat_interval_minutes integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_alert_escalations PRIMARY KEY (id),
    CONSTRAINT uq_alert_escalations_rule_id_escalation_level_channel_id UNIQUE (rule_id, escalation_level, channel_id),
    CONSTRAINT ck_alert_escalations_delay_minutes CHECK ((delay_minutes >= 0)),
    CONSTRAINT ck_alert_escalations_escalation_level CHECK (((escalation_level >= 1) AND (escalation_level <= 10))),
    CONSTRAINT ck_alert_escalations_repeat_interval_minutes CHECK ((repeat_interval_minutes > 0))
);

-- create table public.alert_rules
CREATE TABLE public.alert_rules (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    metric_name character varying(100) NOT NULL,
    comparison character varying(2) NOT NULL,
    threshold double precision NOT NULL,
    duration_seconds integer DEFAULT 60 NOT NULL,
    severity public.alert_severity DEFAULT 'warning'::public.alert_severity NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT pk_alert_rules PRIMARY KEY (id),
    CONSTRAINT uq_alert_rules_name UNIQUE (name),
    CONSTRAINT ck_alert_rules_comparison CHECK (((comparison)::text = ANY ((ARRAY['>'::character varying, '>='::character varying, '<'::character varying, '<='::character varying, '='::character varying, '!='::character varying])::text[]))),
    CONSTRAINT ck_alert_rules_duration_seconds CHECK ((duration_seconds >= 0))
);

-- create table public.alerts
CREATE TABLE public.alerts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    rule_id uuid,
    severity public.alert_severity NOT NULL,
    status public.alert_status DEFAULT 'open'::public.alert_status NOT NULL,
    title character varying(200) NOT NULL,
    message text,
    fingerprint character varying(64) NOT NULL,
    metric_value double precision,
    labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    escalation_level integer DEFAULT 0 NOT NULL,
    triggered_at timestamp with time zone DEFAULT now() NOT NULL,
    acknowledged_at timestamp with time zone,
    acknowledged_by uuid,
    last_escalated_at timestamp with time zone,
    resolved_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_alerts PRIMARY KEY (id),
    CONSTRAINT ck_alerts_escalation_level CHECK ((escalation_level >= 0)),
    CONSTRAINT ck_alerts_resolution CHECK (((status <> 'resolved'::public.alert_status) OR (resolved_at IS NOT NULL)))
);

-- create table public.journal_entries
CREATE TABLE public.journal_entries (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    secret_tag_id uuid,
    title character varying(200),
    content text,
    entry_date date DEFAULT CURRENT_DATE NOT NULL,
    word_count integer DEFAULT 0 NOT NULL,
    is_favorite boolean DEFAULT false NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT pk_journal_entries PRIMARY KEY (id),
    CONSTRAINT ck_journal_entries_content_present CHECK (((content IS NOT NULL) OR (secret_tag_id IS NOT NULL))),
    CONSTRAINT ck_journal_entries_word_count CHECK ((word_count >= 0))
);

-- create table public.journal_entry_tags
CREATE TABLE public.journal_entry_tags (
    entry_id uuid NOT NULL,
    tag_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_journal_entry_tags PRIMARY KEY (entry_id, tag_id)
);

-- create table public.monitoring_configuration
CREATE TABLE public.monitoring_configuration (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    environment character varying(20) DEFAULT 'production'::character varying NOT NULL,
    config_key character varying(100) NOT NULL,
    config_value jsonb NOT NULL,
    description text,
    is_active boolean DEFAULT true NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    updated_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_monitoring_configuration PRIMARY KEY (id),
    CONSTRAINT uq_monitoring_configuration_environment_config_key UNIQUE (environment, config_key),
    CONSTRAINT ck_monitoring_configuration_environment CHECK (((environment)::text = ANY ((ARRAY['development'::character varying, 'staging'::character varying, 'production'::character varying])::text[]))),
    CONSTRAINT ck_monitoring_configuration_version CHECK ((version > 0))
);

-- create table public.monitoring_dashboards
CREATE TABLE public.monitoring_dashboards (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    owner_id uuid NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description text,
    layout jsonb DEFAULT '{}'::jsonb NOT NULL,
    refresh_interval_seconds integer DEFAULT 60 NOT NULL,
    is_public boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT pk_monitoring_dashboards PRIMARY KEY (id),
    CONSTRAINT uq_monitoring_dashboards_owner_id_name UNIQUE (owner_id, name),
    CONSTRAINT uq_monitoring_dashboards_slug UNIQUE (slug),
    CONSTRAINT ck_monitoring_dashboards_refresh_interval_seconds CHECK ((refresh_interval_seconds >= 5)),
    CONSTRAINT ck_monitoring_dashboards_slug_format CHECK (((slug)::text ~ '^[a-z0-9-]+$'::text))
);

-- create table public.monitoring_metrics
CREATE TABLE public.monitoring_metrics (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    metric_name character varying(100) NOT NULL,
    metric_type character varying(20) NOT NULL,
    metric_value double precision NOT NULL,
    unit character varying(20),
    source character varying(100) NOT NULL,
    labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_monitoring_metrics PRIMARY KEY (id),
    CONSTRAINT ck_monitoring_metrics_metric_type CHECK (((metric_type)::text = ANY ((ARRAY['counter'::character varying, 'gauge'::character varying, 'histogram'::character varying, 'summary'::character varying])::text[])))
);

-- create table public.opaque_sessions
CREATE TABLE public.opaque_sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    secret_tag_id uuid NOT NULL,
    session_token_hash bytea NOT NULL,
    state public.opaque_session_state DEFAULT 'initiated'::public.opaque_session_state NOT NULL,
    server_state bytea,
    client_ip inet,
    user_agent text,
    expires_at timestamp with time zone NOT NULL,
    established_at timestamp with time zone,
    last_activity_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_opaque_sessions PRIMARY KEY (id),
    CONSTRAINT uq_opaque_sessions_session_token_hash UNIQUE (session_token_hash),
    CONSTRAINT ck_opaque_sessions_established CHECK (((state <> 'established'::public.opaque_session_state) OR (established_at IS NOT NULL))),
    CONSTRAINT ck_opaque_sessions_expiry CHECK ((expires_at > created_at))
);

-- create table public.reminders
CREATE TABLE public.reminders (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    entry_id uuid,
    title character varying(200) NOT NULL,
    message text,
    remind_at timestamp with time zone NOT NULL,
    timezone character varying(64) DEFAULT 'UTC'::character varying NOT NULL,
    recurrence_rule text,
    status public.reminder_status DEFAULT 'pending'::public.reminder_status NOT NULL,
    delivery_channel character varying(20) DEFAULT 'push'::character varying NOT NULL,
    snoozed_until timestamp with time zone,
    sent_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT pk_reminders PRIMARY KEY (id),
    CONSTRAINT ck_reminders_delivery_channel CHECK (((delivery_channel)::text = ANY ((ARRAY['push'::character varying, 'email'::character varying, 'sms'::character varying])::text[]))),
    CONSTRAINT ck_reminders_sent_at CHECK (((status <> 'sent'::public.reminder_status) OR (sent_at IS NOT NULL)))
);

-- create table public.secret_tags
CREATE TABLE public.secret_tags (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    tag_handle bytea NOT NULL,
    opaque_record bytea NOT NULL,
    opaque_suite character varying(50) DEFAULT 'ristretto255-sha512'::character varying NOT NULL,
    color character varying(7),
    failed_attempts integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    last_used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT pk_secret_tags PRIMARY KEY (id),
    CONSTRAINT uq_secret_tags_user_id_tag_handle UNIQUE (user_id, tag_handle),
    CONSTRAINT ck_secret_tags_failed_attempts CHECK ((failed_attempts >= 0)),
    CONSTRAINT ck_secret_tags_tag_handle_length CHECK ((octet_length(tag_handle) = 32))
);

-- create table public.security_alerts
CREATE TABLE public.security_alerts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid,
    audit_log_id uuid,
    alert_type character varying(100) NOT NULL,
    severity public.alert_severity NOT NULL,
    status public.alert_status DEFAULT 'open'::public.alert_status NOT NULL,
    title character varying(200) NOT NULL,
    description text,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    detected_at timestamp with time zone DEFAULT now() NOT NULL,
    acknowledged_at timestamp with time zone,
    acknowledged_by uuid,
    resolved_at timestamp with time zone,
    resolved_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_security_alerts PRIMARY KEY (id),
    CONSTRAINT ck_security_alerts_resolution CHECK (((status <> 'resolved'::public.alert_status) OR (resolved_at IS NOT NULL)))
);

-- create table public.security_audit_logs
CREATE TABLE public.security_audit_logs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid,
    session_id uuid,
    event_type character varying(100) NOT NULL,
    outcome character varying(10) NOT NULL,
    resource_type character varying(50),
    resource_id uuid,
    ip_address inet,
    user_agent text,
    correlation_id uuid,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_security_audit_logs PRIMARY KEY (id),
    CONSTRAINT ck_security_audit_logs_outcome CHECK (((outcome)::text = ANY ((ARRAY['success'::character varying, 'failure'::character varying, 'denied'::character varying])::text[])))
);

-- create table public.security_metrics
CREATE TABLE public.security_metrics (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid,
    metric_name character varying(100) NOT NULL,
    metric_value double precision NOT NULL,
    unit character varying(20) DEFAULT 'count'::character varying NOT NULL,
    window_start timestamp with time zone NOT NULL,
    window_end timestamp with time zone NOT NULL,
    dimensions jsonb DEFAULT '{}'::jsonb NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_security_metrics PRIMARY KEY (id),
    CONSTRAINT uq_security_metrics_metric_name_window_start_user_id UNIQUE NULLS NOT DISTINCT (metric_name, window_start, user_id),
    CONSTRAINT ck_security_metrics_window CHECK ((window_end > window_start))
);

-- create table public.service_health
CREATE TABLE public.service_health (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    service_name character varying(100) NOT NULL,
    endpoint text NOT NULL,
    status public.health_status NOT NULL,
    response_time_ms integer,
    http_status integer,
    error_message text,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    checked_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_service_health PRIMARY KEY (id),
    CONSTRAINT ck_service_health_http_status CHECK (((http_status >= 100) AND (http_status <= 599))),
    CONSTRAINT ck_service_health_response_time_ms CHECK ((response_time_ms >= 0))
);

-- create table public.system_health
CREATE TABLE public.system_health (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    host_name character varying(255) NOT NULL,
    component character varying(100) DEFAULT 'api'::character varying NOT NULL,
    status public.health_status NOT NULL,
    cpu_percent numeric(5,2),
    memory_percent numeric(5,2),
    disk_percent numeric(5,2),
    load_average double precision,
    uptime_seconds bigint,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    checked_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_system_health PRIMARY KEY (id),
    CONSTRAINT ck_system_health_cpu_percent CHECK (((cpu_percent >= (0)::numeric) AND (cpu_percent <= (100)::numeric))),
    CONSTRAINT ck_system_health_disk_percent CHECK (((disk_percent >= (0)::numeric) AND (disk_percent <= (100)::numeric))),
    CONSTRAINT ck_system_health_memory_percent CHECK (((memory_percent >= (0)::numeric) AND (memory_percent <= (100)::numeric)))
);

-- create table public.tags
CREATE TABLE public.tags (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    name character varying(50) NOT NULL,
    color character varying(7),
    description text,
    usage_count integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT pk_tags PRIMARY KEY (id),
    CONSTRAINT uq_tags_user_id_name UNIQUE (user_id, name),
    CONSTRAINT ck_tags_color_hex CHECK (((color)::text ~ '^#[0-9A-Fa-f]{6}$'::text)),
    CONSTRAINT ck_tags_name_not_blank CHECK ((btrim((name)::text) <> ''::text)),
    CONSTRAINT ck_tags_usage_count CHECK ((usage_count >= 0))
);

-- create table public.users
CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email character varying(320) NOT NULL,
    username character varying(50) NOT NULL,
    first_name character varying(100),
    last_name character varying(100),
    password_hash text NOT NULL,
    timezone character varying(64) DEFAULT 'UTC'::character varying NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    email_verified_at timestamp with time zone,
    last_login_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_username UNIQUE (username),
    CONSTRAINT ck_users_email_format CHECK (((email)::text ~~ '%_@_%'::text)),
    CONSTRAINT ck_users_username_length CHECK ((char_length((username)::text) >= 3))
);

-- create table public.vault_blobs
CREATE TABLE public.vault_blobs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    secret_tag_id uuid NOT NULL,
    wrapped_key_id uuid NOT NULL,
    entry_id uuid,
    object_key character varying(255) NOT NULL,
    content_type character varying(100) DEFAULT 'application/octet-stream'::character varying NOT NULL,
    ciphertext bytea NOT NULL,
    nonce bytea NOT NULL,
    size_bytes bigint NOT NULL,
    sha256 bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT pk_vault_blobs PRIMARY KEY (id),
    CONSTRAINT uq_vault_blobs_object_key UNIQUE (object_key),
    CONSTRAINT ck_vault_blobs_sha256_length CHECK ((octet_length(sha256) = 32)),
    CONSTRAINT ck_vault_blobs_size_bytes CHECK ((size_bytes >= 0))
);

-- create table public.wrapped_keys
CREATE TABLE public.wrapped_keys (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    secret_tag_id uuid NOT NULL,
    key_version integer DEFAULT 1 NOT NULL,
    algorithm character varying(30) DEFAULT 'xchacha20poly1305'::character varying NOT NULL,
    wrapped_key bytea NOT NULL,
    nonce bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    CONSTRAINT pk_wrapped_keys PRIMARY KEY (id),
    CONSTRAINT uq_wrapped_keys_secret_tag_id_key_version UNIQUE (secret_tag_id, key_version),
    CONSTRAINT ck_wrapped_keys_algorithm CHECK (((algorithm)::text = ANY ((ARRAY['xchacha20poly1305'::character varying, 'aes256gcm'::character varying])::text[]))),
    CONSTRAINT ck_wrapped_keys_key_version CHECK ((key_version > 0))
);

-- create index ix_alert_channels_channel_type on public.alert_channels
-- hazards: INDEX_BUILD
CREATE INDEX ix_alert_channels_channel_type ON public.alert_channels USING btree (channel_type) WHERE is_enabled;

-- create index ix_alert_channels_created_by on public.alert_channels
-- hazards: INDEX_BUILD
CREATE INDEX ix_alert_channels_created_by ON public.alert_channels USING btree (created_by) WHERE created_by IS NOT NULL;

-- create index ix_alert_escalations_channel_id on public.alert_escalations
-- hazards: INDEX_BUILD
CREATE INDEX ix_alert_escalations_channel_id ON public.alert_escalations USING btree (channel_id);

-- create index ix_alert_escalations_notify_user_id on public.alert_escalations
-- hazards: INDEX_BUILD
CREATE INDEX ix_alert_escalations_notify_user_id ON public.alert_escalations USING btree (notify_user_id) WHERE notify_user_id IS NOT NULL;

-- create index ix_alert_rules_created_by on public.alert_rules
-- hazards: INDEX_BUILD
CREATE INDEX ix_alert_rules_created_by ON public.alert_rules USING btree (created_by) WHERE created_by IS NOT NULL;

-- create index ix_alert_rules_enabled on public.alert_rules
-- hazards: INDEX_BUILD
CREATE INDEX ix_alert_rules_enabled ON public.alert_rules USING btree (metric_name) WHERE is_enabled AND deleted_at IS NULL;

-- create index ix_alert_rules_labels on public.alert_rules
-- hazards: INDEX_BUILD
CREATE INDEX ix_alert_rules_labels ON public.alert_rules USING gin (labels);

-- create index ix_alert_rules_severity on public.alert_rules
-- hazards: INDEX_BUILD
CREATE INDEX ix_alert_rules_severity ON public.alert_rules USING btree (severity);

-- create index ix_alerts_acknowledged_by on public.alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_alerts_acknowledged_by ON public.alerts USING btree (acknowledged_by) WHERE acknowledged_by IS NOT NULL;

-- create index ix_alerts_labels on public.alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_alerts_labels ON public.alerts USING gin (labels);

-- create index ix_alerts_resolved_at on public.alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_alerts_resolved_at ON public.alerts USING btree (resolved_at) WHERE resolved_at IS NOT NULL;

-- create index ix_alerts_rule_id on public.alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_alerts_rule_id ON public.alerts USING btree (rule_id);

-- create index ix_alerts_status_triggered_at on public.alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_alerts_status_triggered_at ON public.alerts USING btree (status, triggered_at DESC);

-- create index ix_alerts_triggered_at on public.alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_alerts_triggered_at ON public.alerts USING brin (triggered_at);

-- create index ix_alerts_unresolved on public.alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_alerts_unresolved ON public.alerts USING btree (severity, triggered_at DESC) WHERE resolved_at IS NULL;

-- create index ix_journal_entries_content_search on public.journal_entries
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entries_content_search ON public.journal_entries USING gin ((to_tsvector('english'::regconfig, content)));

-- create index ix_journal_entries_deleted_at on public.journal_entries
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entries_deleted_at ON public.journal_entries USING btree (deleted_at) WHERE deleted_at IS NOT NULL;

-- create index ix_journal_entries_favorites on public.journal_entries
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entries_favorites ON public.journal_entries USING btree (user_id, entry_date DESC) WHERE is_favorite AND deleted_at IS NULL;

-- create index ix_journal_entries_metadata on public.journal_entries
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entries_metadata ON public.journal_entries USING gin (metadata jsonb_path_ops);

-- create index ix_journal_entries_secret_tag_id on public.journal_entries
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entries_secret_tag_id ON public.journal_entries USING btree (secret_tag_id) WHERE secret_tag_id IS NOT NULL;

-- create index ix_journal_entries_user_id_created_at on public.journal_entries
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entries_user_id_created_at ON public.journal_entries USING btree (user_id, created_at DESC);

-- create index ix_journal_entries_user_id_entry_date on public.journal_entries
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entries_user_id_entry_date ON public.journal_entries USING btree (user_id, entry_date DESC) WHERE deleted_at IS NULL;

-- create index ix_journal_entries_user_id_updated_at on public.journal_entries
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entries_user_id_updated_at ON public.journal_entries USING btree (user_id, updated_at);

-- create index ix_journal_entry_tags_tag_id_created_at on public.journal_entry_tags
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entry_tags_tag_id_created_at ON public.journal_entry_tags USING btree (tag_id, created_at DESC);

-- create index ix_monitoring_configuration_active on public.monitoring_configuration
-- hazards: INDEX_BUILD
CREATE INDEX ix_monitoring_configuration_active ON public.monitoring_configuration USING btree (config_key) WHERE is_active;

-- create index ix_monitoring_configuration_updated_by on public.monitoring_configuration
-- hazards: INDEX_BUILD
CREATE INDEX ix_monitoring_configuration_updated_by ON public.monitoring_configuration USING btree (updated_by) WHERE updated_by IS NOT NULL;

-- create index ix_monitoring_dashboards_owner_id_updated_at on public.monitoring_dashboards
-- hazards: INDEX_BUILD
CREATE INDEX ix_monitoring_dashboards_owner_id_updated_at ON public.monitoring_dashboards USING btree (owner_id, updated_at DESC);

-- create index ix_monitoring_dashboards_public on public.monitoring_dashboards
-- hazards: INDEX_BUILD
CREATE INDEX ix_monitoring_dashboards_public ON public.monitoring_dashboards USING btree (name) WHERE is_public AND deleted_at IS NULL;

-- create index ix_monitoring_metrics_labels on public.monitoring_metrics
-- hazards: INDEX_BUILD
CREATE INDEX ix_monitoring_metrics_labels ON public.monitoring_metrics USING gin (labels);

-- create index ix_monitoring_metrics_metric_name_recorded_at on public.monitoring_metrics
-- hazards: INDEX_BUILD
CREATE INDEX ix_monitoring_metrics_metric_name_recorded_at ON public.monitoring_metrics USING btree (metric_name, recorded_at DESC);

-- create index ix_monitoring_metrics_metric_type on public.monitoring_metrics
-- hazards: INDEX_BUILD
CREATE INDEX ix_monitoring_metrics_metric_type ON public.monitoring_metrics USING btree (metric_type);

-- create index ix_monitoring_metrics_recorded_at on public.monitoring_metrics
-- hazards: INDEX_BUILD
CREATE INDEX ix_monitoring_metrics_recorded_at ON public.monitoring_metrics USING brin (recorded_at);

-- create index ix_monitoring_metrics_source_recorded_at on public.monitoring_metrics
-- hazards: INDEX_BUILD
CREATE INDEX ix_monitoring_metrics_source_recorded_at ON public.monitoring_metrics USING btree (source, recorded_at DESC);

-- create index ix_opaque_sessions_active on public.opaque_sessions
-- hazards: INDEX_BUILD
CREATE INDEX ix_opaque_sessions_active ON public.opaque_sessions USING btree (user_id, expires_at) WHERE state = 'established'::public.opaque_session_state;

-- create index ix_opaque_sessions_client_ip on public.opaque_sessions
-- hazards: INDEX_BUILD
CREATE INDEX ix_opaque_sessions_client_ip ON public.opaque_sessions USING btree (client_ip);

-- create index ix_opaque_sessions_expires_at on public.opaque_sessions
-- hazards: INDEX_BUILD
CREATE INDEX ix_opaque_sessions_expires_at ON public.opaque_sessions USING btree (expires_at);

-- create index ix_opaque_sessions_secret_tag_id on public.opaque_sessions
-- hazards: INDEX_BUILD
CREATE INDEX ix_opaque_sessions_secret_tag_id ON public.opaque_sessions USING btree (secret_tag_id);

-- create index ix_opaque_sessions_user_id on public.opaque_sessions
-- hazards: INDEX_BUILD
CREATE INDEX ix_opaque_sessions_user_id ON public.opaque_sessions USING btree (user_id);

-- create index ix_reminders_due on public.reminders
-- hazards: INDEX_BUILD
CREATE INDEX ix_reminders_due ON public.reminders USING btree (remind_at) WHERE status = 'pending'::public.reminder_status AND deleted_at IS NULL;

-- create index ix_reminders_entry_id on public.reminders
-- hazards: INDEX_BUILD
CREATE INDEX ix_reminders_entry_id ON public.reminders USING btree (entry_id) WHERE entry_id IS NOT NULL;

-- create index ix_reminders_snoozed_until on public.reminders
-- hazards: INDEX_BUILD
CREATE INDEX ix_reminders_snoozed_until ON public.reminders USING btree (snoozed_until) WHERE snoozed_until IS NOT NULL;

-- create index ix_reminders_status_remind_at on public.reminders
-- hazards: INDEX_BUILD
CREATE INDEX ix_reminders_status_remind_at ON public.reminders USING btree (status, remind_at);

-- create index ix_reminders_user_id_remind_at on public.reminders
-- hazards: INDEX_BUILD
CREATE INDEX ix_reminders_user_id_remind_at ON public.reminders USING btree (user_id, remind_at);

-- create index ix_secret_tags_deleted_at on public.secret_tags
-- hazards: INDEX_BUILD
CREATE INDEX ix_secret_tags_deleted_at ON public.secret_tags USING btree (deleted_at) WHERE deleted_at IS NOT NULL;

-- create index ix_secret_tags_user_id_last_used_at on public.secret_tags
-- hazards: INDEX_BUILD
CREATE INDEX ix_secret_tags_user_id_last_used_at ON public.secret_tags USING btree (user_id, last_used_at DESC) WHERE deleted_at IS NULL;

-- create index ix_security_alerts_acknowledged_by on public.security_alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_alerts_acknowledged_by ON public.security_alerts USING btree (acknowledged_by) WHERE acknowledged_by IS NOT NULL;

-- create index ix_security_alerts_alert_type on public.security_alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_alerts_alert_type ON public.security_alerts USING btree (alert_type);

-- create index ix_security_alerts_audit_log_id on public.security_alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_alerts_audit_log_id ON public.security_alerts USING btree (audit_log_id) WHERE audit_log_id IS NOT NULL;

-- create index ix_security_alerts_details on public.security_alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_alerts_details ON public.security_alerts USING gin (details);

-- create index ix_security_alerts_resolved_by on public.security_alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_alerts_resolved_by ON public.security_alerts USING btree (resolved_by) WHERE resolved_by IS NOT NULL;

-- create index ix_security_alerts_status_detected_at on public.security_alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_alerts_status_detected_at ON public.security_alerts USING btree (status, detected_at DESC);

-- create index ix_security_alerts_unresolved on public.security_alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_alerts_unresolved ON public.security_alerts USING btree (severity, detected_at DESC) WHERE resolved_at IS NULL;

-- create index ix_security_alerts_user_id on public.security_alerts
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_alerts_user_id ON public.security_alerts USING btree (user_id) WHERE user_id IS NOT NULL;

-- create index ix_security_audit_logs_correlation_id on public.security_audit_logs
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_audit_logs_correlation_id ON public.security_audit_logs USING btree (correlation_id) WHERE correlation_id IS NOT NULL;

-- create index ix_security_audit_logs_details on public.security_audit_logs
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_audit_logs_details ON public.security_audit_logs USING gin (details);

-- create index ix_security_audit_logs_event_type_occurred_at on public.security_audit_logs
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_audit_logs_event_type_occurred_at ON public.security_audit_logs USING btree (event_type, occurred_at DESC);

-- create index ix_security_audit_logs_failures on public.security_audit_logs
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_audit_logs_failures ON public.security_audit_logs USING btree (occurred_at DESC) WHERE outcome::text <> 'success'::text;

-- create index ix_security_audit_logs_ip_address on public.security_audit_logs
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_audit_logs_ip_address ON public.security_audit_logs USING btree (ip_address);

-- create index ix_security_audit_logs_occurred_at on public.security_audit_logs
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_audit_logs_occurred_at ON public.security_audit_logs USING brin (occurred_at);

-- create index ix_security_audit_logs_resource on public.security_audit_logs
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_audit_logs_resource ON public.security_audit_logs USING btree (resource_type, resource_id);

-- create index ix_security_audit_logs_session_id on public.security_audit_logs
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_audit_logs_session_id ON public.security_audit_logs USING btree (session_id) WHERE session_id IS NOT NULL;

-- create index ix_security_audit_logs_user_id_occurred_at on public.security_audit_logs
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_audit_logs_user_id_occurred_at ON public.security_audit_logs USING btree (user_id, occurred_at DESC);

-- create index ix_security_metrics_dimensions on public.security_metrics
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_metrics_dimensions ON public.security_metrics USING gin (dimensions);

-- create index ix_security_metrics_recorded_at on public.security_metrics
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_metrics_recorded_at ON public.security_metrics USING brin (recorded_at);

-- create index ix_security_metrics_user_id on public.security_metrics
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_metrics_user_id ON public.security_metrics USING btree (user_id) WHERE user_id IS NOT NULL;

-- create index ix_security_metrics_window_start on public.security_metrics
-- hazards: INDEX_BUILD
CREATE INDEX ix_security_metrics_window_start ON public.security_metrics USING btree (window_start);

-- create index ix_service_health_checked_at on public.service_health
-- hazards: INDEX_BUILD
CREATE INDEX ix_service_health_checked_at ON public.service_health USING btree (checked_at);

-- create index ix_service_health_service_name_checked_at on public.service_health
-- hazards: INDEX_BUILD
CREATE INDEX ix_service_health_service_name_checked_at ON public.service_health USING btree (service_name, checked_at DESC);

-- create index ix_service_health_status_checked_at on public.service_health
-- hazards: INDEX_BUILD
CREATE INDEX ix_service_health_status_checked_at ON public.service_health USING btree (status, checked_at DESC);

-- create index ix_service_health_unhealthy on public.service_health
-- hazards: INDEX_BUILD
CREATE INDEX ix_service_health_unhealthy ON public.service_health USING btree (service_name, checked_at DESC) WHERE status <> 'healthy'::public.health_status;

-- create index ix_system_health_checked_at on public.system_health
-- hazards: INDEX_BUILD
CREATE INDEX ix_system_health_checked_at ON public.system_health USING brin (checked_at);

-- create index ix_system_health_host_name_checked_at on public.system_health
-- hazards: INDEX_BUILD
CREATE INDEX ix_system_health_host_name_checked_at ON public.system_health USING btree (host_name, checked_at DESC);

-- create index ix_system_health_status_checked_at on public.system_health
-- hazards: INDEX_BUILD
CREATE INDEX ix_system_health_status_checked_at ON public.system_health USING btree (status, checked_at DESC);

-- create index ix_system_health_unhealthy on public.system_health
-- hazards: INDEX_BUILD
CREATE INDEX ix_system_health_unhealthy ON public.system_health USING btree (checked_at DESC) WHERE status <> 'healthy'::public.health_status;

-- create index ix_tags_user_id_usage_count on public.tags
-- hazards: INDEX_BUILD
CREATE INDEX ix_tags_user_id_usage_count ON public.tags USING btree (user_id, usage_count DESC) WHERE deleted_at IS NULL;

-- create index ix_users_created_at on public.users
-- hazards: INDEX_BUILD
CREATE INDEX ix_users_created_at ON public.users USING btree (created_at);

-- create index ix_users_deleted_at on public.users
-- hazards: INDEX_BUILD
CREATE INDEX ix_users_deleted_at ON public.users USING btree (deleted_at) WHERE deleted_at IS NOT NULL;

-- create index ix_users_last_login_at on public.users
-- hazards: INDEX_BUILD
CREATE INDEX ix_users_last_login_at ON public.users USING btree (last_login_at DESC) WHERE deleted_at IS NULL;

-- create index ix_users_settings on public.users
-- hazards: INDEX_BUILD
CREATE INDEX ix_users_settings ON public.users USING gin (settings);

-- create index ix_vault_blobs_entry_id on public.vault_blobs
-- hazards: INDEX_BUILD
CREATE INDEX ix_vault_blobs_entry_id ON public.vault_blobs USING btree (entry_id) WHERE entry_id IS NOT NULL;

-- create index ix_vault_blobs_secret_tag_id on public.vault_blobs
-- hazards: INDEX_BUILD
CREATE INDEX ix_vault_blobs_secret_tag_id ON public.vault_blobs USING btree (secret_tag_id);

-- create index ix_vault_blobs_sha256 on public.vault_blobs
-- hazards: INDEX_BUILD
CREATE INDEX ix_vault_blobs_sha256 ON public.vault_blobs USING btree (sha256);

-- create index ix_vault_blobs_user_id_created_at on public.vault_blobs
-- hazards: INDEX_BUILD
CREATE INDEX ix_vault_blobs_user_id_created_at ON public.vault_blobs USING btree (user_id, created_at DESC);

-- create index ix_vault_blobs_wrapped_key_id on public.vault_blobs
-- hazards: INDEX_BUILD
CREATE INDEX ix_vault_blobs_wrapped_key_id ON public.vault_blobs USING btree (wrapped_key_id);

-- create index ix_wrapped_keys_expires_at on public.wrapped_keys
-- hazards: INDEX_BUILD
CREATE INDEX ix_wrapped_keys_expires_at ON public.wrapped_keys USING btree (expires_at) WHERE revoked_at IS NULL;

-- create index ix_wrapped_keys_user_id on public.wrapped_keys
-- hazards: INDEX_BUILD
CREATE INDEX ix_wrapped_keys_user_id ON public.wrapped_keys USING btree (user_id);

-- create index ux_alerts_open_fingerprint on public.alerts
-- hazards: INDEX_BUILD
CREATE UNIQUE INDEX ux_alerts_open_fingerprint ON public.alerts USING btree (fingerprint) WHERE resolved_at IS NULL;

-- create index ux_users_email_live on public.users
-- hazards: INDEX_BUILD
CREATE UNIQUE INDEX ux_users_email_live ON public.users USING btree ((lower(email::text))) WHERE deleted_at IS NULL;

-- create index ux_wrapped_keys_active on public.wrapped_keys
-- hazards: INDEX_BUILD
CREATE UNIQUE INDEX ux_wrapped_keys_active ON public.wrapped_keys USING btree (secret_tag_id) WHERE revoked_at IS NULL;

-- add foreign key fk_alert_channels_created_by_users on public.alert_channels
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_channels ADD CONSTRAINT fk_alert_channels_created_by_users FOREIGN KEY (created_by) REFERENCES public.users (id) ON DELETE SET NULL;

-- add foreign key fk_alert_escalations_channel_id_alert_channels on public.alert_escalations
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_escalations ADD CONSTRAINT fk_alert_escalations_channel_id_alert_channels FOREIGN KEY (channel_id) REFERENCES public.alert_channels (id) ON DELETE CASCADE;

-- add foreign key fk_alert_escalations_notify_user_id_users on public.alert_escalations
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_escalations ADD CONSTRAINT fk_alert_escalations_notify_user_id_users FOREIGN KEY (notify_user_id) REFERENCES public.users (id) ON DELETE SET NULL;

-- add foreign key fk_alert_escalations_rule_id_alert_rules on public.alert_escalations
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_escalations ADD CONSTRAINT fk_alert_escalations_rule_id_alert_rules FOREIGN KEY (rule_id) REFERENCES public.alert_rules (id) ON DELETE CASCADE;

-- add foreign key fk_alert_rules_created_by_users on public.alert_rules
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alert_rules ADD CONSTRAINT fk_alert_rules_created_by_users FOREIGN KEY (created_by) REFERENCES public.users (id) ON DELETE SET NULL;

-- add foreign key fk_alerts_acknowledged_by_users on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alerts ADD CONSTRAINT fk_alerts_acknowledged_by_users FOREIGN KEY (acknowledged_by) REFERENCES public.users (id) ON DELETE SET NULL;

-- add foreign key fk_alerts_rule_id_alert_rules on public.alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.alerts ADD CONSTRAINT fk_alerts_rule_id_alert_rules FOREIGN KEY (rule_id) REFERENCES public.alert_rules (id) ON DELETE SET NULL;

-- add foreign key fk_journal_entries_secret_tag_id_secret_tags on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entries ADD CONSTRAINT fk_journal_entries_secret_tag_id_secret_tags FOREIGN KEY (secret_tag_id) REFERENCES public.secret_tags (id);

-- add foreign key fk_journal_entries_user_id_users on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entries ADD CONSTRAINT fk_journal_entries_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

-- add foreign key fk_journal_entry_tags_entry_id_journal_entries on public.journal_entry_tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entry_tags ADD CONSTRAINT fk_journal_entry_tags_entry_id_journal_entries FOREIGN KEY (entry_id) REFERENCES public.journal_entries (id) ON DELETE CASCADE;

-- add foreign key fk_journal_entry_tags_tag_id_tags on public.journal_entry_tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entry_tags ADD CONSTRAINT fk_journal_entry_tags_tag_id_tags FOREIGN KEY (tag_id) REFERENCES public.tags (id) ON DELETE CASCADE;

-- add foreign key fk_monitoring_configuration_updated_by_users on public.monitoring_configuration
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.monitoring_configuration ADD CONSTRAINT fk_monitoring_configuration_updated_by_users FOREIGN KEY (updated_by) REFERENCES public.users (id) ON DELETE SET NULL;

-- add foreign key fk_monitoring_dashboards_owner_id_users on public.monitoring_dashboards
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.monitoring_dashboards ADD CONSTRAINT fk_monitoring_dashboards_owner_id_users FOREIGN KEY (owner_id) REFERENCES public.users (id) ON DELETE CASCADE;

-- add foreign key fk_opaque_sessions_secret_tag_id_secret_tags on public.opaque_sessions
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.opaque_sessions ADD CONSTRAINT fk_opaque_sessions_secret_tag_id_secret_tags FOREIGN KEY (secret_tag_id) REFERENCES public.secret_tags (id) ON DELETE CASCADE;

-- add foreign key fk_opaque_sessions_user_id_users on public.opaque_sessions
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.opaque_sessions ADD CONSTRAINT fk_opaque_sessions_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

-- add foreign key fk_reminders_entry_id_journal_entries on public.reminders
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.reminders ADD CONSTRAINT fk_reminders_entry_id_journal_entries FOREIGN KEY (entry_id) REFERENCES public.journal_entries (id) ON DELETE SET NULL;

-- add foreign key fk_reminders_user_id_users on public.reminders
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.reminders ADD CONSTRAINT fk_reminders_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

-- add foreign key fk_secret_tags_user_id_users on public.secret_tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.secret_tags ADD CONSTRAINT fk_secret_tags_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

-- add foreign key fk_security_alerts_acknowledged_by_users on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_alerts ADD CONSTRAINT fk_security_alerts_acknowledged_by_users FOREIGN KEY (acknowledged_by) REFERENCES public.users (id) ON DELETE SET NULL;

-- add foreign key fk_security_alerts_audit_log_id_security_audit_logs on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_alerts ADD CONSTRAINT fk_security_alerts_audit_log_id_security_audit_logs FOREIGN KEY (audit_log_id) REFERENCES public.security_audit_logs (id) ON DELETE SET NULL;

-- add foreign key fk_security_alerts_resolved_by_users on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_alerts ADD CONSTRAINT fk_security_alerts_resolved_by_users FOREIGN KEY (resolved_by) REFERENCES public.users (id) ON DELETE SET NULL;

-- add foreign key fk_security_alerts_user_id_users on public.security_alerts
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_alerts ADD CONSTRAINT fk_security_alerts_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE SET NULL;

-- add foreign key fk_security_audit_logs_session_id_opaque_sessions on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_audit_logs ADD CONSTRAINT fk_security_audit_logs_session_id_opaque_sessions FOREIGN KEY (session_id) REFERENCES public.opaque_sessions (id) ON DELETE SET NULL;

-- add foreign key fk_security_audit_logs_user_id_users on public.security_audit_logs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_audit_logs ADD CONSTRAINT fk_security_audit_logs_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE SET NULL;

-- add foreign key fk_security_metrics_user_id_users on public.security_metrics
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.security_metrics ADD CONSTRAINT fk_security_metrics_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

-- add foreign key fk_tags_user_id_users on public.tags
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.tags ADD CONSTRAINT fk_tags_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

-- add foreign key fk_vault_blobs_entry_id_journal_entries on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.vault_blobs ADD CONSTRAINT fk_vault_blobs_entry_id_journal_entries FOREIGN KEY (entry_id) REFERENCES public.journal_entries (id) ON DELETE CASCADE;

-- add foreign key fk_vault_blobs_secret_tag_id_secret_tags on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.vault_blobs ADD CONSTRAINT fk_vault_blobs_secret_tag_id_secret_tags FOREIGN KEY (secret_tag_id) REFERENCES public.secret_tags (id) ON DELETE CASCADE;

-- add foreign key fk_vault_blobs_user_id_users on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.vault_blobs ADD CONSTRAINT fk_vault_blobs_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

-- add foreign key fk_vault_blobs_wrapped_key_id_wrapped_keys on public.vault_blobs
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.vault_blobs ADD CONSTRAINT fk_vault_blobs_wrapped_key_id_wrapped_keys FOREIGN KEY (wrapped_key_id) REFERENCES public.wrapped_keys (id);

-- add foreign key fk_wrapped_keys_secret_tag_id_secret_tags on public.wrapped_keys
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.wrapped_keys ADD CONSTRAINT fk_wrapped_keys_secret_tag_id_secret_tags FOREIGN KEY (secret_tag_id) REFERENCES public.secret_tags (id) ON DELETE CASCADE;

-- add foreign key fk_wrapped_keys_user_id_users on public.wrapped_keys
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.wrapped_keys ADD CONSTRAINT fk_wrapped_keys_user_id_users FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;
