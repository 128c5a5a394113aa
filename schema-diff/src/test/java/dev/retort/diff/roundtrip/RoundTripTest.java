package dev.retort.diff.roundtrip;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** One round trip on a real PostgreSQL per change kind: {name, A, B}. */
class RoundTripTest {

    private static final PrimaryKey PK_USERS = new PrimaryKey("pk_users", List.of("id"));
    private static final Table USERS = table("users", required("id", BIGINT), column("email", TEXT),
            column("name", TEXT)).withPrimaryKey(PK_USERS);
    private static final Table ORDERS = table("orders", required("id", BIGINT), column("user_id", BIGINT),
            column("qty", INT)).withPrimaryKey(new PrimaryKey("pk_orders", List.of("id")));
    private static final ForeignKey ORDERS_USER = new ForeignKey("fk_orders_user_id", List.of("user_id"),
            name("users"), List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false);
    private static final EnumType MOOD = enumType("mood", "sad", "ok", "happy");

    static Stream<Arguments> cases() {
        SchemaModel base = model(USERS);
        SchemaModel withOrders = model(USERS, ORDERS.withForeignKeys(List.of(ORDERS_USER)));
        Table appItems = table("app.items", required("id", INT)).withComment("things");
        Column email = column("email", TEXT);
        Table users = USERS;
        return Stream.of(
                arguments("create schema and table in it", base,
                        base.withSchemas(List.of("public", "app")).withTables(List.of(USERS, appItems))),
                arguments("create table with everything inline", model(), model(table("t",
                                required("id", BIGINT).withIdentity(IdentityGeneration.ALWAYS),
                                column("code", new BuiltinType("character varying(20)")).withDefault("'x'::character varying")
                                        .withComment("it's a code"),
                                column("doubled", BIGINT).withGenerated("(id * 2)"))
                        .withPrimaryKey(new PrimaryKey("pk_t", List.of("id")))
                        .withUniqueConstraints(List.of(new UniqueConstraint("uq_t_code", List.of("code"), true)))
                        .withCheckConstraints(List.of(new CheckConstraint("ck_t_code", "((code)::text <> ''::text)")))
                        .withComment("a table"))),
                arguments("add table with foreign key", base, withOrders),
                arguments("rename table", withOrders, model(USERS, ORDERS.withName(name("purchases")).withRenamedFrom("orders")
                        .withForeignKeys(List.of(ORDERS_USER)))),
                arguments("add and drop columns", base, model(users.withColumns(List.of(required("id", BIGINT), email,
                        required("age", INT).withDefault("0"))))),
                arguments("rename column", base, model(users.withColumns(List.of(required("id", BIGINT),
                        column("mail", TEXT).withRenamedFrom("email"), column("name", TEXT))))),
                arguments("column type widening and narrowing", model(table("t", column("a", INT),
                                column("b", new BuiltinType("character varying(20)")).withDefault("'x'::character varying"),
                                column("c", new BuiltinType("numeric(10,2)")))),
                        model(table("t", column("a", BIGINT), column("b", TEXT).withDefault("'y'::text"),
                                column("c", new BuiltinType("numeric(8,1)"))))),
                arguments("nullability and defaults", model(table("t", column("a", INT), column("b", TEXT).withDefault("'x'::text"),
                                column("c", new BuiltinType("timestamp with time zone")))),
                        model(table("t", required("a", INT).withDefault("42"), column("b", TEXT),
                                column("c", new BuiltinType("timestamp with time zone")).withDefault("now()")))),
                arguments("identity add drop switch", model(table("t", required("a", INT), required("b", BIGINT)
                                .withIdentity(IdentityGeneration.ALWAYS), required("c", INT).withIdentity(IdentityGeneration.ALWAYS))),
                        model(table("t", required("a", INT).withIdentity(IdentityGeneration.BY_DEFAULT), required("b", BIGINT),
                                required("c", INT).withIdentity(IdentityGeneration.BY_DEFAULT)))),
                arguments("generated column dropped and changed, with indexes", model(table("t", column("a", INT),
                                column("g", INT).withGenerated("(a * 2)"), column("h", INT).withGenerated("(a + 1)"))
                                .withIndexes(List.of(new Index("ix_t_g", false, "btree", List.of(IndexElement.column("g")), List.of(), null, false),
                                        new Index("ix_t_h", false, "btree", List.of(IndexElement.column("h")), List.of(), "g > 0", false)))),
                        model(table("t", column("a", INT), column("g", INT), column("h", INT).withGenerated("(a + 2)"))
                                .withIndexes(List.of(new Index("ix_t_g", false, "btree", List.of(IndexElement.column("g")), List.of(), null, false),
                                        new Index("ix_t_h", false, "btree", List.of(IndexElement.column("h")), List.of(), "g > 0", false))))),
                arguments("comments", base, model(users.withComment("people").withColumns(List.of(required("id", BIGINT),
                        email.withComment("it's where; -- we write"), column("name", TEXT))))),
                arguments("primary key changed", base, model(users.withPrimaryKey(new PrimaryKey("pk_users", List.of("id", "email")))
                        .withColumns(List.of(required("id", BIGINT), required("email", TEXT), column("name", TEXT))))),
                arguments("primary key referenced by a foreign key changes", withOrders,
                        model(USERS.withPrimaryKey(new PrimaryKey("pk_users_id", List.of("id"))),
                                ORDERS.withForeignKeys(List.of(ORDERS_USER)))),
                arguments("foreign key actions and deferrability", withOrders, model(USERS, ORDERS.withForeignKeys(List.of(
                        new ForeignKey("fk_orders_user_id", List.of("user_id"), name("users"), List.of("id"),
                                ReferentialAction.CASCADE, ReferentialAction.SET_NULL, true, true))))),
                arguments("foreign key cycle and self reference", model(),
                        model(USERS.withColumns(List.of(required("id", BIGINT), column("last_order_id", BIGINT),
                                        column("manager_id", BIGINT)))
                                        .withForeignKeys(List.of(
                                                new ForeignKey("fk_users_last_order", List.of("last_order_id"), name("orders"),
                                                        List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION, false, false),
                                                new ForeignKey("fk_users_manager", List.of("manager_id"), name("users"),
                                                        List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false))),
                                ORDERS.withForeignKeys(List.of(ORDERS_USER)))),
                arguments("unique and check constraints", base, model(users.withUniqueConstraints(List.of(
                                new UniqueConstraint("uq_users_email", List.of("email"), true),
                                new UniqueConstraint("uq_users_name_email", List.of("name", "email"), false)))
                        .withCheckConstraints(List.of(new CheckConstraint("ck_users_name", "(name <> ''::text)"))))),
                arguments("check changed", model(users.withCheckConstraints(List.of(new CheckConstraint("ck_users_name", "(name <> ''::text)")))),
                        model(users.withCheckConstraints(List.of(new CheckConstraint("ck_users_name", "(length(name) > 1)"))))),
                arguments("indexes of every shape", base, model(users.withColumns(List.of(required("id", BIGINT), email,
                        column("name", TEXT), column("tags", new ArrayType(TEXT)), column("deleted_at", new BuiltinType("timestamp with time zone"))))
                        .withIndexes(List.of(
                                new Index("ix_users_live_email", true, "btree", List.of(IndexElement.expression("lower(email)")),
                                        List.of("name"), "deleted_at IS NULL", false),
                                new Index("ix_users_name", false, "btree", List.of(IndexElement.column("name").desc().nullsFirst(false),
                                        IndexElement.column("email").withOperatorClass("text_pattern_ops")), List.of(), null, false),
                                new Index("ix_users_tags", false, "gin", List.of(IndexElement.column("tags")), List.of(), null, false),
                                new Index("ux_users_email", true, "btree", List.of(IndexElement.column("email")), List.of(), null, true))))),
                arguments("index predicate, uniqueness and method changed",
                        model(users.withIndexes(List.of(new Index("ix_users_email", false, "btree",
                                List.of(IndexElement.column("email")), List.of(), null, false)))),
                        model(users.withIndexes(List.of(new Index("ix_users_email", true, "btree",
                                List.of(IndexElement.column("email")), List.of(), "email IS NOT NULL", false))))),
                arguments("enum created and used", base, model(users.withColumns(List.of(required("id", BIGINT), email,
                        column("name", TEXT), column("mood", type(MOOD)).withDefault("'ok'::public.mood"))))
                        .withEnums(List.of(MOOD))),
                arguments("enum values added in the middle and front (downgrade recreates)",
                        model(table("t", column("mood", type(MOOD)).withDefault("'ok'::public.mood"),
                                column("moods", new ArrayType(type(MOOD))))).withEnums(List.of(MOOD)),
                        model(table("t", column("mood", type(MOOD)).withDefault("'ok'::public.mood"),
                                column("moods", new ArrayType(type(MOOD))))).withEnums(List.of(
                                enumType("mood", "awful", "sad", "meh", "ok", "happy")))),
                arguments("enum values removed and reordered", model(table("t", column("mood", type(MOOD)))).withEnums(List.of(MOOD)),
                        model(table("t", column("mood", type(MOOD)))).withEnums(List.of(enumType("mood", "happy", "sad")))),
                arguments("enum recreate with a check and a partial index that name its labels",
                        model(table("t", column("mood", type(MOOD)))
                                .withCheckConstraints(List.of(new CheckConstraint("ck_t_mood", "(mood <> 'sad'::public.mood)")))
                                .withIndexes(List.of(new Index("ix_t_happy", false, "btree", List.of(IndexElement.column("mood")),
                                        List.of(), "mood = 'happy'::public.mood", false)))).withEnums(List.of(MOOD)),
                        model(table("t", column("mood", type(MOOD)))
                                .withCheckConstraints(List.of(new CheckConstraint("ck_t_mood", "(mood <> 'sad'::public.mood)")))
                                .withIndexes(List.of(new Index("ix_t_happy", false, "btree", List.of(IndexElement.column("mood")),
                                        List.of(), "mood = 'happy'::public.mood", false))))
                                .withEnums(List.of(enumType("mood", "happy", "sad", "ok")))),
                arguments("sequences created, altered, owned", model().withSequences(List.of(sequence("a"), sequence("b"))),
                        model(table("t", column("n", BIGINT).withDefault("nextval('public.c'::regclass)")))
                                .withSequences(List.of(sequence("b").withStart(100).withComment("numbers"),
                                        new Sequence(name("c"), "integer", 5, 2, 1, 1000, 1, true, "t.n", null)))),
                arguments("identity and referenced key widened together with the referencing column",
                        model(USERS.withColumns(List.of(required("id", INT).withIdentity(IdentityGeneration.BY_DEFAULT),
                                        column("email", TEXT), column("name", TEXT))),
                                ORDERS.withColumns(List.of(required("id", BIGINT), column("user_id", INT), column("qty", INT)))
                                        .withForeignKeys(List.of(ORDERS_USER))),
                        withOrders.withTables(List.of(USERS.withColumns(List.of(required("id", BIGINT).withIdentity(IdentityGeneration.BY_DEFAULT),
                                        column("email", TEXT), column("name", TEXT))),
                                ORDERS.withForeignKeys(List.of(ORDERS_USER))))),
                arguments("column moves from one enum to another",
                        model(table("t", column("m", type(MOOD)).withDefault("'ok'::public.mood"),
                                column("ms", new ArrayType(type(MOOD))))).withEnums(List.of(MOOD)),
                        model(table("t", column("m", type(enumType("feeling", "ok", "meh"))).withDefault("'meh'::public.feeling"),
                                column("ms", new ArrayType(type(enumType("feeling", "ok", "meh"))))))
                                .withEnums(List.of(enumType("feeling", "ok", "meh")))),
                arguments("generated column added and dropped with the column it reads",
                        model(table("t", column("id", INT), column("a", INT), column("b", INT).withGenerated("(a * 2)"))),
                        model(table("t", column("id", INT), column("z", INT), column("c", INT).withGenerated("(z + 1)")))),
                arguments("enum label added and used by a default in the same migration",
                        model(table("t", column("m", type(MOOD)).withDefault("'ok'::public.mood"))).withEnums(List.of(MOOD)),
                        model(table("t", column("m", type(MOOD)).withDefault("'meh'::public.mood")))
                                .withEnums(List.of(enumType("mood", "sad", "meh", "ok", "happy")))),
                arguments("type change of a column a generated column and its index read",
                        model(table("t", column("price", new BuiltinType("numeric(10,2)")), column("qty", INT),
                                column("total", new BuiltinType("numeric")).withGenerated("(price * (qty)::numeric)"))
                                .withIndexes(List.of(new Index("ix_t_total", false, "btree", List.of(IndexElement.column("total")),
                                        List.of(), null, false)))),
                        model(table("t", column("price", new BuiltinType("numeric(12,2)")), column("qty", BIGINT),
                                column("total", new BuiltinType("numeric")).withGenerated("(price * (qty)::numeric)"))
                                .withIndexes(List.of(new Index("ix_t_total", false, "btree", List.of(IndexElement.column("total")),
                                        List.of(), null, false))))),
                arguments("renamed objects give their names to new ones",
                        model(table("a", column("x", INT), column("y", TEXT)), table("b", column("id", INT))),
                        model(table("a2", column("x2", INT).withRenamedFrom("x"), column("x", BIGINT), column("y2", TEXT).withRenamedFrom("y"))
                                        .withRenamedFrom("a"),
                                table("a", column("fresh", TEXT)),
                                table("c", column("id", INT).withRenamedFrom("nope")).withRenamedFrom("b"))),
                arguments("table dropped", withOrders, base),
                arguments("schema dropped", base.withSchemas(List.of("public", "app")).withTables(List.of(USERS, appItems)), base));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upgradeThenDowngradeRoundTrips(String name, SchemaModel a, SchemaModel b) {
        RoundTrip.check(a, b);
    }

    static SchemaModel model(Table... tables) {
        return dev.retort.diff.Fixtures.model(tables);
    }

    static QualifiedName qn(String schema, String table) {
        return QualifiedName.of(schema, table);
    }
}
