package dev.retort.vibes;

import dev.retort.schema.dsl.EnumRef;
import dev.retort.schema.dsl.Namespace;
import dev.retort.vibes.entity.AlertSeverity;
import dev.retort.vibes.entity.AlertStatus;
import dev.retort.vibes.entity.HealthStatus;
import dev.retort.vibes.entity.Mood;
import dev.retort.vibes.entity.OpaqueSessionState;
import dev.retort.vibes.entity.ReminderStatus;

import java.util.Arrays;
import java.util.function.Function;

/**
 * VibesEnums holds the handles of the schema's enum types. Labels come from the entity enums, so the
 * database type and the Java type cannot disagree.
 */
record VibesEnums(EnumRef reminderStatus, EnumRef opaqueSessionState, EnumRef alertSeverity,
                  EnumRef alertStatus, EnumRef healthStatus, EnumRef mood) {

    static VibesEnums declare(Namespace s) {
        return new VibesEnums(
                s.enumType(ReminderStatus.SQL_TYPE, labels(ReminderStatus.values(), ReminderStatus::label)),
                s.enumType(OpaqueSessionState.SQL_TYPE, labels(OpaqueSessionState.values(), OpaqueSessionState::label)),
                s.enumType(AlertSeverity.SQL_TYPE, labels(AlertSeverity.values(), AlertSeverity::label)),
                s.enumType(AlertStatus.SQL_TYPE, labels(AlertStatus.values(), AlertStatus::label)),
                s.enumType(HealthStatus.SQL_TYPE, labels(HealthStatus.values(), HealthStatus::label)),
                s.enumType(Mood.SQL_TYPE, labels(Mood.values(), Mood::label)));
    }

    private static <E extends Enum<E>> String[] labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toArray(String[]::new);
    }
}
