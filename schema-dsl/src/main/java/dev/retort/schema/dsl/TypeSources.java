package dev.retort.schema.dsl;

import dev.retort.schema.model.CompositeAttribute;
import dev.retort.schema.model.CompositeType;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.DomainCheck;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.RangeType;
import dev.retort.schema.model.SchemaObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TypeSources writes the DSL statements of domains, composite types and range types for {@link JavaSourceWriter}.
 * Unlike the other kinds ({@link ObjectSources}) these are handles the tables' columns use, so they are declared
 * with the enums, before the tables, each after the types it uses; {@code handles} maps a type's name to its field.
 */
final class TypeSources {

    private TypeSources() {
    }

    /** The user types of {@code objects}, each after the user types it uses. */
    static List<SchemaObject> ordered(List<SchemaObject> objects) {
        List<SchemaObject> pending = new ArrayList<>(objects.stream().filter(o -> o.id().kind().isUserType()).toList());
        Set<ObjectId> all = new HashSet<>();
        pending.forEach(o -> all.add(ObjectId.type(o.id().name())));
        Set<ObjectId> done = new HashSet<>();
        List<SchemaObject> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            SchemaObject next = pending.stream().filter(o -> o.uses().stream()
                    .allMatch(u -> done.contains(u) || !all.contains(u))).findFirst().orElse(pending.get(0));
            pending.remove(next);
            done.add(ObjectId.type(next.id().name()));
            out.add(next);
        }
        return out;
    }

    /** The DSL class of the handle that declares {@code type}. */
    static String handleClass(SchemaObject type) {
        return type instanceof Domain ? "DomainBuilder" : type instanceof CompositeType ? "CompositeTypeBuilder"
                : "RangeTypeBuilder";
    }

    /** {@code field = namespace.domain(...)...}, without the semicolon. */
    static String statement(SchemaObject object, String namespace, String field, Map<String, String> handles) {
        String declaration;
        if (object instanceof Domain domain) {
            declaration = domain(domain, namespace, handles);
        } else if (object instanceof CompositeType type) {
            declaration = composite(type, namespace, handles);
        } else if (object instanceof RangeType range) {
            declaration = range(range, namespace, handles);
        } else {
            throw new IllegalStateException("no DSL source for " + object.id() + " (register its kind in TypeSources)");
        }
        return field + " = " + declaration;
    }

    private static String domain(Domain domain, String namespace, Map<String, String> handles) {
        StringBuilder code = new StringBuilder(namespace + "domain(" + JavaCode.string(domain.name().name()) + ", "
                + JavaCode.type(domain.baseType(), handles) + ")");
        if (domain.notNull()) {
            code.append(".notNull()");
        }
        if (domain.defaultExpression() != null) {
            code.append(".defaultSql(").append(JavaCode.string(domain.defaultExpression())).append(")");
        }
        code.append(collate(domain.collation()));
        for (DomainCheck check : domain.checks()) {
            code.append(check.notValid() ? ".checkNotValid(" : ".check(").append(JavaCode.string(check.name()))
                    .append(", ").append(JavaCode.string(check.expression())).append(")");
        }
        return code.append(comment(domain.comment())).toString();
    }

    private static String composite(CompositeType type, String namespace, Map<String, String> handles) {
        StringBuilder attributes = new StringBuilder();
        for (CompositeAttribute attribute : type.attributes()) {
            attributes.append(".attribute(").append(JavaCode.string(attribute.name())).append(", ")
                    .append(JavaCode.type(attribute.type(), handles)).append(")").append(collate(attribute.collation()));
        }
        return namespace + "compositeType(" + JavaCode.string(type.name().name()) + ", "
                + (attributes.length() == 0 ? "a -> { }" : "a -> a" + attributes) + ")" + comment(type.comment());
    }

    private static String range(RangeType range, String namespace, Map<String, String> handles) {
        StringBuilder code = new StringBuilder(namespace + "rangeType(" + JavaCode.string(range.name().name()) + ", "
                + JavaCode.type(range.subtype(), handles) + ")");
        if (range.subtypeOpclass() != null) {
            code.append(".subtypeOpclass(").append(JavaCode.string(range.subtypeOpclass())).append(")");
        }
        code.append(collate(range.collation()));
        if (range.canonical() != null) {
            code.append(".canonical(").append(JavaCode.string(range.canonical())).append(")");
        }
        if (range.subtypeDiff() != null) {
            code.append(".subtypeDiff(").append(JavaCode.string(range.subtypeDiff())).append(")");
        }
        if (range.multirangeName() != null) {
            code.append(".multirangeName(").append(JavaCode.string(range.multirangeName())).append(")");
        }
        return code.append(comment(range.comment())).toString();
    }

    private static String collate(QualifiedName collation) {
        if (collation == null) {
            return "";
        }
        return ".collate(" + (collation.schema().equals("pg_catalog") ? "" : JavaCode.string(collation.schema()) + ", ")
                + JavaCode.string(collation.name()) + ")";
    }

    private static String comment(String comment) {
        return comment == null ? "" : ".comment(" + JavaCode.string(comment) + ")";
    }
}
