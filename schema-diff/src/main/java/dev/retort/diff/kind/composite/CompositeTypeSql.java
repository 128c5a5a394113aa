package dev.retort.diff.kind.composite;

import dev.retort.diff.kind.domain.CatalogTypes;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.CompositeAttribute;
import dev.retort.schema.model.CompositeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * CompositeTypeSql writes the statements of a composite type: {@code CREATE TYPE ... AS (...)}, and one
 * {@code ALTER TYPE} with the attribute changes of an in-place change. A dropped attribute loses its values in every
 * column of the type; retyping an attribute is refused by PostgreSQL while a column uses the type (the differ refuses
 * it first, naming the columns).
 */
final class CompositeTypeSql {

    private CompositeTypeSql() {
    }

    static List<SqlStatement> create(CompositeType type) {
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of("CREATE TYPE " + SqlNames.name(type.name()) + " AS ("
                + type.attributes().stream().map(CompositeTypeSql::attribute).collect(Collectors.joining(", ")) + ")"));
        if (type.comment() != null) {
            out.add(comment(type));
        }
        return out;
    }

    /** True when dropping what {@code to} lacks and adding what it has more, at the end, gives {@code to}'s order. */
    static boolean inPlace(CompositeType from, CompositeType to) {
        List<String> result = new ArrayList<>();
        from.attributes().stream().map(CompositeAttribute::name).filter(n -> to.attribute(n).isPresent()).forEach(result::add);
        to.attributes().stream().map(CompositeAttribute::name).filter(n -> from.attribute(n).isEmpty()).forEach(result::add);
        return result.equals(to.attributes().stream().map(CompositeAttribute::name).toList());
    }

    static List<SqlStatement> alter(CompositeType from, CompositeType to) {
        List<String> actions = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (CompositeAttribute old : from.attributes()) {
            CompositeAttribute now = to.attribute(old.name()).orElse(null);
            if (now == null) {
                actions.add("DROP ATTRIBUTE " + SqlNames.name(old.name()));
                dropped.add(old.name());
            } else if (!now.type().equals(old.type()) || !Objects.equals(now.collation(), old.collation())) {
                actions.add("ALTER ATTRIBUTE " + SqlNames.name(now.name()) + " TYPE " + now.type().sql()
                        + CatalogTypes.collate(now.collation()));
            }
        }
        to.attributes().stream().filter(a -> from.attribute(a.name()).isEmpty())
                .forEach(a -> actions.add("ADD ATTRIBUTE " + attribute(a)));
        List<SqlStatement> out = new ArrayList<>();
        if (!actions.isEmpty()) {
            SqlStatement alter = SqlStatement.of("ALTER TYPE " + SqlNames.name(to.name()) + " " + String.join(", ", actions));
            out.add(alter.with(!dropped.isEmpty(), Hazard.DELETES_DATA, "drops attribute" + (dropped.size() > 1 ? "s " : " ")
                    + String.join(", ", dropped) + " of composite type " + to.name()
                    + ": their values in every column of the type are lost"));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(comment(to));
        }
        return out;
    }

    private static String attribute(CompositeAttribute attribute) {
        return SqlNames.name(attribute.name()) + " " + attribute.type().sql() + CatalogTypes.collate(attribute.collation());
    }

    private static SqlStatement comment(CompositeType type) {
        return SqlStatement.of("COMMENT ON TYPE " + SqlNames.name(type.name()) + " IS "
                + (type.comment() == null ? "NULL" : SqlNames.literal(type.comment())));
    }
}
