package dev.retort.schema.dsl;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.IdentityGeneration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.retort.schema.dsl.Types.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Column declarations: nullability, defaults, identity, generated columns, comments and renames. */
class ColumnFeaturesTest {

    private static final BuiltinType TEXT = new BuiltinType("text");
    private static final BuiltinType INTEGER = new BuiltinType("integer");
    private static final BuiltinType BIGINT = new BuiltinType("bigint");

    static Stream<Arguments> columns() {
        return Stream.of(
                row("nullable by default", t -> t.column("c", text()), Column.of("c", TEXT)),
                row("collation of pg_catalog", t -> t.column("c", text()).collate("C"),
                        Column.of("c", TEXT).withCollation(dev.retort.schema.model.QualifiedName.of("pg_catalog", "C"))),
                row("storage and compression", t -> t.column("c", text()).storage("EXTERNAL").compression("pglz"),
                        Column.of("c", TEXT).withStorage("external").withCompression("pglz")),
                row("identity options, defaults filled in", t -> t.column("c", integer())
                                .generatedAlwaysAsIdentity(seq -> seq.startWith(3).incrementBy(4).cache(5)),
                        Column.of("c", INTEGER).withNullable(false).withIdentity(dev.retort.schema.model.IdentityGeneration.ALWAYS)
                                .withIdentityOptions(new dev.retort.schema.model.IdentityOptions(3, 4, 1, Integer.MAX_VALUE, 5, false))),
                row("identity options that are the defaults are none", t -> t.column("c", bigint())
                                .generatedByDefaultAsIdentity(seq -> seq.startWith(1).cache(1)),
                        Column.of("c", BIGINT).withNullable(false).withIdentity(dev.retort.schema.model.IdentityGeneration.BY_DEFAULT)),
                row("descending identity counts down from -1", t -> t.column("c", smallint())
                                .generatedAlwaysAsIdentity(seq -> seq.incrementBy(-1)),
                        Column.of("c", new BuiltinType("smallint")).withNullable(false)
                                .withIdentity(dev.retort.schema.model.IdentityGeneration.ALWAYS)
                                .withIdentityOptions(new dev.retort.schema.model.IdentityOptions(-1, -1, Short.MIN_VALUE, -1, 1, false))),
                row("extension type with modifiers", t -> t.column("c", named("public", "geometry", "Polygon,4326")),
                        Column.of("c", new dev.retort.schema.model.UserDefinedType(
                                dev.retort.schema.model.QualifiedName.of("public", "geometry"), "(Polygon,4326)"))),
                row("notNull", t -> t.column("c", text()).notNull(), Column.of("c", TEXT).withNullable(false)),
                row("primary key column is NOT NULL", t -> t.column("c", text()).primaryKey(),
                        Column.of("c", TEXT).withNullable(false)),
                row("composite key columns are NOT NULL", t -> {
                    t.column("a", integer());
                    t.column("c", text());
                    t.primaryKey("a", "c");
                }, Column.of("c", TEXT).withNullable(false)),
                row("string literal default is quoted and typed", t -> t.column("c", text()).defaultValue("ok"),
                        Column.of("c", TEXT).withDefault("'ok'::text")),
                row("quotes inside a string literal are doubled", t -> t.column("c", text()).defaultValue("it's"),
                        Column.of("c", TEXT).withDefault("'it''s'::text")),
                row("varchar literal casts to character varying", t -> t.column("c", varchar(20)).defaultValue("ok"),
                        Column.of("c", new BuiltinType("character varying(20)")).withDefault("'ok'::character varying")),
                row("char literal casts to bpchar", t -> t.column("c", character(2)).defaultValue("ok"),
                        Column.of("c", new BuiltinType("character(2)")).withDefault("'ok'::bpchar")),
                row("integer literal is bare", t -> t.column("c", integer()).defaultValue(5),
                        Column.of("c", INTEGER).withDefault("5")),
                row("negative integer literal is quoted", t -> t.column("c", integer()).defaultValue(-5),
                        Column.of("c", INTEGER).withDefault("'-5'::integer")),
                row("integer beyond int4 is a bigint literal", t -> t.column("c", bigint()).defaultValue(3_000_000_000L),
                        Column.of("c", BIGINT).withDefault("'3000000000'::bigint")),
                row("decimal literal is bare", t -> t.column("c", numeric(10, 2)).defaultValue(new BigDecimal("1.50")),
                        Column.of("c", new BuiltinType("numeric(10,2)")).withDefault("1.50")),
                row("negative decimal literal is quoted", t -> t.column("c", numeric()).defaultValue(-1.5),
                        Column.of("c", new BuiltinType("numeric")).withDefault("'-1.5'::numeric")),
                row("boolean literal", t -> t.column("c", bool()).notNull().defaultValue(false),
                        Column.of("c", new BuiltinType("boolean")).withNullable(false).withDefault("false")),
                row("array literal", t -> t.column("c", text().array()).defaultValue("{}"),
                        Column.of("c", new dev.retort.schema.model.ArrayType(TEXT)).withDefault("'{}'::text[]")),
                row("SQL expression default", t -> t.column("c", timestamptz()).defaultSql("now()"),
                        Column.of("c", new BuiltinType("timestamp with time zone")).withDefault("now()")),
                row("gen_random_uuid default", t -> t.column("c", uuid()).defaultSql("gen_random_uuid()"),
                        Column.of("c", new BuiltinType("uuid")).withDefault("gen_random_uuid()")),
                row("identity ALWAYS is NOT NULL", t -> t.column("c", bigint()).generatedAlwaysAsIdentity(),
                        Column.of("c", BIGINT).withNullable(false).withIdentity(IdentityGeneration.ALWAYS)),
                row("identity BY DEFAULT is NOT NULL", t -> t.column("c", integer()).generatedByDefaultAsIdentity(),
                        Column.of("c", INTEGER).withNullable(false).withIdentity(IdentityGeneration.BY_DEFAULT)),
                row("generated stored column", t -> {
                    t.column("a", integer());
                    t.column("c", integer()).generatedAlwaysAs("a * 2");
                }, Column.of("c", INTEGER).withGenerated("a * 2")),
                row("column comment", t -> t.column("c", text()).comment("what it holds"),
                        Column.of("c", TEXT).withComment("what it holds")),
                row("declared rename", t -> t.column("c", text()).renamedFrom("old_c"),
                        Column.of("c", TEXT).withRenamedFrom("old_c")),
                row("model type escape hatch", t -> t.column("c", new BuiltinType("inet")),
                        Column.of("c", new BuiltinType("inet"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void columnIsDeclaredAsExpected(String feature, Consumer<TableBuilder> body, Column expected) {
        assertEquals(expected, DslFixtures.table(body).column("c").orElseThrow());
    }

    private static Arguments row(String feature, Consumer<TableBuilder> body, Column expected) {
        return Arguments.of(feature, body, expected);
    }
}
