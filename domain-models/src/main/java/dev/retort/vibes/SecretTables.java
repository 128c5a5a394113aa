package dev.retort.vibes;

import dev.retort.schema.dsl.SchemaBuilder;
import dev.retort.schema.dsl.TableRef;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.Types.bigint;
import static dev.retort.schema.dsl.Types.builtin;
import static dev.retort.schema.dsl.Types.bytea;
import static dev.retort.schema.dsl.Types.integer;
import static dev.retort.schema.dsl.Types.text;
import static dev.retort.schema.dsl.Types.timestamptz;
import static dev.retort.schema.dsl.Types.uuid;
import static dev.retort.schema.dsl.Types.varchar;
import static dev.retort.schema.model.ReferentialAction.CASCADE;

/**
 * SecretTables declares the zero-knowledge side: secret_tags (OPAQUE registrations), wrapped_keys,
 * vault_blobs and opaque_sessions. The server stores only handles, ciphertext and OPAQUE records.
 */
final class SecretTables {

    private SecretTables() {
    }

    static TableRef secretTags(SchemaBuilder s, TableRef users) {
        return s.table("secret_tags", t -> {
            Columns.id(t);
            t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
            t.column("tag_handle", bytea()).notNull();
            t.column("opaque_record", bytea()).notNull();
            t.column("opaque_suite", varchar(50)).notNull().defaultValue("ristretto255-sha512");
            t.column("color", varchar(7));
            t.column("failed_attempts", integer()).notNull().defaultValue(0);
            Columns.time(t, "locked_until");
            Columns.time(t, "last_used_at");
            Columns.auditedSoftDeleted(t);
            t.unique("user_id", "tag_handle");
            t.check("octet_length(tag_handle) = 32").named("ck_secret_tags_tag_handle_length");
            t.check("failed_attempts >= 0").named("ck_secret_tags_failed_attempts");
            t.index(col("user_id"), col("last_used_at").desc()).where("deleted_at IS NULL")
                    .named("ix_secret_tags_user_id_last_used_at");
            t.index("deleted_at").where("deleted_at IS NOT NULL").named("ix_secret_tags_deleted_at");
        });
    }

    /** wrapped_keys, vault_blobs and opaque_sessions; returns opaque_sessions. */
    static TableRef vault(SchemaBuilder s, VibesEnums enums, TableRef users, TableRef secretTags, TableRef entries) {
        TableRef wrappedKeys = s.table("wrapped_keys", t -> {
            Columns.id(t);
            t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
            t.column("secret_tag_id", uuid()).notNull().references(secretTags.column("id")).onDelete(CASCADE);
            t.column("key_version", integer()).notNull().defaultValue(1);
            t.column("algorithm", varchar(30)).notNull().defaultValue("xchacha20poly1305");
            t.column("wrapped_key", bytea()).notNull();
            t.column("nonce", bytea()).notNull();
            Columns.now(t, "created_at");
            Columns.time(t, "expires_at");
            Columns.time(t, "revoked_at");
            t.unique("secret_tag_id", "key_version");
            t.check("key_version > 0").named("ck_wrapped_keys_key_version");
            t.check("algorithm IN ('xchacha20poly1305', 'aes256gcm')").named("ck_wrapped_keys_algorithm");
            t.index("user_id").named("ix_wrapped_keys_user_id");
            // Rotation: exactly one unrevoked key per secret tag.
            t.index("secret_tag_id").unique().where("revoked_at IS NULL").named("ux_wrapped_keys_active");
            t.index("expires_at").where("revoked_at IS NULL").named("ix_wrapped_keys_expires_at");
        });
        s.table("vault_blobs", t -> {
            Columns.id(t);
            t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
            t.column("secret_tag_id", uuid()).notNull().references(secretTags.column("id")).onDelete(CASCADE);
            // NO ACTION: a key cannot be deleted while blobs still need it.
            t.column("wrapped_key_id", uuid()).notNull().references(wrappedKeys.column("id"));
            t.column("entry_id", uuid()).references(entries.column("id")).onDelete(CASCADE);
            t.column("object_key", varchar(255)).notNull().unique();
            t.column("content_type", varchar(100)).notNull().defaultValue("application/octet-stream");
            t.column("ciphertext", bytea()).notNull();
            t.column("nonce", bytea()).notNull();
            t.column("size_bytes", bigint()).notNull();
            t.column("sha256", bytea()).notNull();
            Columns.auditedSoftDeleted(t);
            t.check("size_bytes >= 0").named("ck_vault_blobs_size_bytes");
            t.check("octet_length(sha256) = 32").named("ck_vault_blobs_sha256_length");
            t.index(col("user_id"), col("created_at").desc()).named("ix_vault_blobs_user_id_created_at");
            t.index("secret_tag_id").named("ix_vault_blobs_secret_tag_id");
            t.index("wrapped_key_id").named("ix_vault_blobs_wrapped_key_id");
            t.index("entry_id").where("entry_id IS NOT NULL").named("ix_vault_blobs_entry_id");
            t.index("sha256").named("ix_vault_blobs_sha256");
        });
        return s.table("opaque_sessions", t -> {
            Columns.id(t);
            t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
            t.column("secret_tag_id", uuid()).notNull().references(secretTags.column("id")).onDelete(CASCADE);
            t.column("session_token_hash", bytea()).notNull().unique();
            t.column("state", enums.opaqueSessionState()).notNull().defaultValue("initiated");
            t.column("server_state", bytea());
            t.column("client_ip", builtin("inet"));
            t.column("user_agent", text());
            t.column("expires_at", timestamptz()).notNull();
            Columns.time(t, "established_at");
            Columns.time(t, "last_activity_at");
            Columns.time(t, "revoked_at");
            Columns.now(t, "created_at");
            t.check("expires_at > created_at").named("ck_opaque_sessions_expiry");
            t.check("state <> 'established' OR established_at IS NOT NULL").named("ck_opaque_sessions_established");
            t.index("user_id").named("ix_opaque_sessions_user_id");
            t.index("secret_tag_id").named("ix_opaque_sessions_secret_tag_id");
            t.index("user_id", "expires_at").where("state = 'established'").named("ix_opaque_sessions_active");
            t.index("expires_at").named("ix_opaque_sessions_expires_at");
            t.index("client_ip").named("ix_opaque_sessions_client_ip");
        });
    }
}
