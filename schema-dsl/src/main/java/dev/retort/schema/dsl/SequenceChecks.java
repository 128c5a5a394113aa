package dev.retort.schema.dsl;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;

import java.util.List;
import java.util.Optional;

/** SequenceChecks checks that a sequence's settings are ones PostgreSQL accepts and its owner exists. */
final class SequenceChecks {

    private SequenceChecks() {
    }

    static void check(SchemaModel model, Sequence sequence, List<String> problems) {
        String subject = "sequence " + Messages.table(sequence.name());
        NameChecks.length(subject, "name", sequence.name().name(), problems);
        if (sequence.increment() == 0) {
            problems.add(subject + ": increment is 0 (use a positive or negative step)");
        }
        if (sequence.minValue() >= sequence.maxValue()) {
            problems.add(subject + ": min value " + sequence.minValue() + " is not below max value "
                    + sequence.maxValue() + " (raise the max or lower the min)");
        } else if (sequence.start() < sequence.minValue() || sequence.start() > sequence.maxValue()) {
            problems.add(subject + ": start " + sequence.start() + " is outside [" + sequence.minValue() + ", "
                    + sequence.maxValue() + "] (start inside the range)");
        }
        if (sequence.cache() < 1) {
            problems.add(subject + ": cache " + sequence.cache() + " must be at least 1");
        }
        if (sequence.ownedBy() != null) {
            owner(model, sequence, subject, problems);
        }
    }

    private static void owner(SchemaModel model, Sequence sequence, String subject, List<String> problems) {
        String ownedBy = sequence.ownedBy();
        int dot = ownedBy.lastIndexOf('.');
        if (dot < 0) {
            problems.add(subject + ": owned by \"" + ownedBy + "\", which is not table.column (name a column)");
            return;
        }
        QualifiedName tableName = QualifiedName.of(sequence.name().schema(), ownedBy.substring(0, dot));
        String column = ownedBy.substring(dot + 1);
        Optional<Table> table = model.table(tableName);
        if (table.isEmpty()) {
            problems.add(subject + ": owned by unknown table \"" + Messages.table(tableName) + "\" (declare the table "
                    + "in the sequence's schema)");
            return;
        }
        List<String> names = table.get().columns().stream().map(Column::name).toList();
        if (!names.contains(column)) {
            problems.add(subject + ": owned by unknown column \"" + column + "\" of table " + Messages.table(tableName)
                    + " " + Suggestions.hint(column, names, "column"));
        }
    }
}
