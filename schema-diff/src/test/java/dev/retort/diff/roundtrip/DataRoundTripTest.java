package dev.retort.diff.roundtrip;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;

/** Round trips on tables that hold rows: conversions keep the values, the downgrade restores them. */
class DataRoundTripTest {

    private static final EnumType MOOD = enumType("mood", "sad", "ok", "happy");

    @Test
    void enumRecreateKeepsLabelsOfRows() {
        Table t = table("t", required("id", INT), column("mood", type(MOOD)).withDefault("'ok'::public.mood"),
                column("moods", new ArrayType(type(MOOD)))).withPrimaryKey(new PrimaryKey("pk_t", List.of("id")));
        SchemaModel a = model(t).withEnums(List.of(MOOD));
        SchemaModel b = model(t).withEnums(List.of(enumType("mood", "happy", "ok", "sad", "ecstatic")));
        RoundTrip.check(a, b,
                List.of("INSERT INTO t (id, mood, moods) VALUES (1, 'sad', '{ok,happy}'), (2, DEFAULT, NULL)"),
                "SELECT id, mood, moods FROM t ORDER BY mood, id",
                "2|ok|null\n1|sad|{ok,happy}");
    }

    @Test
    void identityAddedToAColumnWithRowsContinuesAfterThem() {
        SchemaModel a = model(table("T x", required("Id", BIGINT), column("n", INT)));
        SchemaModel b = model(table("T x", required("Id", BIGINT).withIdentity(dev.retort.schema.model.IdentityGeneration.BY_DEFAULT),
                column("n", INT)));
        RoundTrip.check(a, b, List.of("INSERT INTO \"T x\" VALUES (41, 1), (7, 2)"), "SELECT \"Id\", n FROM \"T x\" ORDER BY 1",
                "7|2\n41|1");
        try (var db = dev.retort.postgres.TestDatabases.fresh(); var c = db.connect(); var s = c.createStatement()) {
            RoundTrip.apply(c, new dev.retort.diff.DiffEngine().createAll(a), "create");
            s.execute("INSERT INTO \"T x\" VALUES (41, 1)");
            RoundTrip.apply(c, new dev.retort.diff.DiffEngine().diff(a, b).upgrade(), "upgrade");
            s.execute("INSERT INTO \"T x\" (n) VALUES (3)");
            org.junit.jupiter.api.Assertions.assertEquals("41|1\n42|3", RoundTrip.rows(c, "SELECT \"Id\", n FROM \"T x\" ORDER BY 1"));
        } catch (java.sql.SQLException e) {
            org.junit.jupiter.api.Assertions.fail(e);
        }
    }

    @Test
    void typeChangesConvertValues() {
        SchemaModel a = model(table("t", required("id", INT), column("code", TEXT), column("price", new BuiltinType("numeric(10,2)"))));
        SchemaModel b = model(table("t", required("id", BIGINT), column("code", new BuiltinType("character varying(10)")),
                column("price", new BuiltinType("numeric(12,2)"))));
        RoundTrip.check(a, b, List.of("INSERT INTO t VALUES (1, 'abc', 9.99)"), "SELECT id, code, price FROM t",
                "1|abc|9.99");
    }

    @Test
    void renamesWithAlterationsInOneMigrationKeepRows() {
        Table a = table("people", required("id", INT), column("mail", TEXT), column("age", INT).withComment("years"),
                column("mood", type(MOOD)))
                .withPrimaryKey(new PrimaryKey("pk_people", List.of("id")))
                .withIndexes(List.of(new Index("ix_people_mail", false, "btree", List.of(IndexElement.column("mail")), List.of(), null, false)))
                .withCheckConstraints(List.of(new CheckConstraint("ck_people_age", "(age >= 0)")));
        Table b = table("users", required("id", BIGINT), column("email", TEXT).withRenamedFrom("mail").withNullable(false),
                column("age", BIGINT).withComment("in years"), column("mood", type(MOOD)))
                .withRenamedFrom("people")
                .withPrimaryKey(new PrimaryKey("pk_people", List.of("id")))
                .withIndexes(List.of(new Index("ix_people_mail", false, "btree", List.of(IndexElement.column("email")), List.of(), null, false),
                        new Index("ix_users_lower_email", true, "btree", List.of(IndexElement.expression("lower(email)")), List.of(),
                                "age > 17", false)))
                .withCheckConstraints(List.of(new CheckConstraint("ck_people_age", "(age >= 0)")))
                .withComment("renamed");
        RoundTrip.check(model(a).withEnums(List.of(MOOD)),
                model(b).withEnums(List.of(enumType("mood", "ok", "sad", "happy"))),
                List.of("INSERT INTO people VALUES (1, 'a@x', 30, 'sad'), (2, 'b@x', 12, 'happy')"),
                "SELECT id, mail, age, mood FROM people ORDER BY id",
                "SELECT id, email, age, mood FROM users ORDER BY id",
                "1|a@x|30|sad\n2|b@x|12|happy");
    }

    @Test
    void generatedColumnRecreatedWithItsIndex() {
        Index ix = new Index("ix_t_total", false, "btree", List.of(IndexElement.column("total")), List.of(), null, false);
        SchemaModel a = model(table("t", column("a", INT), column("total", INT)).withIndexes(List.of(ix)));
        SchemaModel b = model(table("t", column("a", INT), column("total", INT).withGenerated("(a * 2)")).withIndexes(List.of(ix)));
        // the plain values are replaced by computed ones (flagged), and the downgrade keeps the computed values
        var result = RoundTrip.check(a, b, List.of("INSERT INTO t VALUES (2, 4), (3, 6)"),
                "SELECT a, total FROM t ORDER BY a", "2|4\n3|6");
        org.junit.jupiter.api.Assertions.assertTrue(result.isDestructive());
    }

    @Test
    void generatedExpressionChangedAndDroppedWithOtherAlterations() {
        SchemaModel a = model(table("t", column("a", INT), column("g", INT).withGenerated("(a * 2)"),
                required("h", INT).withDefault("0").withComment("plain")));
        SchemaModel b = model(table("t", column("a", INT), column("g", BIGINT).withGenerated("(a * 3)").withComment("tripled"),
                column("h", BIGINT).withGenerated("(a + 1)")));
        RoundTrip.check(a, b, List.of("INSERT INTO t (a, h) VALUES (2, 3)"), "SELECT a, g, h FROM t", "2|6|3");
    }
}
