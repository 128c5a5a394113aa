package dev.retort.testing.regressions;

import dev.retort.diff.normalize.Normalizer;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.testing.props.RoundTripProperties;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Failures the round-trip properties found, shrunk by hand to the smallest models that still fail, kept as
 * fixed examples. The constants name the bug each example showed (all fixed).
 */
class RoundTripRegressionTest {

    private final Normalizer normalizer = new Normalizer(TestDatabases.server());

    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");

    private static SchemaModel withMood(List<String> labels) {
        Table t = Table.named(QualifiedName.of("public", "t")).withColumns(List.of(Column.of("id", new BuiltinType("integer"))));
        return new SchemaModel(List.of("public"), List.of(new EnumType(MOOD, labels, "how it feels")), List.of(), List.of(t));
    }

    static final String ENUM_COMMENT_BUG = "schema-diff bug: TypeSql.recreate (AlterEnum that removes labels, e.g. the"
            + " downgrade of ADD VALUE) creates the new type without the unchanged enum comment";

    @Test
    void addingAnEnumLabelFirstAndDowngradingKeepsTheEnumComment() throws Exception {
        RoundTripProperties.assertRoundTrip(normalizer, withMood(List.of("sad", "ok")), withMood(List.of("new", "sad", "ok")));
    }

    @Test
    void addingAnEnumLabelLastAndDowngradingKeepsTheEnumComment() throws Exception {
        RoundTripProperties.assertRoundTrip(normalizer, withMood(List.of("sad", "ok")), withMood(List.of("sad", "ok", "new")));
    }

    static final String SEQUENCE_DIRECTION_BUG = "schema-diff bug: AlterSequence renders ALTER SEQUENCE ... MINVALUE/MAXVALUE"
            + " ... START WITH without RESTART, so PostgreSQL rejects bounds that exclude the current value (turning"
            + " a descending sequence ascending or back): RESTART value (-1) cannot be less than MINVALUE (1)";

    private static final QualifiedName COUNTER = QualifiedName.of("public", "counter");

    private static SchemaModel withSequence(Sequence s) {
        return SchemaModel.empty().withSequences(List.of(s));
    }

    private static Sequence descending() {
        return new Sequence(COUNTER, "bigint", -1, -1, Long.MIN_VALUE, -1, 1, false, null, null);
    }

    @Test
    void aDescendingSequenceTurnedAscendingRoundTrips() throws Exception {
        RoundTripProperties.assertRoundTrip(normalizer, withSequence(descending()), withSequence(Sequence.of(COUNTER)));
    }

    @Test
    void anAscendingSequenceTurnedDescendingRoundTrips() throws Exception {
        RoundTripProperties.assertRoundTrip(normalizer, withSequence(Sequence.of(COUNTER)), withSequence(descending()));
    }

    @Test
    void aSequenceKeepingItsDirectionRoundTrips() throws Exception {
        RoundTripProperties.assertRoundTrip(normalizer, withSequence(Sequence.of(COUNTER)),
                withSequence(new Sequence(COUNTER, "integer", 100, 5, 1, Integer.MAX_VALUE, 3, true, null, "ids")));
    }

    static final String IDENTITY_SEQUENCE_NAME_BUG = "schema-diff bug: the model did not hold an identity column's"
            + " sequence name, so renaming its table kept pgmfbq_xkuyhn_seq where a fresh build of B has"
            + " pg_xkuyhn_seq, and the diff said equal";

    private static Table identityTable(String name, String column) {
        return Table.named(QualifiedName.of("public", name)).withColumns(List.of(
                Column.of(column, new BuiltinType("integer")).withNullable(false).withIdentity(IdentityGeneration.ALWAYS),
                Column.of("note", new BuiltinType("text"))));
    }

    @Test
    void renamingATableRenamesItsIdentitySequence() throws Exception {
        RoundTripProperties.assertRoundTrip(normalizer, SchemaModel.empty().withTables(List.of(identityTable("pgmfbq", "xkuyhn"))),
                SchemaModel.empty().withTables(List.of(identityTable("pg", "xkuyhn").withRenamedFrom("pgmfbq"))));
    }

    @Test
    void renamingAnIdentityColumnRenamesItsSequence() throws Exception {
        Table renamed = identityTable("t", "number");
        renamed = renamed.withColumns(List.of(renamed.columns().get(0).withRenamedFrom("id"), renamed.columns().get(1)));
        RoundTripProperties.assertRoundTrip(normalizer, SchemaModel.empty().withTables(List.of(identityTable("t", "id"))),
                SchemaModel.empty().withTables(List.of(renamed)));
    }

    @Test
    void anIdentitySequenceNamedByHandRoundTrips() throws Exception {
        Table plain = identityTable("t", "id");
        Table named = plain.withColumns(List.of(plain.columns().get(0).withIdentitySequence("t_numbers"), plain.columns().get(1)));
        RoundTripProperties.assertRoundTrip(normalizer, SchemaModel.empty().withTables(List.of(plain)),
                SchemaModel.empty().withTables(List.of(named)));
    }
}
