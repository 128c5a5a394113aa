package dev.retort.schema.dsl;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.IndexPart.expr;
import static dev.retort.schema.dsl.Types.*;
import static dev.retort.schema.model.ReferentialAction.CASCADE;
import static dev.retort.schema.model.ReferentialAction.NO_ACTION;
import static dev.retort.schema.model.ReferentialAction.RESTRICT;
import static dev.retort.schema.model.ReferentialAction.SET_DEFAULT;
import static dev.retort.schema.model.ReferentialAction.SET_NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keys, constraints, indexes and table options: each row is a declaration next to a {@code parents} table and
 * the model part it must produce.
 */
class ConstraintFeaturesTest {

    private static final QualifiedName PARENTS = QualifiedName.of("public", "parents");
    private static final QualifiedName T = QualifiedName.of("public", "t");

    static Stream<Arguments> declarations() {
        return Stream.of(
                row("single-column primary key", (p, t) -> t.column("id", bigint()).primaryKey(),
                        Table::primaryKey, new PrimaryKey("pk_t", List.of("id"))),
                row("composite primary key in declared order", (p, t) -> {
                    t.column("a", integer());
                    t.column("b", integer());
                    t.primaryKey("b", "a");
                }, Table::primaryKey, new PrimaryKey("pk_t", List.of("b", "a"))),
                row("primary key from column handles, named", (p, t) -> {
                    ColumnBuilder a = t.column("a", integer());
                    ColumnBuilder b = t.column("b", integer());
                    t.primaryKey(a, b).named("t_pkey");
                }, Table::primaryKey, new PrimaryKey("t_pkey", List.of("a", "b"))),
                row("column foreign key to a handle", (p, t) -> t.column("parent_id", bigint()).references(p.column("id")),
                        Table::foreignKeys, List.of(fk("fk_t_parent_id_parents", List.of("parent_id"), PARENTS, List.of("id"),
                                NO_ACTION, NO_ACTION, false, false))),
                row("ON DELETE and ON UPDATE", (p, t) -> t.column("parent_id", bigint())
                                .references(p.column("id")).onDelete(CASCADE).onUpdate(RESTRICT),
                        Table::foreignKeys, List.of(fk("fk_t_parent_id_parents", List.of("parent_id"), PARENTS, List.of("id"),
                                CASCADE, RESTRICT, false, false))),
                row("SET NULL and SET DEFAULT", (p, t) -> t.column("parent_id", bigint())
                                .references(p.column("id")).onDelete(SET_NULL).onUpdate(SET_DEFAULT),
                        Table::foreignKeys, List.of(fk("fk_t_parent_id_parents", List.of("parent_id"), PARENTS, List.of("id"),
                                SET_NULL, SET_DEFAULT, false, false))),
                row("DEFERRABLE", (p, t) -> t.column("parent_id", bigint()).references(p.column("id")).deferrable(),
                        Table::foreignKeys, List.of(fk("fk_t_parent_id_parents", List.of("parent_id"), PARENTS, List.of("id"),
                                NO_ACTION, NO_ACTION, true, false))),
                row("INITIALLY DEFERRED implies DEFERRABLE", (p, t) -> t.column("parent_id", bigint())
                                .references(p.column("id")).initiallyDeferred(),
                        Table::foreignKeys, List.of(fk("fk_t_parent_id_parents", List.of("parent_id"), PARENTS, List.of("id"),
                                NO_ACTION, NO_ACTION, true, true))),
                row("multi-column foreign key to a unique key, named", (p, t) -> {
                    t.column("x", integer());
                    t.column("y", integer());
                    t.foreignKey("x", "y").references(p, "a", "b").onDelete(CASCADE).named("fk_t_pair");
                }, Table::foreignKeys, List.of(fk("fk_t_pair", List.of("x", "y"), PARENTS, List.of("a", "b"),
                        CASCADE, NO_ACTION, false, false))),
                row("multi-column foreign key from and to column handles", (p, t) -> {
                    ColumnBuilder x = t.column("x", integer());
                    ColumnBuilder y = t.column("y", integer());
                    t.foreignKey(x, y).references(p.column("a"), p.column("b"));
                }, Table::foreignKeys, List.of(fk("fk_t_x_y_parents", List.of("x", "y"), PARENTS, List.of("a", "b"),
                        NO_ACTION, NO_ACTION, false, false))),
                row("self reference through the column handle", (p, t) -> {
                    ColumnBuilder id = t.column("id", bigint()).primaryKey();
                    t.column("parent_id", bigint()).references(id).onDelete(CASCADE);
                }, Table::foreignKeys, List.of(fk("fk_t_parent_id_t", List.of("parent_id"), T, List.of("id"),
                        CASCADE, NO_ACTION, false, false))),
                row("self reference through self()", (p, t) -> {
                    t.column("id", bigint()).primaryKey();
                    t.column("parent_id", bigint()).references(t.self().column("id"));
                }, Table::foreignKeys, List.of(fk("fk_t_parent_id_t", List.of("parent_id"), T, List.of("id"),
                        NO_ACTION, NO_ACTION, false, false))),
                row("column unique", (p, t) -> t.column("email", text()).unique(),
                        Table::uniqueConstraints, List.of(new UniqueConstraint("uq_t_email", List.of("email"), false))),
                row("composite unique NULLS NOT DISTINCT, named", (p, t) -> {
                    t.column("a", integer());
                    t.column("b", integer());
                    t.unique("a", "b").nullsNotDistinct().named("t_a_b_key");
                }, Table::uniqueConstraints, List.of(new UniqueConstraint("t_a_b_key", List.of("a", "b"), true))),
                row("column check is named after the column", (p, t) -> t.column("qty", integer()).check("qty > 0"),
                        Table::checkConstraints, List.of(new CheckConstraint("ck_t_qty", "qty > 0"))),
                row("table check is named after the columns it mentions", (p, t) -> {
                    t.column("starts_at", timestamptz());
                    t.column("ends_at", timestamptz());
                    t.check("ends_at > starts_at OR \"starts_at\" IS NULL");
                }, Table::checkConstraints, List.of(new CheckConstraint("ck_t_ends_at_starts_at",
                        "ends_at > starts_at OR \"starts_at\" IS NULL"))),
                row("words inside string literals are not columns", (p, t) -> {
                    t.column("status", text());
                    t.column("kind", text());
                    t.check("status <> 'kind'");
                }, Table::checkConstraints, List.of(new CheckConstraint("ck_t_status", "status <> 'kind'"))),
                row("named check", (p, t) -> {
                    t.column("a", integer());
                    t.check("a <> 0").named("a_nonzero");
                }, Table::checkConstraints, List.of(new CheckConstraint("a_nonzero", "a <> 0"))),
                row("composite index", (p, t) -> {
                    t.column("a", integer());
                    t.column("b", integer());
                    t.index("a", "b");
                }, Table::indexes, List.of(new Index("ix_t_a_b", false, "btree",
                        List.of(IndexElement.column("a"), IndexElement.column("b")), List.of(), null, false))),
                row("unique partial index", (p, t) -> {
                    t.column("a", integer());
                    t.column("deleted_at", timestamptz());
                    t.index("a").unique().where("deleted_at IS NULL");
                }, Table::indexes, List.of(new Index("ix_t_a", true, "btree", List.of(IndexElement.column("a")),
                        List.of(), "deleted_at IS NULL", false))),
                row("expression part is named after its words", (p, t) -> {
                    t.column("email", text());
                    t.index(expr("lower(email)"));
                }, Table::indexes, List.of(new Index("ix_t_lower_email", false, "btree",
                        List.of(IndexElement.expression("lower(email)")), List.of(), null, false))),
                row("DESC defaults to NULLS FIRST, ASC to NULLS LAST", (p, t) -> {
                    t.column("a", integer());
                    t.column("b", integer());
                    t.index(col("a").desc(), col("b").asc());
                }, Table::indexes, List.of(new Index("ix_t_a_b", false, "btree",
                        List.of(new IndexElement("a", null, true, true, null), new IndexElement("b", null, false, false, null)),
                        List.of(), null, false))),
                row("explicit NULLS placement", (p, t) -> {
                    t.column("a", integer());
                    t.column("b", integer());
                    t.index(col("a").desc().nullsLast(), col("b").nullsFirst());
                }, Table::indexes, List.of(new Index("ix_t_a_b", false, "btree",
                        List.of(new IndexElement("a", null, true, false, null), new IndexElement("b", null, false, true, null)),
                        List.of(), null, false))),
                row("method and operator class", (p, t) -> {
                    t.column("doc", jsonb());
                    t.index(col("doc").opclass("jsonb_path_ops")).using("GIN");
                }, Table::indexes, List.of(new Index("ix_t_doc", false, "gin",
                        List.of(new IndexElement("doc", null, false, false, "jsonb_path_ops")), List.of(), null, false))),
                row("INCLUDE columns and NULLS NOT DISTINCT, named", (p, t) -> {
                    t.column("a", integer());
                    t.column("b", text());
                    t.index("a").unique().include("b").nullsNotDistinct().named("t_a_idx");
                }, Table::indexes, List.of(new Index("t_a_idx", true, "btree", List.of(IndexElement.column("a")),
                        List.of("b"), null, true))),
                row("index part collation, storage parameters and comment", (p, t) -> {
                    t.column("s", text());
                    t.index(col("s").collate("C").desc()).with("FillFactor", 70).with("deduplicate_items", "off")
                            .comment("by bytes");
                }, Table::indexes, List.of(new Index("ix_t_s", false, "btree",
                        List.of(IndexElement.column("s").desc().withCollation(QualifiedName.of("pg_catalog", "C"))),
                        List.of(), null, false, List.of("deduplicate_items=off", "fillfactor=70"), "by bytes"))),
                row("primary key with INCLUDE, deferred, commented", (p, t) -> {
                    t.column("id", integer());
                    t.column("v", text());
                    t.primaryKey("id").include("v").initiallyDeferred().comment("the key");
                }, Table::primaryKey, new PrimaryKey("pk_t", List.of("id"), List.of("v"), true, true, "the key")),
                row("deferrable unique with INCLUDE", (p, t) -> {
                    t.column("a", integer());
                    t.column("b", text());
                    t.unique("a").include("b").deferrable().comment("moved in bulk");
                }, Table::uniqueConstraints, List.of(new UniqueConstraint("uq_t_a", List.of("a"), false, List.of("b"),
                        true, false, "moved in bulk"))),
                row("NOT VALID, NO INHERIT check with comment", (p, t) -> {
                    t.column("a", integer());
                    t.check("a > 0").notValid().noInherit().comment("old rows later");
                }, Table::checkConstraints, List.of(new CheckConstraint("ck_t_a", "a > 0", true, true, "old rows later"))),
                row("MATCH FULL, NOT VALID foreign key with comment", (p, t) -> t.column("parent_id", bigint())
                                .references(p.column("id")).matchFull().notValid().comment("checked later"),
                        Table::foreignKeys, List.of(fk("fk_t_parent_id_parents", List.of("parent_id"), PARENTS, List.of("id"),
                                NO_ACTION, NO_ACTION, false, false).withMatchFull(true).withNotValid(true)
                                .withComment("checked later"))),
                row("table comment", (p, t) -> {
                    t.column("a", integer());
                    t.comment("holds things");
                }, Table::comment, "holds things"),
                row("declared table rename", (p, t) -> {
                    t.column("a", integer());
                    t.renamedFrom("old_t");
                }, Table::renamedFrom, "old_t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void declarationProducesModel(String feature, BiConsumer<TableRef, TableBuilder> body, Function<Table, Object> part,
                                  Object expected) {
        assertEquals(expected, part.apply(DslFixtures.tableWithParent(body)));
    }

    private static Arguments row(String feature, BiConsumer<TableRef, TableBuilder> body, Function<Table, Object> part,
                                 Object expected) {
        return Arguments.of(feature, body, part, expected);
    }

    private static ForeignKey fk(String name, List<String> columns, QualifiedName target, List<String> targetColumns,
                                 dev.retort.schema.model.ReferentialAction onDelete,
                                 dev.retort.schema.model.ReferentialAction onUpdate, boolean deferrable, boolean deferred) {
        return new ForeignKey(name, columns, target, targetColumns, onDelete, onUpdate, deferrable, deferred);
    }
}
