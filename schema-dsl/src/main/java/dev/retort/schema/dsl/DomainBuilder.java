package dev.retort.schema.dsl;

import dev.retort.schema.model.DataType;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.DomainCheck;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.UserDefinedType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * DomainBuilder declares a domain ({@code CREATE DOMAIN}) and is its handle: use it as a column type. Checks are
 * named, written on {@code VALUE}.
 *
 * <pre>{@code
 * DomainBuilder email = s.domain("email", text()).notNull().check("email_format", "VALUE ~ '@'");
 * s.table("users", t -> t.column("email", email));
 * }</pre>
 */
public final class DomainBuilder implements ObjectDraft, SqlType {

    private final QualifiedName name;
    private final SqlType baseType;
    private String defaultExpression;
    private boolean notNull;
    private QualifiedName collation;
    private final List<DomainCheck> checks = new ArrayList<>();
    private String comment;

    DomainBuilder(QualifiedName name, SqlType baseType) {
        this.name = Objects.requireNonNull(name, "name");
        this.baseType = Objects.requireNonNull(baseType, "baseType");
    }

    /** {@code NOT NULL}: no column of the domain holds a null. */
    public DomainBuilder notNull() {
        this.notNull = true;
        return this;
    }

    /** A string literal default, typed as the base type ({@code 'n/a'::text}). */
    public DomainBuilder defaultValue(String literal) {
        this.defaultExpression = DefaultLiterals.string(Objects.requireNonNull(literal, "literal"), baseType.dataType());
        return this;
    }

    /** A numeric literal default. */
    public DomainBuilder defaultValue(Number literal) {
        this.defaultExpression = DefaultLiterals.number(Objects.requireNonNull(literal, "literal"), baseType.dataType());
        return this;
    }

    /** A default given as SQL, such as {@code now()}. */
    public DomainBuilder defaultSql(String expression) {
        this.defaultExpression = Objects.requireNonNull(expression, "expression");
        return this;
    }

    /** COLLATE a collation of pg_catalog, e.g. {@code collate("C")}. */
    public DomainBuilder collate(String collationName) {
        return collate("pg_catalog", collationName);
    }

    /** COLLATE a collation of another schema. */
    public DomainBuilder collate(String schema, String collationName) {
        this.collation = QualifiedName.of(schema, collationName);
        return this;
    }

    /** A named check on {@code VALUE}: {@code check("positive", "VALUE > 0")}. */
    public DomainBuilder check(String checkName, String expression) {
        checks.add(new DomainCheck(Objects.requireNonNull(checkName, "checkName"),
                Objects.requireNonNull(expression, "expression"), false));
        return this;
    }

    /** A named check added {@code NOT VALID}: values already in columns of the domain are not checked. */
    public DomainBuilder checkNotValid(String checkName, String expression) {
        checks.add(new DomainCheck(Objects.requireNonNull(checkName, "checkName"),
                Objects.requireNonNull(expression, "expression"), true));
        return this;
    }

    /** The comment of the domain. */
    public DomainBuilder comment(String text) {
        this.comment = text;
        return this;
    }

    /** The qualified name of the domain. */
    public QualifiedName name() {
        return name;
    }

    @Override
    public DataType dataType() {
        return new UserDefinedType(name);
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        int before = problems.size();
        String subject = "domain " + Messages.table(name);
        if (name.name().isBlank()) {
            problems.add("domain in schema " + name.schema() + ": the name is empty (domain(\"email\", text()))");
        }
        if (baseType instanceof TypeSpec spec && spec.problem() != null) {
            problems.add(subject + ": base type " + spec.dataType().sql() + ": " + spec.problem());
        }
        Set<String> seen = new HashSet<>();
        for (DomainCheck check : checks) {
            if (check.name().isBlank()) {
                problems.add(subject + ": a check has an empty name (name each check: check(\"positive\", \"VALUE > 0\"))");
            } else if (!seen.add(check.name())) {
                problems.add(subject + ": check " + check.name() + " is declared twice (give each check its own name)");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Domain(name, baseType.dataType(), defaultExpression, notNull, collation, checks, comment);
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
