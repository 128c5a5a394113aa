package dev.retort.diff.compare;

import dev.retort.diff.change.*;
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
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Table-driven: {name, from, to, expected changes}. */
class SchemaDifferTest {

    private static final QualifiedName T = name("t");
    private static final Column ID = required("id", BIGINT);
    private static final Column A = column("a", INT);
    private static final Table BASE = table("t", ID, A).withPrimaryKey(new PrimaryKey("pk_t", List.of("id")));
    private static final ForeignKey FK = new ForeignKey("fk_u_t", List.of("t_id"), T, List.of("id"),
            ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false);
    private static final Table U = table("u", column("t_id", BIGINT)).withForeignKeys(List.of(FK));
    private static final Index IX = new Index("ix_t_a", false, "btree", List.of(IndexElement.column("a")), List.of(), null, false);
    private static final EnumType MOOD = enumType("mood", "sad", "ok");

    private final SchemaDiffer differ = new SchemaDiffer();

    static Stream<Arguments> cases() {
        Table withIndex = BASE.withIndexes(List.of(IX));
        Column b = column("b", TEXT);
        return Stream.of(
                arguments("equal models", model(BASE), model(BASE), List.of()),
                arguments("column order is ignored", model(table("t", ID, A).withPrimaryKey(BASE.primaryKey())),
                        model(table("t", A, ID).withPrimaryKey(BASE.primaryKey())), List.of()),
                arguments("create schema", model(), model().withSchemas(List.of("public", "app")), List.of(new CreateSchema("app"))),
                arguments("public is never dropped", model(), model().withSchemas(List.of("app")), List.of(new CreateSchema("app"))),
                arguments("create table splits indexes and foreign keys out", model(BASE), model(BASE, U.withIndexes(List.of(
                                new Index("ix_u", false, "btree", List.of(IndexElement.column("t_id")), List.of(), null, false)))),
                        List.of(new CreateTable(U.withForeignKeys(List.of())),
                                new CreateIndex(name("u"), new Index("ix_u", false, "btree", List.of(IndexElement.column("t_id")), List.of(), null, false)),
                                new AddForeignKey(name("u"), FK))),
                arguments("drop table carries it whole", model(BASE, U), model(BASE),
                        List.of(new DropForeignKey(name("u"), FK), new DropTable(U.withForeignKeys(List.of())))),
                arguments("add and drop column", model(BASE), model(table("t", ID, b).withPrimaryKey(BASE.primaryKey())),
                        List.of(new DropColumn(T, A), new AddColumn(T, b))),
                arguments("declared column rename", model(BASE), model(table("t", ID, column("z", INT).withRenamedFrom("a"))
                                .withPrimaryKey(BASE.primaryKey())),
                        List.of(new RenameColumn(T, "a", T, "z"))),
                arguments("rename hint naming a missing column adds", model(BASE), model(table("t", ID, A,
                                column("z", INT).withRenamedFrom("nope")).withPrimaryKey(BASE.primaryKey())),
                        List.of(new AddColumn(T, column("z", INT)))),
                arguments("rename hint already applied is no change", model(table("t", ID, column("z", INT)).withPrimaryKey(BASE.primaryKey())),
                        model(table("t", ID, column("z", INT).withRenamedFrom("a")).withPrimaryKey(BASE.primaryKey())), List.of()),
                arguments("undeclared rename is drop and add", model(BASE), model(table("t", ID, column("z", INT))
                                .withPrimaryKey(BASE.primaryKey())),
                        List.of(new DropColumn(T, A), new AddColumn(T, column("z", INT)))),
                arguments("declared table rename keeps indexes", model(withIndex),
                        model(withIndex.withName(name("t2")).withRenamedFrom("t")),
                        List.of(new RenameTable(T, name("t2")))),
                arguments("rename of a referenced table keeps foreign keys", model(BASE, U),
                        model(BASE.withName(name("t2")).withRenamedFrom("t"), U.withForeignKeys(List.of(new ForeignKey("fk_u_t",
                                List.of("t_id"), name("t2"), List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false)))),
                        List.of(new RenameTable(T, name("t2")))),
                arguments("type change carries both columns", model(BASE), model(table("t", ID, A.withType(BIGINT)).withPrimaryKey(BASE.primaryKey())),
                        List.of(new AlterColumnType(T, A, T, A.withType(BIGINT)))),
                arguments("type change moves the default instead of a default change",
                        model(table("t", A.withDefault("0"))), model(table("t", A.withType(TEXT).withDefault("'0'::text"))),
                        List.of(new AlterColumnType(T, A.withDefault("0"), T, A.withType(TEXT).withDefault("'0'::text")))),
                arguments("nullability, default, comment", model(table("t", A)),
                        model(table("t", A.withNullable(false).withDefault("1").withComment("c"))),
                        List.of(new AlterColumnDefault(T, A, T, A.withNullable(false).withDefault("1").withComment("c")),
                                new AlterColumnNullability(T, A, T, A.withNullable(false).withDefault("1").withComment("c")),
                                new AlterColumnComment(T, A, T, A.withNullable(false).withDefault("1").withComment("c")))),
                arguments("identity", model(table("t", ID)), model(table("t", ID.withIdentity(IdentityGeneration.ALWAYS))),
                        List.of(new AlterColumnIdentity(T, ID, T, ID.withIdentity(IdentityGeneration.ALWAYS)))),
                arguments("generated dropped keeps values", model(table("t", A.withGenerated("(id * 2)"))), model(table("t", A)),
                        List.of(new AlterColumnGenerated(T, A.withGenerated("(id * 2)"), T, A))),
                arguments("generated added or changed recreates the column and its indexes",
                        model(table("t", A).withIndexes(List.of(IX))), model(table("t", A.withGenerated("(id * 2)")).withIndexes(List.of(IX))),
                        List.of(new AlterColumnGenerated(T, A, T, A.withGenerated("(id * 2)")), new DropIndex(T, IX), new CreateIndex(T, IX))),
                arguments("primary key change drops dependent foreign keys", model(BASE, U),
                        model(BASE.withPrimaryKey(new PrimaryKey("pk_t2", List.of("id"))), U),
                        List.of(new DropPrimaryKey(T, BASE.primaryKey()), new AddPrimaryKey(T, new PrimaryKey("pk_t2", List.of("id"))),
                                new DropForeignKey(name("u"), FK), new AddForeignKey(name("u"), FK))),
                arguments("foreign key action change is drop and add", model(BASE, U), model(BASE, U.withForeignKeys(List.of(
                                new ForeignKey("fk_u_t", List.of("t_id"), T, List.of("id"), ReferentialAction.CASCADE,
                                        ReferentialAction.NO_ACTION, true, false)))),
                        List.of(new DropForeignKey(name("u"), FK), new AddForeignKey(name("u"), new ForeignKey("fk_u_t",
                                List.of("t_id"), T, List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, true, false)))),
                arguments("unique nulls-not-distinct change", model(BASE.withUniqueConstraints(List.of(new UniqueConstraint("uq", List.of("a"), false)))),
                        model(BASE.withUniqueConstraints(List.of(new UniqueConstraint("uq", List.of("a"), true)))),
                        List.of(new DropUniqueConstraint(T, new UniqueConstraint("uq", List.of("a"), false)),
                                new AddUniqueConstraint(T, new UniqueConstraint("uq", List.of("a"), true)))),
                arguments("check expression change", model(BASE.withCheckConstraints(List.of(new CheckConstraint("ck", "(a > 0)")))),
                        model(BASE.withCheckConstraints(List.of(new CheckConstraint("ck", "(a > 1)")))),
                        List.of(new DropCheckConstraint(T, new CheckConstraint("ck", "(a > 0)")),
                                new AddCheckConstraint(T, new CheckConstraint("ck", "(a > 1)")))),
                arguments("index predicate change", model(withIndex), model(BASE.withIndexes(List.of(new Index("ix_t_a", false, "btree",
                                List.of(IndexElement.column("a")), List.of(), "a > 0", false)))),
                        List.of(new DropIndex(T, IX), new CreateIndex(T, new Index("ix_t_a", false, "btree",
                                List.of(IndexElement.column("a")), List.of(), "a > 0", false)))),
                arguments("index include change", model(withIndex), model(BASE.withIndexes(List.of(new Index("ix_t_a", false, "btree",
                                List.of(IndexElement.column("a")), List.of("id"), null, false)))),
                        List.of(new DropIndex(T, IX), new CreateIndex(T, new Index("ix_t_a", false, "btree",
                                List.of(IndexElement.column("a")), List.of("id"), null, false)))),
                arguments("table comment", model(BASE), model(BASE.withComment("x")),
                        List.of(new AlterTableComment(T, null, T, "x"))),
                arguments("enum created", model(), model().withEnums(List.of(MOOD)), List.of(new CreateEnum(MOOD))),
                arguments("enum dropped", model().withEnums(List.of(MOOD)), model(), List.of(new DropEnum(MOOD))),
                arguments("enum labels change lists the columns to convert both ways",
                        model(table("t", column("m", type(MOOD)).withDefault("'ok'::public.mood"))).withEnums(List.of(MOOD)),
                        model(table("t", column("m", type(MOOD)).withDefault("'ok'::public.mood"))).withEnums(List.of(enumType("mood", "ok"))),
                        List.of(new AlterEnum(MOOD, enumType("mood", "ok"),
                                List.of(new EnumColumn(T, "m", false, "'ok'::public.mood")),
                                List.of(new EnumColumn(T, "m", false, "'ok'::public.mood"))))),
                arguments("sequence ownership is split from creation", model(table("t", A)),
                        model(table("t", A)).withSequences(List.of(sequence("s").withOwnedBy("t.a"))),
                        List.of(new CreateSequence(sequence("s")), new AlterSequence(sequence("s"), sequence("s").withOwnedBy("t.a")))),
                arguments("owned sequence drop releases ownership first", model(table("t", A)).withSequences(List.of(sequence("s").withOwnedBy("t.a"))),
                        model(table("t", A)),
                        List.of(new AlterSequence(sequence("s").withOwnedBy("t.a"), sequence("s")), new DropSequence(sequence("s")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheExpectedChanges(String name, SchemaModel from, SchemaModel to, List<SchemaChange> expected) {
        assertEquals(sorted(expected), sorted(differ.diff(from, to)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void modelEqualsItself(String name, SchemaModel from, SchemaModel to, List<SchemaChange> expected) {
        assertEquals(List.of(), differ.diff(from, from));
        assertEquals(List.of(), differ.diff(to, to));
    }

    /** Without rename hints, diffing backwards finds exactly the inverses: the derived downgrade is no guess. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diffingBackwardsGivesTheInverses(String name, SchemaModel from, SchemaModel to, List<SchemaChange> expected) {
        boolean hinted = to.tables().stream().anyMatch(t -> t.renamedFrom() != null
                || t.columns().stream().anyMatch(c -> c.renamedFrom() != null));
        org.junit.jupiter.api.Assumptions.assumeFalse(hinted, "renames are declared in one direction only");
        assertEquals(sorted(differ.diff(from, to).stream().map(SchemaChange::inverse).toList()), sorted(differ.diff(to, from)));
    }

    @Test
    void isDeterministicWhateverTheDeclarationOrder() {
        List<Table> tables = new ArrayList<>(List.of(BASE, U, table("v", A), table("w", ID)));
        SchemaModel to = model(tables.toArray(Table[]::new));
        List<SchemaChange> first = differ.diff(model(), to);
        Collections.shuffle(tables, new java.util.Random(7));
        assertEquals(first, differ.diff(model(), model(tables.toArray(Table[]::new))));
    }

    private static List<String> sorted(List<SchemaChange> changes) {
        return changes.stream().map(Object::toString).sorted().toList();
    }

    static SchemaModel model(Table... tables) {
        return dev.retort.diff.Fixtures.model(tables);
    }
}
