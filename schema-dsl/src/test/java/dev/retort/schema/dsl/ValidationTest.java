package dev.retort.schema.dsl;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.Types.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per validation rule, each asserting the exact message a user sees. */
class ValidationTest {

    @Test
    void unknownColumnInIndexSuggestsTheClosest() {
        assertProblems(s -> s.table("journal_entries", t -> {
            t.column("user_id", uuid());
            t.index("usr_id").named("ix_entries_user");
        }), "table journal_entries: index ix_entries_user references unknown column \"usr_id\" (did you mean \"user_id\"?)");
    }

    @Test
    void unknownColumnInPrimaryKeyListsTheKnownOnes() {
        assertProblems(s -> s.table("tags", t -> {
            t.column("id", bigint());
            t.column("name", text());
            t.primaryKey("tag_identifier");
        }), "table tags: primary key pk_tags references unknown column \"tag_identifier\" (known columns: id, name)");
    }

    @Test
    void unknownColumnInUniqueConstraintAndIncludeAndIndexExpressionsAreNotColumns() {
        assertProblems(s -> s.table("tags", t -> {
            t.column("name", text());
            t.unique("nmae");
            t.index(IndexPart.expr("lower(nme)"), col("name")).include("labl");
        }), "table tags: unique constraint uq_tags_nmae references unknown column \"nmae\" (did you mean \"name\"?)",
                "table tags: index ix_tags_lower_nme_name INCLUDE references unknown column \"labl\" (known columns: name)");
    }

    @Test
    void unknownLocalAndReferencedColumnsOfAForeignKey() {
        assertProblems(s -> {
            TableRef users = s.table("users", t -> t.column("id", uuid()).primaryKey());
            s.table("posts", t -> {
                t.column("author_id", uuid());
                t.foreignKey("autor_id").references(users, "idd");
            });
        }, "table posts: foreign key fk_posts_autor_id_users references unknown column \"autor_id\" (did you mean \"author_id\"?)",
                "table posts: foreign key fk_posts_autor_id_users references unknown column \"idd\" of table users "
                        + "(did you mean \"id\"?)");
    }

    @Test
    void foreignKeyToAnUnknownTableInAModel() {
        Table posts = Table.named(QualifiedName.of("public", "posts"))
                .withColumns(List.of(Column.of("author_id", new BuiltinType("uuid"))))
                .withForeignKeys(List.of(new ForeignKey("fk_posts_author", List.of("author_id"),
                        QualifiedName.of("public", "user"), List.of("id"), ReferentialAction.NO_ACTION,
                        ReferentialAction.NO_ACTION, false, false)));
        Table users = Table.named(QualifiedName.of("public", "users"))
                .withColumns(List.of(Column.of("id", new BuiltinType("uuid")).withNullable(false)))
                .withPrimaryKey(new PrimaryKey("pk_users", List.of("id")));
        SchemaModel model = SchemaModel.empty().withTables(List.of(posts, users));
        assertEquals(List.of("table posts: foreign key fk_posts_author references unknown table \"user\" (did you mean \"users\"?)"),
                SchemaValidator.problems(model));
    }

    @Test
    void declaredTableNeverDefined() {
        assertProblems(s -> {
            TableRef orders = s.declareTable("orders");
            s.table("lines", t -> t.column("order_id", bigint()).references(orders.column("id")));
        }, "table orders: declared with declareTable but never defined (define it with table(handle, t -> ...))");
    }

    @Test
    void extendingATableNotYetDefined() {
        assertProblems(s -> {
            TableRef later = s.declareTable("later");
            s.extendTable(later, t -> t.column("x", integer()));
            s.table(later, t -> t.column("id", integer()));
        }, "table later: extendTable needs a table defined earlier in this schema (define it with table(...) first)");
    }

    @Test
    void handleFromAnotherSchemaBuilder() {
        SchemaBuilder other = Schema.builder();
        TableRef foreign = other.table("users", t -> t.column("id", uuid()).primaryKey());
        assertProblems(s -> {
            s.table("users", t -> t.column("id", uuid()).primaryKey());
            s.table("posts", t -> t.column("author_id", uuid()).references(foreign.column("id")));
        }, "table posts: foreign key fk_posts_author_id_users references users through a handle of another schema "
                + "builder (use a handle returned by this schema's table(...) or declareTable(...))");
    }

    @Test
    void duplicateTable() {
        assertProblems(s -> {
            s.table("users", t -> t.column("id", uuid()));
            s.table("users", t -> t.column("id", uuid()));
        }, "table users: declared 2 times (keep one declaration, or rename the others)");
    }

    @Test
    void duplicateColumn() {
        assertProblems(s -> s.table("users", t -> {
            t.column("email", text());
            t.column("email", varchar(20));
        }), "table users: column \"email\" is declared more than once (keep one, or rename the others)");
    }

