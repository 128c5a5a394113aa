package dev.retort.testing.gen;

import dev.retort.schema.model.SchemaModel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * SchemaArbitraries generates valid random schemas and random edit sequences between two valid schemas,
 * from combinators only, so that jqwik shrinks a failing case to a small schema and a short edit list.
 *
 * <pre>{@code
 * @Property
 * void roundTrip(@ForAll("pairs") SchemaPair pair) { ... }
 * @Provide
 * Arbitrary<SchemaPair> pairs() { return SchemaArbitraries.schemaPairs(); }
 * }</pre>
 */
public final class SchemaArbitraries {

    private SchemaArbitraries() {
    }

    /**
     * A valid schema: 1 to 10 tables, optionally a second schema and enums, with FKs that may form cycles, and up to
     * 6 objects beside the tables (views, triggers, types, policies, grants; see {@link ObjectSpecs}).
     */
    public static Arbitrary<SchemaModel> schemas() {
        return Combinators.combine(schemaPlans(), objectEdit().list().ofMaxSize(6)).as((plan, objects) -> {
            SchemaModel tables = ModelEditor.build(plan);
            return ObjectRender.render(tables, ObjectSpecs.apply(tables, List.of(), objects));
        });
    }

    /**
     * A valid schema A, 1 to 6 edits of its tables and up to 3 of its other objects, and the valid schema B they
     * lead to. A's objects follow the table edits (renames, dropped and retyped columns: the dependents rule then
     * recreates them) before B's object edits apply.
     */
    public static Arbitrary<SchemaPair> schemaPairs() {
        return Combinators.combine(schemaPlans(), objectEdit().list().ofMaxSize(5), edit().list().ofMinSize(1).ofMaxSize(6),
                changeOfObjects().list().ofMaxSize(3)).as((plan, objectsA, edits, objectsB) -> {
            SchemaModel from = ModelEditor.build(plan);
            List<ObjectSpec> specsA = ObjectSpecs.apply(from, List.of(), objectsA);
            SchemaModel to = from;
            for (Edit e : edits) {
                to = e.applyTo(to);
            }
            List<ObjectSpec> specsB = ObjectSpecs.apply(to, CarriedSpecs.carry(specsA, to), objectsB);
            return new SchemaPair(ObjectRender.render(from, specsA), edits, objectsB, ObjectRender.render(to, specsB));
        });
    }

    static Arbitrary<ObjectEdit> objectEdit() {
        return objectEdit(4, 2);
    }

    /**
     * An edit of B's objects: partitioned tables and exclusion constraints more often than in A, since their changes
     * (DETACH and ATTACH with foreign keys, index copies renamed, constraints dropped and changed) need one that exists.
     */
    static Arbitrary<ObjectEdit> changeOfObjects() {
        return objectEdit(10, 4);
    }

