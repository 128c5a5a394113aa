package dev.retort.testing.props;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.testing.gen.SchemaArbitraries;
import dev.retort.testing.gen.SchemaPair;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The laws that need no database, so they run many more tries: diff(A, A) is empty (P2), every change's
 * inverse of its inverse is the change (P5), and the plan is the same whenever it is computed (P6).
 */
class ChangeLawProperties {

    private static final String P2 = "P2 diff(A, A) is empty";
    private static final String P5 = "P5 inverse(inverse(c)) equals c";
    private static final String P6 = "P6 plan order is deterministic";

    @Property(tries = 300)
    void diffOfASchemaWithItselfIsEmpty(@ForAll("schemas") SchemaModel a) {
        TryClock.tick(P2);
        assertTrue(new DiffEngine().diff(a, a).isEmpty(), () -> "diff(A, A) found " + new DiffEngine().diff(a, a).changes());
        SchemaModel copy = rebuilt(a);
        assertEquals(a, copy);
        assertTrue(new DiffEngine().diff(a, copy).isEmpty(), "diff(A, copy of A) is not empty");
    }

    @Property(tries = 300)
    void inverseOfInverseIsTheChange(@ForAll("pairs") SchemaPair pair) {
        TryClock.tick(P5);
        for (DiffResult d : List.of(new DiffEngine().diff(pair.from(), pair.to()), new DiffEngine().diff(pair.to(), pair.from()))) {
            for (SchemaChange c : d.changes()) {
                assertEquals(c, c.inverse().inverse(), () -> "inverse(inverse(" + c.describe() + "))");
            }
        }
    }

    @Property(tries = 300)
    void planIsDeterministic(@ForAll("pairs") SchemaPair pair) {
        TryClock.tick(P6);
        DiffResult first = new DiffEngine().diff(pair.from(), pair.to());
        DiffResult again = new DiffEngine().diff(rebuilt(pair.from()), rebuilt(pair.to()));
        assertEquals(first.changes(), again.changes(), "changes differ between two diffs of equal models");
        assertEquals(sql(first.upgrade().statements()), sql(again.upgrade().statements()), "upgrade order differs");
        assertEquals(sql(first.downgrade().statements()), sql(again.downgrade().statements()), "downgrade order differs");
    }

    @AfterProperty
    void report() {
        TryClock.report(P2);
        TryClock.report(P5);
        TryClock.report(P6);
    }

    /** An equal model whose lists were handed over in reverse order, to catch order-dependent code. */
    static SchemaModel rebuilt(SchemaModel m) {
        List<Table> tables = new ArrayList<>();
        for (Table t : m.tables()) {
            tables.add(t.withForeignKeys(reversed(t.foreignKeys())).withIndexes(reversed(t.indexes()))
                    .withCheckConstraints(reversed(t.checkConstraints())).withUniqueConstraints(reversed(t.uniqueConstraints())));
        }
        return new SchemaModel(reversed(m.schemas()), reversed(m.enums()), reversed(m.sequences()), reversed(tables),
                reversed(m.objects()), m.dependencies());
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    private static List<String> sql(List<PlannedStatement> statements) {
        return statements.stream().map(PlannedStatement::sql).toList();
    }

    @Provide
    Arbitrary<SchemaModel> schemas() {
        return SchemaArbitraries.schemas();
    }

    @Provide
    Arbitrary<SchemaPair> pairs() {
        return SchemaArbitraries.schemaPairs();
    }
}