    @Test
    void duplicateConstraintNamesInATable() {
        assertProblems(s -> s.table("events", t -> {
            t.column("qty", integer()).check("qty > 0");
            t.check("qty < 100 AND qty <> 7");
        }), "table events: 2 constraints are named \"ck_events_qty\" (check constraint, check constraint; give them "
                + "distinct names with .named(...))");
    }

    @Test
    void indexesAndKeysShareOneNamespacePerSchema() {
        assertProblems(s -> {
            s.table("users", t -> {
                t.column("email", text());
                t.index("email").named("ix_email");
            });
            s.table("admins", t -> {
                t.column("email", text());
                t.unique("email").named("ix_email");
            });
        }, "schema public: name \"ix_email\" is used by unique constraint of table admins and index of table users; "
                + "tables, sequences, indexes, primary keys and unique constraints share one namespace per schema "
                + "(rename all but one, e.g. with .named(...))");
    }

    @Test
    void columnOptionsOutsideWhatPostgresHas() {
        assertProblems(s -> s.table("docs", t -> {
            t.column("id", integer()).generatedAlwaysAsIdentity(seq -> seq.startWith(0));
            t.column("n", bigint()).generatedAlwaysAsIdentity(seq -> seq.incrementBy(0));
            t.column("body", text()).storage("compressed").compression("zstd");
        }), "table docs: column n has an identity increment of 0 (give a positive or negative increment)",
                "table docs: column id has identity options START 0 MINVALUE 1 MAXVALUE 2147483647 (START must lie"
                        + " between MINVALUE and MAXVALUE)",
                "table docs: column body has storage \"compressed\" (use plain, external, extended or main)",
                "table docs: column body has compression \"zstd\" (use pglz or lz4)");
    }

    @Test
    void loggedTableCannotReferenceAnUnloggedOne() {
        assertProblems(s -> {
            TableRef cache = s.table("cache", t -> {
                t.column("id", integer()).primaryKey();
                t.unlogged();
            });
            s.table("uses", t -> t.column("cache_id", integer()).references(cache.column("id")));
        }, "table uses: foreign key fk_uses_cache_id_cache references unlogged table cache (PostgreSQL lets only"
                + " unlogged tables reference an unlogged one; make cache logged or this table unlogged)");
    }

    @Test
    void unknownIncludeColumnOfAKey() {
        assertProblems(s -> s.table("users", t -> {
            t.column("id", uuid());
            t.column("email", text());
            t.primaryKey("id").include("emial");
        }), "table users: primary key pk_users INCLUDE references unknown column \"emial\" (did you mean \"email\"?)");
    }

    @Test
    void foreignKeyNeverFinished() {
        assertProblems(s -> s.table("posts", t -> {
            t.column("author_id", uuid());
            t.foreignKey("author_id");
        }), "table posts: foreign key on (author_id) never says what it references (finish it with .references(...))");
    }

    @Test
    void identifiersOver63BytesAsciiAndMultiByte() {
        String longTable = "t".repeat(64);
        String longColumn = "é".repeat(32);   // 32 characters, 64 bytes
        assertProblems(s -> {
            s.table(longTable, t -> t.column("id", integer()));
            s.table("ok", t -> {
                t.column(longColumn, integer());
                t.column("é".repeat(31) + "a", integer());   // 63 bytes: fits
            });
        }, "table ok: column name \"" + longColumn + "\" is 64 bytes, over PostgreSQL's 63-byte identifier limit "
                        + "(shorten it; PostgreSQL would silently cut it)",
                "table " + longTable + ": name \"" + longTable + "\" is 64 bytes, over PostgreSQL's 63-byte identifier limit "
                        + "(shorten it; PostgreSQL would silently cut it)");
    }

    @Test
    void explicitConstraintNameOver63Bytes() {
        String name = "ck_" + "x".repeat(61);
        assertProblems(s -> s.table("t", t -> {
            t.column("a", integer());
            t.check("a > 0").named(name);
        }), "table t: check constraint name \"" + name + "\" is 64 bytes, over PostgreSQL's 63-byte identifier limit "
                + "(shorten it; PostgreSQL would silently cut it)");
    }

    @Test
    void tableWithoutColumns() {
        assertProblems(s -> s.table("empty", t -> t.comment("nothing yet")),
                "table empty: has no columns (declare at least one with t.column(...))");
    }

    @Test
    void invalidPrecisionScaleAndLengths() {
        assertProblems(s -> s.table("prices", t -> {
            t.column("a", numeric(0, 0));
            t.column("b", numeric(10, 1001));
            t.column("c", varchar(0));
            t.column("d", timestamptz(7));
        }), "table prices: column a: type numeric(0,0): precision 0 must be between 1 and 1000",
                "table prices: column b: type numeric(10,1001): scale 1001 must be between -1000 and 1000",
                "table prices: column c: type character varying(0): length 0 must be between 1 and 10485760",
                "table prices: column d: type timestamp(7) with time zone: fractional-seconds precision 7 must be between 0 and 6");
    }

