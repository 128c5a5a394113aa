package dev.retort.diff.acceptance;

import dev.retort.schema.model.SchemaModel;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * RoundTripCase is one acceptance case: schema A and schema B as plain DDL (so both are exactly what
 * PostgreSQL stores), and an optional edit of the inspected B that only a declaration can carry (a rename hint).
 *
 * @param name    what the case changes, shown by JUnit
 * @param before  DDL of A
 * @param after   DDL of B
 * @param schemas the schemas both models manage
 * @param declare applied to the inspected B before diffing (identity for most cases)
 * @param reordersColumns true when the upgrade drops a column that is not the last one: its downgrade adds it
 *                        back at the end, so A is restored up to column order
 * @param minimumMajor    the oldest PostgreSQL major version that has the feature (14 for most)
 */
record RoundTripCase(String name, List<String> before, List<String> after, List<String> schemas,
                     UnaryOperator<SchemaModel> declare, boolean reordersColumns, int minimumMajor) {

    static RoundTripCase of(String name, String before, String after) {
        return new RoundTripCase(name, split(before), split(after), List.of("public"), UnaryOperator.identity(), false, 14);
    }

    RoundTripCase inSchemas(String... managed) {
        return new RoundTripCase(name, before, after, List.of(managed), declare, reordersColumns, minimumMajor);
    }

    RoundTripCase declaring(UnaryOperator<SchemaModel> edit) {
        return new RoundTripCase(name, before, after, schemas, edit, reordersColumns, minimumMajor);
    }

    RoundTripCase reorderingColumns() {
        return new RoundTripCase(name, before, after, schemas, declare, true, minimumMajor);
    }

    RoundTripCase since(int major) {
        return new RoundTripCase(name, before, after, schemas, declare, reordersColumns, major);
    }

    private static List<String> split(String ddl) {
        return ddl.isBlank() ? List.of() : SqlScript.statements(ddl);
    }

    @Override
    public String toString() {
        return name;
    }
}
