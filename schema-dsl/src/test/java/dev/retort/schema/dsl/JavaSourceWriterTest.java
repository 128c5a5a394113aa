package dev.retort.schema.dsl;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.IndexPart.expr;
import static dev.retort.schema.dsl.Types.*;
import static dev.retort.schema.model.ReferentialAction.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Written source, compiled and run, rebuilds a model equal to the one it was written from. */
class JavaSourceWriterTest {

    @TempDir
    Path dir;

    /** A model using every feature, with identifiers and texts that need escaping in Java and quoting in SQL. */
    static SchemaModel richModel() {
        return Schema.define(s -> {
            s.inSchema("empty_namespace");
            EnumRef mood = s.enumType("mood", "sad", "ok", "very \"happy\"").comment("it's a mood\nwith two lines");
            EnumRef status = s.inSchema("billing").enumType("status", "open", "paid");
            TableRef departments = s.declareTable("departments");
            TableRef users = s.table("users", t -> {
                t.column("id", uuid()).primaryKey().defaultSql("gen_random_uuid()");
                t.column("email", varchar(320)).notNull();
                t.column("name", character(10)).defaultValue("n/a");
                t.column("bio", text()).comment("Ünïcödé \\ backslash \t tab");
                t.column("mood", mood).defaultValue("ok");
                t.column("moods", mood.array());
                t.column("tags", text().array()).notNull().defaultSql("'{}'::text[]");
                t.column("score", numeric(10, 2)).defaultValue(new java.math.BigDecimal("-1.25"));
                t.column("ratio", doublePrecision());
                t.column("flag", bool()).notNull().defaultValue(true);
                t.column("small", smallint());
                t.column("avatar", bytea());
                t.column("born", date());
                t.column("wakes", time(0));
                t.column("wakes_tz", timetz());
                t.column("seen", timestamp(3));
                t.column("created_at", timestamptz()).notNull().defaultSql("now()");
                t.column("created_ms", timestamptz(3));
                t.column("span", interval());
                t.column("span_ms", interval(3));
                t.column("doc", json());
                t.column("data", jsonb());
                t.column("addr", builtin("inet"));
                t.column("nick", named("public", "citext")).collate("C").storage("external").compression("pglz");
                t.column("area", named("public", "geometry", "Polygon,4326"));
                t.column("spots", named("public", "geometry", "Point,4326").array()).collate("public", "german");
                t.column("free", varchar());
                t.column("num", numeric());
                t.column("real_num", real());
                t.column("department_id", bigint()).references(departments.column("id")).initiallyDeferred()
                        .named("fk_users_department");
                t.unique("email").nullsNotDistinct();
                t.check("length(email) > 3").named("ck_users_email_length");
                t.check("score > 0").notValid().noInherit().comment("old rows \"later\"");
                t.unique("name").include("bio").initiallyDeferred().comment("names move");
                t.index(expr("lower((email)::text)").opclass("text_pattern_ops")).unique();
                t.index(col("created_at").desc().nullsLast(), col("name").nullsFirst()).include("email", "bio")
                        .where("(born IS NULL)");
                t.index("data").using("gin");
                t.index(col("name").collate("C"), col("bio").collate("public", "german").desc()).with("fillfactor", 70)
                        .comment("names \"sorted\" by bytes");
                t.comment("people; \"quoted\" and 'single'");
                t.renamedFrom("people");
            });
            s.table(departments, t -> {
                t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
                t.column("head_id", uuid()).references(users.column("id")).onDelete(SET_NULL).onUpdate(CASCADE)
                        .matchFull().notValid().comment("heads are checked later");
                t.column("parent_id", bigint()).references(t.self().column("id")).deferrable();
                t.column("code", integer()).generatedByDefaultAsIdentity(seq -> seq.startWith(-5).incrementBy(-3).cache(7).cycle());
                t.column("code_twice", integer()).generatedAlwaysAs("code * 2");
            });
            s.inSchema("billing").table("invoices", t -> {
                t.column("year", integer());
                t.column("no", integer());
                t.column("user_id", uuid()).notNull().references(users.column("id")).onDelete(RESTRICT);
                t.column("status", status).notNull().defaultValue("open");
                t.column("account_id", bigint()).references(s.externalTable("auth", "accounts").column("id"));
                t.primaryKey("year", "no").include("status").deferrable().comment("per year");
            });
            s.inSchema("billing").table("invoice_lines", t -> {
                t.column("year", integer()).notNull();
                t.column("no", integer()).notNull();
                t.column("line", integer()).notNull();
                t.foreignKey("year", "no").references(t.self(), "year", "line").named("fk_self_pair");
                t.primaryKey("year", "no", "line");
                t.unique("year", "line");
            });
            s.table("User Table", t -> {
                t.column("select", integer()).primaryKey();
                t.column("Mixed Case \"col\"", text()).check("\"Mixed Case \"\"col\"\"\" <> 'x'");
            });
            s.table("t", t -> t.column("class", integer()));
            s.table("s", t -> t.column("x", integer()));
            TableRef counters = s.table("counters", t -> t.column("value", bigint()));
            s.sequence("plain");
            s.sequence("counter_values").as(integer()).startWith(100).incrementBy(-2).minValue(-50).maxValue(1000)
                    .cache(5).cycle().ownedBy(counters.column("value")).comment("counts down");
            s.inSchema("billing").sequence("invoice_numbers").as(smallint());
            s.sequence("min_long").minValue(Long.MIN_VALUE).startWith(Long.MIN_VALUE);
        });
    }