    @Test
    void builtinTypeSpelledOtherwiseThanPostgresPrintsIt() {
        assertProblems(s -> s.table("t", t -> {
            t.column("a", builtin("int4"));
            t.column("b", builtin("varchar(20)"));
            t.column("c", builtin("timestamp(3) with time zone"));
        }), "table t: column a: type int4: PostgreSQL spells int4 as integer; a different spelling never compares "
                        + "equal to the database (use the factory for it in Types)",
                "table t: column b: type varchar(20): PostgreSQL spells varchar as character varying; a different "
                        + "spelling never compares equal to the database (use the factory for it in Types)");
    }

    @Test
    void enumUsedButNotDeclared() {
        EnumRef elsewhere = Schema.builder().enumType("status", "a");
        assertProblems(s -> s.table("entries", t -> {
            t.column("mood", enumType("mood"));
            t.column("status", elsewhere);
        }), "table entries: column mood uses enum type public.mood, which is not declared (declare it with "
                        + "enumType(\"mood\", ...) in schema public)",
                "table entries: column status uses enum type public.status, which is not declared in this schema "
                        + "(declare it with enumType(\"status\", ...) in this schema builder)");
    }

    @Test
    void enumWithoutValuesOrWithRepeatedValues() {
        assertProblems(s -> {
            s.enumType("empty");
            s.enumType("mood", "ok", "ok");
        }, "enum empty: has no values (list at least one label)",
                "enum mood: value \"ok\" is listed twice (list each label once)");
    }

    @Test
    void primaryKeyDeclaredOnTwoColumnsOrTwice() {
        assertProblems(s -> {
            s.table("a", t -> {
                t.column("x", integer()).primaryKey();
                t.column("y", integer()).primaryKey();
            });
            s.table("b", t -> {
                t.column("x", integer()).primaryKey();
                t.primaryKey("x");
            });
        }, "table a: primaryKey() is set on columns x, y (declare one composite key with t.primaryKey(\"x\", \"y\"))",
                "table b: declares 2 primary keys (a table has at most one; merge them into one key)");
    }

    @Test
    void identityColumnRules() {
        assertProblems(s -> s.table("t", t -> {
            t.column("a", text()).generatedAlwaysAsIdentity();
            t.column("b", bigint()).generatedByDefaultAsIdentity().defaultSql("1");
        }), "table t: column a is an identity column of type text (identity columns must be smallint, integer or bigint)",
                "table t: column b combines a default, an identity and/or a generated expression (PostgreSQL allows "
                        + "only one of them per column; keep one)");
    }

    @Test
    void sequenceRules() {
        assertProblems(s -> {
            s.table("orders", t -> t.column("number", integer()));
            s.sequence("a").as(text());
            s.sequence("b").incrementBy(0);
            s.sequence("c").minValue(5).maxValue(1);
            s.sequence("d").startWith(0);
            s.sequence("e").ownedBy(s.declareTable("missing").column("x"));
        }, "table missing: declared with declareTable but never defined (define it with table(handle, t -> ...))",
                "sequence a: type text is not a sequence type (use smallint, integer or bigint)",
                "sequence b: increment is 0 (use a positive or negative step)",
                "sequence c: min value 5 is not below max value 1 (raise the max or lower the min)",
                "sequence d: start 0 is outside [1, 9223372036854775807] (start inside the range)",
                "sequence e: owned by unknown table \"missing\" (declare the table in the sequence's schema)");
    }

    @Test
    void everyProblemIsReportedAtOnceInOneMessage() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            s.table("empty", t -> { });
            s.table("users", t -> {
                t.column("id", numeric(0));
                t.index("idd");
            });
        }));
        assertEquals(3, e.problems().size());
        assertEquals("the schema has 3 problems:" + System.lineSeparator()
                + "  - table users: column id: type numeric(0,0): precision 0 must be between 1 and 1000"
                + System.lineSeparator()
                + "  - table empty: has no columns (declare at least one with t.column(...))" + System.lineSeparator()
                + "  - table users: index ix_users_idd references unknown column \"idd\" (did you mean \"id\"?)",
                e.getMessage());
    }

    @Test
    void validSchemaHasNoProblems() {
        assertTrue(SchemaValidator.problems(ReadmeExampleTest.journalSchema()).isEmpty());
    }

    static void assertProblems(Consumer<SchemaBuilder> body, String... expected) {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(body));
        assertEquals(List.of(expected), e.problems());
    }
}
