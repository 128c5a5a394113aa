package dev.retort.vibes;

import dev.retort.schema.dsl.SchemaBuilder;
import dev.retort.schema.dsl.TableRef;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.IndexPart.expr;
import static dev.retort.schema.dsl.Types.bool;
import static dev.retort.schema.dsl.Types.date;
import static dev.retort.schema.dsl.Types.integer;
import static dev.retort.schema.dsl.Types.text;
import static dev.retort.schema.dsl.Types.timestamptz;
import static dev.retort.schema.dsl.Types.uuid;
import static dev.retort.schema.dsl.Types.varchar;
import static dev.retort.schema.model.ReferentialAction.CASCADE;
import static dev.retort.schema.model.ReferentialAction.SET_NULL;

/** JournalTables declares the journaling core: users, journal_entries, tags, journal_entry_tags, reminders. */
final class JournalTables {

    private JournalTables() {
    }

    static TableRef users(SchemaBuilder s) {
        return s.table("users", t -> {
            Columns.id(t);
            t.column("email", varchar(320)).notNull();
            t.column("username", varchar(50)).notNull().unique();
            // Replaced first_name/last_name in the hand-written data migration "users full name".
            t.column("full_name", varchar(201));
            t.column("password_hash", text()).notNull();
            t.column("timezone", varchar(64)).notNull().defaultValue("UTC");
            Columns.jsonObject(t, "settings");
            t.column("is_active", bool()).notNull().defaultValue(true);
            Columns.time(t, "email_verified_at");
            Columns.time(t, "last_login_at");
            Columns.auditedSoftDeleted(t);
            t.check("email LIKE '%_@_%'").named("ck_users_email_format");
            t.check("char_length(username) >= 3").named("ck_users_username_length");
            // Soft-deleted accounts release their address; comparisons ignore case.
            t.index(expr("lower(email)")).unique().where("deleted_at IS NULL").named("ux_users_email_live");
            t.index("created_at").named("ix_users_created_at");
            t.index(col("last_login_at").desc()).where("deleted_at IS NULL").named("ix_users_last_login_at");
            t.index("deleted_at").where("deleted_at IS NOT NULL").named("ix_users_deleted_at");
            t.index("settings").using("gin").named("ix_users_settings");
        });
    }

    /** journal_entries, tags, journal_entry_tags and reminders; returns journal_entries. */
    static TableRef journal(SchemaBuilder s, VibesEnums enums, TableRef users, TableRef secretTags) {
        TableRef entries = s.table("journal_entries", t -> {
            Columns.id(t);
            t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
            // NO ACTION: a secret tag with entries cannot go alone, yet deleting the user cascades through both.
            t.column("secret_tag_id", uuid()).references(secretTags.column("id"));
            t.column("title", varchar(200));
            t.column("content", text());
            t.column("entry_date", date()).notNull().defaultSql("CURRENT_DATE");
            t.column("word_count", integer()).notNull().defaultValue(0);
            t.column("is_favorite", bool()).notNull().defaultValue(false);
            t.column("mood", enums.mood());
            Columns.jsonObject(t, "metadata");
            Columns.auditedSoftDeleted(t);
            t.check("content IS NOT NULL OR secret_tag_id IS NOT NULL").named("ck_journal_entries_content_present");
            t.check("word_count >= 0").named("ck_journal_entries_word_count");
            t.index("secret_tag_id").where("secret_tag_id IS NOT NULL").named("ix_journal_entries_secret_tag_id");
            t.index(col("user_id"), col("entry_date").desc()).where("deleted_at IS NULL")
                    .named("ix_journal_entries_user_id_entry_date");
            t.index(col("user_id"), col("created_at").desc()).named("ix_journal_entries_user_id_created_at");
            t.index("user_id", "updated_at").named("ix_journal_entries_user_id_updated_at");
            t.index(col("user_id"), col("entry_date").desc()).where("is_favorite AND deleted_at IS NULL")
                    .named("ix_journal_entries_favorites");
            t.index(col("metadata").opclass("jsonb_path_ops")).using("gin").named("ix_journal_entries_metadata");
            t.index(expr("to_tsvector('english'::regconfig, content)")).using("gin")
                    .named("ix_journal_entries_content_search");
            t.index("deleted_at").where("deleted_at IS NOT NULL").named("ix_journal_entries_deleted_at");
            // "How did I feel this month": a user's live entries that carry a mood.
            t.index("user_id", "mood").where("mood IS NOT NULL AND deleted_at IS NULL")
                    .named("ix_journal_entries_user_id_mood");
        });
        TableRef tags = s.table("tags", t -> {
            Columns.id(t);
            t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
            t.column("name", varchar(50)).notNull();
            t.column("color", varchar(7));
            t.column("description", text());
            t.column("usage_count", integer()).notNull().defaultValue(0);
            Columns.auditedSoftDeleted(t);
            t.unique("user_id", "name");
            t.check("btrim(name) <> ''").named("ck_tags_name_not_blank");
            t.check("color ~ '^#[0-9A-Fa-f]{6}$'").named("ck_tags_color_hex");
            t.check("usage_count >= 0").named("ck_tags_usage_count");
            t.index(col("user_id"), col("usage_count").desc()).where("deleted_at IS NULL")
                    .named("ix_tags_user_id_usage_count");
        });
        s.table("journal_entry_tags", t -> {
            t.column("entry_id", uuid()).notNull().references(entries.column("id")).onDelete(CASCADE);
            t.column("tag_id", uuid()).notNull().references(tags.column("id")).onDelete(CASCADE);
            Columns.now(t, "created_at");
            t.primaryKey("entry_id", "tag_id");
            // A tag's entries, newest first; the primary key serves an entry's tags.
            t.index(col("tag_id"), col("created_at").desc()).named("ix_journal_entry_tags_tag_id_created_at");
        });
        s.table("reminders", t -> {
            Columns.id(t);
            t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
            t.column("entry_id", uuid()).references(entries.column("id")).onDelete(SET_NULL);
            t.column("title", varchar(200)).notNull();
            t.column("message", text());
            t.column("remind_at", timestamptz()).notNull();
            t.column("timezone", varchar(64)).notNull().defaultValue("UTC");
            t.column("recurrence_rule", text());
            t.column("status", enums.reminderStatus()).notNull().defaultValue("pending");
            t.column("delivery_channel", varchar(20)).notNull().defaultValue("push");
            Columns.time(t, "snoozed_until");
            Columns.time(t, "sent_at");
            Columns.auditedSoftDeleted(t);
            t.check("delivery_channel IN ('push', 'email', 'sms')").named("ck_reminders_delivery_channel");
            t.check("status <> 'sent' OR sent_at IS NOT NULL").named("ck_reminders_sent_at");
            t.index("user_id", "remind_at").named("ix_reminders_user_id_remind_at");
            t.index("entry_id").where("entry_id IS NOT NULL").named("ix_reminders_entry_id");
            t.index("remind_at").where("status = 'pending' AND deleted_at IS NULL").named("ix_reminders_due");
            t.index("status", "remind_at").named("ix_reminders_status_remind_at");
            t.index("snoozed_until").where("snoozed_until IS NOT NULL").named("ix_reminders_snoozed_until");
        });
        return entries;
    }
}