    @Test
    void richModelRoundTripsThroughGeneratedSource() throws Exception {
        assertRoundTrip(richModel(), "com.example.schema", "RichSchema");
    }

    @Test
    void readmeModelRoundTrips() throws Exception {
        assertRoundTrip(ReadmeExampleTest.journalSchema(), "", "JournalSchema");
    }

    @Test
    void emptyModelRoundTrips() throws Exception {
        assertRoundTrip(SchemaModel.empty(), "com.example", "EmptySchema");
    }

    @Test
    void largeModelIsSplitBelowTheJvmLimits() throws Exception {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 320; i++) {
            tables.add(Table.named(QualifiedName.of("public", "table_" + i))
                    .withColumns(List.of(Column.of("id", new BuiltinType("integer")))));
        }
        List<Column> wide = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            wide.add(Column.of("column_" + i, new BuiltinType("character varying(20)")).withDefault("'v'::character varying"));
        }
        tables.add(Table.named(QualifiedName.of("public", "wide")).withColumns(wide));
        SchemaModel model = SchemaModel.empty().withTables(tables);
        String source = JavaSourceWriter.write(model, "com.example", "LargeSchema");
        assertTrue(source.contains("private final class Part2 {"), "tables are grouped into inner classes");
        assertTrue(source.contains("private void defineWide$2(TableBuilder t) {"), "a wide table is split");
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "LargeSchema", dir));
    }

    @Test
    void sourceReadsLikeTheDsl() {
        String source = JavaSourceWriter.write(ReadmeExampleTest.journalSchema(), "com.example", "JournalSchema");
        assertTrue(source.contains("moodType = s.enumType(\"mood\", \"awful\", \"bad\", \"ok\", \"good\", \"great\");"), source);
        assertTrue(source.contains("t.column(\"user_id\", uuid()).notNull();"), source);
        assertTrue(source.contains("t.foreignKey(\"user_id\").references(users, \"id\").onDelete(CASCADE)"
                + ".named(\"fk_journal_entries_user_id_users\");"), source);
        assertTrue(source.contains("t.index(col(\"user_id\"), col(\"created_at\").desc()).where(\"deleted_at IS NULL\")"
                + ".named(\"ix_journal_entries_user_id_created_at\");"), source);
        assertTrue(source.contains("auditEvents = s.inSchema(\"audit\").declareTable(\"events\");"), source);
    }

    @Test
    void classNameMustBeAJavaIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> JavaSourceWriter.write(SchemaModel.empty(), "x", "my-schema"));
    }

    @Test
    void sequencesKeepEverySetting() throws Exception {
        SchemaModel model = SchemaModel.empty().withSequences(List.of(
                new Sequence(QualifiedName.of("public", "odd"), "integer", 7, 3, 1, 99, 20, true, null, "odd numbers")));
        assertRoundTrip(model, "com.example", "SequenceSchema");
    }

    private void assertRoundTrip(SchemaModel model, String pkg, String cls) throws Exception {
        String source = JavaSourceWriter.write(model, pkg, cls);
        assertEquals(model, GeneratedSources.compileAndRun(source, pkg, cls, dir), source);
    }
}
