package dev.retort.schema.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Domain is a PostgreSQL domain ({@code CREATE DOMAIN}): a base type with a default, NOT NULL and named checks that
 * hold wherever a column uses it. Columns name it as a {@link UserDefinedType}.
 *
 * <pre>{@code
 * Domain year = new Domain(QualifiedName.of("public", "year"), new BuiltinType("integer"), null, false, null,
 *         List.of(new DomainCheck("year_check", "VALUE >= 1901 AND VALUE <= 2155", false)), null);
 * year.id();   // domain public.year
 * }</pre>
 *
 * @param name              its qualified name
 * @param baseType          the type it constrains
 * @param defaultExpression its default as SQL, or null
 * @param notNull           true for {@code NOT NULL}
 * @param collation         its collation when it is not the base type's, or null
 * @param checks            its check constraints, kept sorted by name
 * @param comment           its comment, or null
 */
public record Domain(QualifiedName name, DataType baseType, String defaultExpression, boolean notNull,
                     QualifiedName collation, List<DomainCheck> checks, String comment) implements SchemaObject {

    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        checks = checks.stream().sorted(Comparator.comparing(DomainCheck::name)).toList();
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.DOMAIN, name);
    }

    /** Its base type, when that is a user-defined type (an enum, another domain, a composite type). */
    @Override
    public Set<ObjectId> uses() {
        return UserTypes.of(baseType);
    }

    /** The check named {@code checkName}. */
    public Optional<DomainCheck> check(String checkName) {
        return checks.stream().filter(c -> c.name().equals(checkName)).findFirst();
    }

    public Domain withChecks(List<DomainCheck> newChecks) {
        return new Domain(name, baseType, defaultExpression, notNull, collation, newChecks, comment);
    }

    public Domain withDefault(String newDefault) {
        return new Domain(name, baseType, newDefault, notNull, collation, checks, comment);
    }

    public Domain withNotNull(boolean newNotNull) {
        return new Domain(name, baseType, defaultExpression, newNotNull, collation, checks, comment);
    }

    public Domain withComment(String newComment) {
        return new Domain(name, baseType, defaultExpression, notNull, collation, checks, newComment);
    }

    // written out, as QualifiedName's: a record's generated equals and hashCode are bootstrapped through method
    // handles on first use (about 5 ms of a short command's CPU per record class) and slow until compiled
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Domain other
                && Objects.equals(name, other.name)
                && Objects.equals(baseType, other.baseType)
                && Objects.equals(defaultExpression, other.defaultExpression)
                && notNull == other.notNull
                && Objects.equals(collation, other.collation)
                && Objects.equals(checks, other.checks)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(baseType);
        h = 31 * h + Objects.hashCode(defaultExpression);
        h = 31 * h + Boolean.hashCode(notNull);
        h = 31 * h + Objects.hashCode(collation);
        h = 31 * h + Objects.hashCode(checks);
        h = 31 * h + Objects.hashCode(comment);
        return h;
    }
}
