package com.example.journal;

import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.SchemaBuilder;
import dev.retort.schema.dsl.TableRef;
import dev.retort.schema.model.SchemaModel;

import static dev.retort.schema.dsl.Types.bigint;
import static dev.retort.schema.dsl.Types.text;
import static dev.retort.schema.dsl.Types.timestamptz;
import static dev.retort.schema.dsl.Types.varchar;
import static dev.retort.schema.model.ReferentialAction.CASCADE;

/** The declared schema: authors and their journal entries. Retort generates the migrations from it. */
public final class JournalSchema implements SchemaDefinition {

    @Override
    public SchemaModel schema() {
        SchemaBuilder s = Schema.builder();
        TableRef authors = s.table("authors", t -> {
            t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
            t.column("email", varchar(320)).notNull().unique();
        });
        s.table("entries", t -> {
            t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
            t.column("author_id", bigint()).notNull().references(authors.column("id")).onDelete(CASCADE);
            t.column("body", text()).notNull();
            t.column("created_at", timestamptz()).notNull().defaultSql("now()");
            t.index("author_id", "created_at");
        });
        return s.build();
    }
}