    private static Arbitrary<ObjectEdit> objectEdit(int partitioned, int exclusions) {
        // grants have the most kinds of targets: twice as often; revoked defaults half as often
        Arbitrary<Integer> kinds = Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(2, 1), Tuple.of(2, 2), Tuple.of(2, 3),
                Tuple.of(2, 4), Tuple.of(2, 5), Tuple.of(1, 6), Tuple.of(2, 7), Tuple.of(2, 8), Tuple.of(4, 9),
                Tuple.of(1, 10), Tuple.of(partitioned, 11), Tuple.of(exclusions, 12)).withoutEdgeCases();
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 2),
                        pick(), pick().list().ofSize(7), often(), comment())
                .as(ObjectEdit::new);
    }

    static Arbitrary<Blueprint.SchemaPlan> schemaPlans() {
        Arbitrary<String> second = Names.identifier().filter(s -> !s.equals("public") && !s.startsWith("pg_"))
                .injectNull(0.75);
        return Combinators.combine(second, enumPlan().list().ofMaxSize(2), sequence().list().ofMaxSize(2),
                        table().list().ofMinSize(1).ofMaxSize(10))
                .as(Blueprint.SchemaPlan::new);
    }

    static Arbitrary<Blueprint.SequencePlan> sequence() {
        Arbitrary<Tuple.Tuple2<Boolean, String>> cycleAndComment = Combinators.combine(rarely(), comment()).as(Tuple::of);
        return Combinators.combine(Names.identifier(), rarely(), Arbitraries.integers().between(0, 2), rarely(), pick(),
                        pick(), pick(), cycleAndComment)
                .as((n, s, k, d, o, i, c, rest) -> new Blueprint.SequencePlan(n, s, k, d, o, i, c, rest.get1(), rest.get2()));
    }

    static Arbitrary<Integer> pick() {
        return Arbitraries.integers().between(0, 1000);
    }

    static Arbitrary<Boolean> rarely() {
        return Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true));
    }

    static Arbitrary<Boolean> often() {
        return Arbitraries.frequency(Tuple.of(1, false), Tuple.of(1, true));
    }

    static Arbitrary<String> comment() {
        return Names.text().injectNull(0.7);
    }

    static Arbitrary<Blueprint.TypeChoice> typeChoice() {
        return Combinators.combine(Arbitraries.integers().between(0, Types.KINDS - 1), pick(), pick(), rarely(), pick())
                .as(Blueprint.TypeChoice::new);
    }

    static Arbitrary<Blueprint.ColumnPlan> column() {
        Arbitrary<Integer> special = Arbitraries.frequency(Tuple.of(10, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(2, 3));
        Arbitrary<Integer> defaultChoice = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 4)));
        return Combinators.combine(Names.identifier(), typeChoice(), often(), defaultChoice, special, pick(), comment())
                .as(Blueprint.ColumnPlan::new);
    }

    static Arbitrary<Blueprint.KeyPlan> key() {
        return Combinators.combine(Names.identifier(), pick().list().ofMinSize(1).ofMaxSize(3), rarely())
                .as(Blueprint.KeyPlan::new);
    }

    static Arbitrary<Blueprint.CheckPlan> check() {
        return Combinators.combine(Names.identifier(), Arbitraries.integers().between(0, 4), pick(), pick())
                .as(Blueprint.CheckPlan::new);
    }

    static Arbitrary<Blueprint.ElementPlan> element() {
        return Combinators.combine(pick(), rarely(), rarely(), rarely(), rarely()).as(Blueprint.ElementPlan::new);
    }

    static Arbitrary<Blueprint.IndexPlan> index() {
        Arbitrary<Integer> method = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 3),
                Tuple.of(1, 4));
        return Combinators.combine(Names.identifier(), method, rarely(), rarely(), element().list().ofMinSize(1).ofMaxSize(3),
                        pick().list().ofMaxSize(2), Arbitraries.integers().between(0, 3), pick())
                .as(Blueprint.IndexPlan::new);
    }

    static Arbitrary<Blueprint.ForeignKeyPlan> foreignKey() {
        return Combinators.combine(Names.identifier(), pick(), pick(), often(), Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 4), rarely(), often())
                .as(Blueprint.ForeignKeyPlan::new);
    }

    static Arbitrary<Blueprint.TablePlan> table() {
        Arbitrary<Tuple.Tuple2<List<Blueprint.ForeignKeyPlan>, String>> fksAndComment =
                Combinators.combine(foreignKey().list().ofMaxSize(2), comment()).as(Tuple::of);
        return Combinators.combine(Names.identifier(), rarely(), column().list().ofMinSize(1).ofMaxSize(6),
                        key().injectNull(0.3), key().list().ofMaxSize(2), check().list().ofMaxSize(2),
                        index().list().ofMaxSize(3), fksAndComment)
                .as((name, second, columns, pk, uniques, checks, indexes, rest) -> new Blueprint.TablePlan(name, second,
                        columns, pk, uniques, checks, indexes, rest.get1(), rest.get2()));
    }

    static Arbitrary<Blueprint.EnumPlan> enumPlan() {
        return Combinators.combine(Names.identifier(), rarely(), Names.text().list().ofMinSize(1).ofMaxSize(4), comment())
                .as(Blueprint.EnumPlan::new);
    }

    static Arbitrary<Edit> edit() {
        Arbitrary<Integer> p = pick();
        Arbitrary<Blueprint.TypeChoice> sameFamilyTypes = Combinators.combine(
                Arbitraries.of(0, 1, 2, 3, 4, 7, 8, 10, 12, 20, 21, 22), pick(), pick())
                .as((k, s, sc) -> new Blueprint.TypeChoice(k, s, sc, false, 0));
        return Arbitraries.frequencyOf(
                Tuple.of(2, table().map(Edit.AddTable::new)),
                Tuple.of(1, p.map(Edit.DropTable::new)),
                Tuple.of(3, Combinators.combine(p, column()).as(Edit.AddColumn::new)),
                Tuple.of(3, Combinators.combine(p, p).as(Edit.DropColumn::new)),
                Tuple.of(2, Combinators.combine(p, p, sameFamilyTypes).as(Edit.AlterColumnType::new)),
                Tuple.of(2, Combinators.combine(p, p, often()).as(Edit.SetNullable::new)),
                Tuple.of(2, Combinators.combine(p, p, Arbitraries.integers().between(0, 4)).as(Edit.SetDefault::new)),
                Tuple.of(1, Combinators.combine(p, p, often()).as(Edit.ToggleIdentity::new)),
                Tuple.of(1, Combinators.combine(p, Arbitraries.integers().between(-1, 20), comment()).as(Edit.SetComment::new)),
                Tuple.of(2, Combinators.combine(p, index()).as(Edit.AddIndex::new)),
                Tuple.of(1, Combinators.combine(p, p).as(Edit.DropIndex::new)),
                Tuple.of(1, Combinators.combine(p, key()).as(Edit.AddUnique::new)),
                Tuple.of(1, Combinators.combine(p, p).as(Edit.DropUnique::new)),
                Tuple.of(1, Combinators.combine(p, check()).as(Edit.AddCheck::new)),
                Tuple.of(1, Combinators.combine(p, p).as(Edit.DropCheck::new)),
                Tuple.of(2, Combinators.combine(p, foreignKey()).as(Edit.AddForeignKey::new)),
                Tuple.of(1, Combinators.combine(p, p).as(Edit.DropForeignKey::new)),
                Tuple.of(1, Combinators.combine(p, key()).as(Edit.SetPrimaryKey::new)),
                Tuple.of(1, p.map(Edit.DropPrimaryKey::new)),
                Tuple.of(2, Combinators.combine(p, p, Arbitraries.integers().between(0, 2), p, comment())
                        .as(Edit.ConstraintDetail::new)),
                Tuple.of(2, Combinators.combine(p, p, Arbitraries.integers().between(0, 2), p).as(Edit.ColumnDetail::new)),
                Tuple.of(1, Combinators.combine(p, p, Arbitraries.integers().between(0, 2), p, comment())
                        .as(Edit.IndexDetail::new)),
                Tuple.of(1, Combinators.combine(p, Arbitraries.integers().between(0, 2), p).as(Edit.TableDetail::new)),
                Tuple.of(1, enumPlan().map(Edit.AddEnum::new)),
                Tuple.of(1, Combinators.combine(p, Names.text(), p).as(Edit.AddEnumValue::new)),
                Tuple.of(1, p.map(Edit.DropEnum::new)),
                Tuple.of(1, Combinators.combine(p, p).as(Edit.DropEnumValue::new)),
                Tuple.of(1, sequence().map(Edit.AddSequence::new)),
                Tuple.of(1, p.map(Edit.DropSequence::new)),
                Tuple.of(1, Combinators.combine(p, sequence()).as(Edit.AlterSequence::new)),
                Tuple.of(2, Combinators.combine(p, p, Names.identifier()).as(Edit.RenameColumn::new)),
                Tuple.of(1, Combinators.combine(p, Names.identifier()).as(Edit.RenameTable::new)),
                Tuple.of(1, Combinators.combine(p, comment()).as(Edit.ToggleExtension::new)),
                Tuple.of(1, Combinators.combine(p, comment()).as(Edit.ToggleFunction::new)));
    }
}
