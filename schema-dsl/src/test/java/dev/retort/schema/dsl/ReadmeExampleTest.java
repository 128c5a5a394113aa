package dev.retort.schema.dsl;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.UserDefinedType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.IndexPart.expr;
import static dev.retort.schema.dsl.Types.*;
import static dev.retort.schema.model.ReferentialAction.CASCADE;
import static dev.retort.schema.model.ReferentialAction.SET_NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's example, compiled and checked: a journaling app's schema declared with the DSL. */
class ReadmeExampleTest {

    // README example: start
    static SchemaModel journalSchema() {
        return Schema.define(s -> {
            EnumRef mood = s.enumType("mood", "awful", "bad", "ok", "good", "great");

            TableRef users = s.table("users", t -> {
                t.column("id", uuid()).primaryKey().defaultSql("gen_random_uuid()");
                t.column("email", varchar(320)).notNull().unique();
                t.column("display_name", text());
                t.column("created_at", timestamptz()).notNull().defaultSql("now()");
                t.index(expr("lower(email)")).named("ix_users_email_lower");
                t.comment("People who write entries");
            });

            TableRef entries = s.table("journal_entries", t -> {
                t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
                t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
                t.column("mood", mood);
                t.column("body", text()).notNull().defaultValue("");
                t.column("word_count", integer()).generatedAlwaysAs("array_length(regexp_split_to_array(body, '\\s+'), 1)");
                t.column("deleted_at", timestamptz());
                t.column("created_at", timestamptz()).notNull().defaultSql("now()");
                t.index(col("user_id"), col("created_at").desc()).where("deleted_at IS NULL");
            });

            TableRef tags = s.table("tags", t -> {
                t.column("id", bigint()).primaryKey().generatedByDefaultAsIdentity();
                t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
                t.column("name", varchar(40)).notNull().check("length(name) > 0");
                t.unique("user_id", "name");
            });

            s.table("journal_entry_tags", t -> {
                t.column("entry_id", bigint()).notNull().references(entries.column("id")).onDelete(CASCADE);
                t.column("tag_id", bigint()).notNull().references(tags.column("id")).onDelete(CASCADE);
                t.primaryKey("entry_id", "tag_id");
                t.index("tag_id");
            });

            s.inSchema("audit").table("events", t -> {
                t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
                t.column("user_id", uuid()).references(users.column("id")).onDelete(SET_NULL);
                t.column("payload", jsonb()).notNull().defaultValue("{}");
                t.index("payload").using("gin");
            });
        });
    }
    // README example: end

    @Test
    void theExampleBuildsTheModelItDeclares() {
        SchemaModel model = journalSchema();

        assertEquals(List.of("audit", "public"), model.schemas());
        assertEquals(List.of("events", "journal_entries", "journal_entry_tags", "tags", "users"),
                model.tables().stream().map(t -> t.name().name()).toList());

        Table users = model.table(QualifiedName.of("public", "users")).orElseThrow();
        assertEquals(new PrimaryKey("pk_users", List.of("id")), users.primaryKey());
        assertEquals(Column.of("email", new BuiltinType("character varying(320)")).withNullable(false),
                users.column("email").orElseThrow());
        assertEquals(List.of(new UniqueConstraint("uq_users_email", List.of("email"), false)), users.uniqueConstraints());
        assertEquals(List.of(new Index("ix_users_email_lower", false, "btree", List.of(IndexElement.expression("lower(email)")),
                List.of(), null, false)), users.indexes());

        Table entries = model.table(QualifiedName.of("public", "journal_entries")).orElseThrow();
        assertEquals(IdentityGeneration.ALWAYS, entries.column("id").orElseThrow().identity());
        assertEquals(new UserDefinedType(QualifiedName.of("public", "mood")), entries.column("mood").orElseThrow().type());
        assertEquals("''::text", entries.column("body").orElseThrow().defaultExpression());
        assertEquals(List.of(new ForeignKey("fk_journal_entries_user_id_users", List.of("user_id"),
                QualifiedName.of("public", "users"), List.of("id"), CASCADE, ReferentialAction.NO_ACTION, false, false)),
                entries.foreignKeys());
        assertEquals(List.of(new Index("ix_journal_entries_user_id_created_at", false, "btree",
                List.of(IndexElement.column("user_id"), IndexElement.column("created_at").desc()), List.of(),
                "deleted_at IS NULL", false)), entries.indexes());

        Table tags = model.table(QualifiedName.of("public", "tags")).orElseThrow();
        assertEquals("ck_tags_name", tags.checkConstraints().get(0).name());
        assertEquals("uq_tags_user_id_name", tags.uniqueConstraints().get(0).name());

        Table events = model.table(QualifiedName.of("audit", "events")).orElseThrow();
        assertEquals("'{}'::jsonb", events.column("payload").orElseThrow().defaultExpression());
        assertEquals("gin", events.indexes().get(0).method());
        assertEquals(QualifiedName.of("public", "users"), events.foreignKeys().get(0).referencedTable());
    }
}
