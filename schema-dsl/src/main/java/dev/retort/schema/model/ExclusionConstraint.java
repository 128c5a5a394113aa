package dev.retort.schema.model;

import java.util.Objects;

/**
 * ExclusionConstraint is an {@code EXCLUDE} table constraint, held as the server prints it: {@code definition} is the
 * {@code pg_get_constraintdef} text (index method, elements with their operators, {@code INCLUDE}, {@code WITH}
 * storage parameters, {@code WHERE} predicate and {@code DEFERRABLE} options). It is named like the table's other
 * constraints.
 *
 * <pre>{@code
 * ExclusionConstraint noOverlap = new ExclusionConstraint(QualifiedName.of("public", "bookings"),
 *         "bookings_no_overlap", "EXCLUDE USING gist (room WITH =, during WITH &&)", null);
 * noOverlap.id();   // constraint public.bookings.bookings_no_overlap
 * }</pre>
 *
 * @param table      the table it is on
 * @param name       its name, unique among the table's constraints
 * @param definition the constraint as {@code pg_get_constraintdef} prints it, starting with {@code EXCLUDE}
 * @param comment    its comment, or null
 */
public record ExclusionConstraint(QualifiedName table, String name, String definition, String comment)
        implements SchemaObject {

    public ExclusionConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public ObjectId id() {
        return ObjectId.member(ObjectKind.CONSTRAINT, table, name);
    }
}
