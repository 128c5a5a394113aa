package dev.retort.diff.render;

import dev.retort.diff.change.*;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UniqueConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.retort.diff.Fixtures.*;
import static dev.retort.diff.plan.Hazard.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each case: a change and the hazards of each of its statements, as the renderer attaches them. */
class StatementHazardsTest {

    private static final QualifiedName T = name("t");
    private final PostgresSqlRenderer renderer = new PostgresSqlRenderer();

    static Stream<Arguments> cases() {
        Column a = column("a", INT);
        Column text = column("a", TEXT);
        Column aDefault = a.withDefault("1");
        return Stream.of(
                arguments(new AlterColumnDefault(T, a, T, aDefault), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK))),
                arguments(new AlterColumnType(T, column("a", BIGINT), T, a),
                        List.of(Set.of(ACCESS_EXCLUSIVE_LOCK, TABLE_REWRITE, FULL_TABLE_SCAN, DELETES_DATA))),
                arguments(new AlterColumnType(T, column("a", new dev.retort.schema.model.BuiltinType("character varying(10)")), T, text),
                        List.of(Set.of(ACCESS_EXCLUSIVE_LOCK))),
                arguments(new AlterColumnType(T, aDefault, T, column("a", BIGINT).withDefault("1")),
                        List.of(Set.of(ACCESS_EXCLUSIVE_LOCK), Set.of(ACCESS_EXCLUSIVE_LOCK, TABLE_REWRITE, FULL_TABLE_SCAN),
                                Set.of(ACCESS_EXCLUSIVE_LOCK))),
                arguments(new AlterColumnNullability(T, a, T, a.withNullable(false)),
                        List.of(Set.of(ACCESS_EXCLUSIVE_LOCK, FULL_TABLE_SCAN))),
                arguments(new AlterColumnNullability(T, a.withNullable(false), T, a), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK))),
                arguments(new AddColumn(T, a.withDefault("0")), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK))),
                arguments(new AddColumn(T, a.withDefault("random()")), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK, TABLE_REWRITE))),
                arguments(new DropColumn(T, a), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK, DELETES_DATA))),
                arguments(new AddCheckConstraint(T, new CheckConstraint("ck", "(a > 0)")),
                        List.of(Set.of(ACCESS_EXCLUSIVE_LOCK, FULL_TABLE_SCAN))),
                arguments(new AddForeignKey(T, SampleChanges.FK), List.of(Set.of(SHARE_ROW_EXCLUSIVE_LOCK, FULL_TABLE_SCAN))),
                arguments(new DropForeignKey(T, SampleChanges.FK), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK))),
                arguments(new CreateIndex(T, SampleChanges.INDEX), List.of(Set.of(SHARE_LOCK, INDEX_BUILD))),
                arguments(new DropIndex(T, SampleChanges.INDEX), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK, INDEX_DROPPED))),
                arguments(new AddPrimaryKey(T, SampleChanges.USERS_TABLE.primaryKey()), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD))),
                arguments(new DropPrimaryKey(T, SampleChanges.USERS_TABLE.primaryKey()), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK, INDEX_DROPPED))),
                // USING INDEX: the index was built concurrently before; only the catalog changes
                arguments(new AddPrimaryKey(T, SampleChanges.USERS_TABLE.primaryKey(), true), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK))),
                arguments(new AddUniqueConstraint(T, new UniqueConstraint("uq", List.of("a"), false), true),
                        List.of(Set.of(ACCESS_EXCLUSIVE_LOCK))),
                arguments(new AlterColumnComment(T, a, T, a.withComment("x")), List.of(Set.of(SHARE_UPDATE_EXCLUSIVE_LOCK))),
                arguments(new CreateTable(table("t", a).withComment("x")), List.of(Set.of(), Set.of())),
                arguments(new DropTable(table("t", a)), List.of(Set.of(ACCESS_EXCLUSIVE_LOCK, DELETES_DATA))),
                arguments(new DropSequence(sequence("s")), List.of(Set.of(DELETES_DATA))),
                arguments(new AlterEnum(enumType("mood", "a"), enumType("mood", "a", "b"), List.of(), List.of()),
                        List.of(Set.of(NOT_TRANSACTIONAL))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachStatementCarriesTheHazardsOfItsForm(SchemaChange change, List<Set<Hazard>> expected) {
        assertEquals(expected, renderer.render(change).stream().map(SqlStatement::hazards).toList(),
                () -> renderer.sql(change).toString());
    }

    @Test
    void hostileNamesAndLiteralsDoNotChangeTheHazards() {
        QualifiedName hostile = QualifiedName.of("public", "x DROP COLUMN y");
        var check = new AddCheckConstraint(hostile, new CheckConstraint("ck", "(a <> ' DROP COLUMN '::text)"));
        assertEquals(Set.of(ACCESS_EXCLUSIVE_LOCK, FULL_TABLE_SCAN), renderer.render(check).get(0).hazards());
        var add = new AddColumn(hostile, column("b", TEXT).withComment(" ADD VALUE "));
        assertEquals(Set.of(ACCESS_EXCLUSIVE_LOCK), renderer.render(add).get(0).hazards());
        assertTrue(renderer.render(add).stream().allMatch(SqlStatement::transactional));
    }

    @Test
    void aRemovedEnumLabelMakesTheRecreateIrreversibleAndEveryNoteSaysWhatItMeans() {
        var recreate = new AlterEnum(enumType("mood", "a", "b"), enumType("mood", "a"),
                List.of(new EnumColumn(T, "m", false, null)), List.of(new EnumColumn(T, "m", false, null)));
        List<SqlStatement> sql = renderer.render(recreate);
        assertTrue(sql.stream().allMatch(s -> s.hazards().contains(IRREVERSIBLE)));
        assertTrue(sql.stream().allMatch(SqlStatement::transactional));
        assertTrue(sql.stream().flatMap(s -> s.notes().stream()).noneMatch(n -> n.message().isBlank()));
        assertFalse(renderer.render(new AlterEnum(enumType("mood", "a"), enumType("mood", "a", "b"), List.of(), List.of()))
                .get(0).transactional());
    }
}
