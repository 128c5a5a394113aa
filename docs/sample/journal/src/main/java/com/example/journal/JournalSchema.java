package com.example.journal;

import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.SchemaBuilder;
import dev.retort.schema.dsl.TableRef;
import dev.retort.schema.model.SchemaModel;

import static dev.retort.schema.dsl.Types.*;
import static dev.retort.schema.model.ReferentialAction.CASCADE;

/** The journal sample: users and their entries. */
public final class JournalSchema implements SchemaDefinition {

    @Override
    public SchemaModel schema() {
        SchemaBuilder s = Schema.builder();
        TableRef users = s.table("users", t -> {
            t.column("id", uuid()).primaryKey().defaultSql("gen_random_uuid()");
            t.column("email", varchar(320)).notNull().unique();
            t.column("created_at", timestamptz()).notNull().defaultSql("now()");
        });
        s.table("entries", t -> {
            t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
            t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(CASCADE);
            t.column("body", text()).notNull();
            t.column("created_at", timestamptz()).notNull().defaultSql("now()");
            t.index("user_id", "created_at");
        });
        return s.build();
    }
}
