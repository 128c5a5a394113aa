package dev.retort.diff.acceptance;

import dev.retort.diff.plan.Hazard;
import dev.retort.schema.model.SchemaModel;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * DetailCase is an acceptance case for a table, column, constraint or index detail: old DDL, new DDL, the upgrade
 * expected statement by statement, the hazards of the upgrade and, where the downgrade is not the obvious inverse,
 * the downgrade expected too.
 *
 * @param roundTrip         old and new DDL (and a declaration edit, e.g. a rename hint)
 * @param upgrade           the upgrade's statements, without semicolons
 * @param hazards           every hazard of the upgrade
 * @param downgrade         the downgrade's statements, or null when not asserted
 * @param prelude           statements run before A is built from its model
 */
record DetailCase(RoundTripCase roundTrip, List<String> upgrade, Set<Hazard> hazards, List<String> downgrade,
                  List<String> prelude) {

    static DetailCase of(String name, String before, String after, List<String> upgrade, Hazard... hazards) {
        return new DetailCase(RoundTripCase.of(name, before, after), upgrade, set(hazards), null, List.of());
    }

    DetailCase downgrade(String... statements) {
        return new DetailCase(roundTrip, upgrade, hazards, List.of(statements), prelude);
    }

    DetailCase declaring(UnaryOperator<SchemaModel> edit) {
        return new DetailCase(roundTrip.declaring(edit), upgrade, hazards, downgrade, prelude);
    }

    DetailCase since(int major) {
        return new DetailCase(roundTrip.since(major), upgrade, hazards, downgrade, prelude);
    }

    /** DDL of objects the model does not manage (an extension's type), run before A is created from its model. */
    DetailCase withPrelude(String ddl) {
        return new DetailCase(roundTrip, upgrade, hazards, downgrade, SqlScript.statements(ddl));
    }

    private static Set<Hazard> set(Hazard... hazards) {
        return hazards.length == 0 ? EnumSet.noneOf(Hazard.class) : EnumSet.copyOf(List.of(hazards));
    }

    @Override
    public String toString() {
        return roundTrip.name();
    }
}
