package dev.retort.runner.cli;

import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.TableRef;
import dev.retort.schema.model.SchemaModel;

import static dev.retort.schema.dsl.Types.bigint;
import static dev.retort.schema.dsl.Types.text;

/** Schema definitions the CLI tests load by class name, as a project would. */
final class TestSchemas {

    private TestSchemas() {
    }

    /** users only. */
    public static final class Users implements SchemaDefinition {
        @Override
        public SchemaModel schema() {
            return Schema.define(s -> s.table("users", t -> {
                t.column("id", bigint()).primaryKey();
                t.column("email", text()).notNull().unique();
            }));
        }
    }

    /** users and posts, with a foreign key, a partial index and a check. */
    public static final class UsersAndPosts implements SchemaDefinition {
        @Override
        public SchemaModel schema() {
            return Schema.define(s -> {
                TableRef users = s.table("users", t -> {
                    t.column("id", bigint()).primaryKey();
                    t.column("email", text()).notNull().unique();
                });
                s.table("posts", t -> {
                    t.column("id", bigint()).primaryKey();
                    t.column("user_id", bigint()).notNull().references(users.column("id"));
                    t.column("title", text()).check("title != ''");
                    t.index("user_id").where("title IS NOT NULL");
                });
            });
        }
    }

    /** a mood enum and a table using it. */
    public static final class Moods implements SchemaDefinition {
        @Override
        public SchemaModel schema() {
            return Schema.define(s -> {
                var mood = s.enumType("mood", "happy", "sad");
                s.table("entries", t -> {
                    t.column("id", bigint()).primaryKey();
                    t.column("mood", mood).notNull().defaultValue("happy");
                });
            });
        }
    }

    /** {@link Moods} with one more enum value (added outside a transaction) and a column defaulting to it. */
    public static final class MoreMoods implements SchemaDefinition {
        @Override
        public SchemaModel schema() {
            return Schema.define(s -> {
                var mood = s.enumType("mood", "happy", "sad", "calm");
                s.table("entries", t -> {
                    t.column("id", bigint()).primaryKey();
                    t.column("mood", mood).notNull().defaultValue("happy");
                    t.column("later_mood", mood).notNull().defaultValue("calm");
                });
            });
        }
    }

    /** users without their email column: reaching it from {@link Users} deletes data. */
    public static final class UsersWithoutEmail implements SchemaDefinition {
        @Override
        public SchemaModel schema() {
            return Schema.define(s -> s.table("users", t -> t.column("id", bigint()).primaryKey()));
        }
    }

    /** t with two indexes, built concurrently by the crash tests of non-transactional migrations. */
    public static final class IndexedT implements SchemaDefinition {
        @Override
        public SchemaModel schema() {
            return Schema.define(s -> s.table("t", t -> {
                t.column("id", bigint()).primaryKey();
                t.column("v", text());
                t.column("w", text());
                t.index("v").named("ix_t_v");
                t.index("w").named("ix_t_w");
            }));
        }
    }
}
