package dev.retort.diff.kind.view;

import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** ViewSql writes the statements views and materialized views share: comments, drops, their lock notes. */
final class ViewSql {

    private ViewSql() {
    }

    /** {@code kind} is the SQL word: {@code VIEW} or {@code MATERIALIZED VIEW}. */
    static SqlStatement comment(String kind, QualifiedName name, String comment) {
        return SqlStatement.of("COMMENT ON " + kind + " " + SqlNames.name(name) + " IS " + SqlNames.literal(comment));
    }

    /** The column comments that differ between {@code from} and {@code to}, in column-name order. */
    static List<SqlStatement> columnComments(QualifiedName name, Map<String, String> from, Map<String, String> to) {
        TreeSet<String> columns = new TreeSet<>(from.keySet());
        columns.addAll(to.keySet());
        List<SqlStatement> out = new ArrayList<>();
        for (String column : columns) {
            if (!Objects.equals(from.get(column), to.get(column))) {
                out.add(SqlStatement.of("COMMENT ON COLUMN " + SqlNames.name(name) + "." + SqlNames.name(column)
                        + " IS " + SqlNames.literal(to.get(column))));
            }
        }
        return out;
    }

    /** The comment statements of a new relation. */
    static List<SqlStatement> comments(String kind, QualifiedName name, String comment, Map<String, String> columns) {
        List<SqlStatement> out = new ArrayList<>();
        if (comment != null) {
            out.add(comment(kind, name, comment));
        }
        out.addAll(columnComments(name, Map.of(), columns));
        return out;
    }

    static SqlStatement drop(String kind, QualifiedName name, String consequence) {
        return locked(SqlStatement.of("DROP " + kind + " " + SqlNames.name(name)), kind, name, consequence);
    }

    /** The ACCESS EXCLUSIVE lock a statement takes on the view itself. */
    static SqlStatement locked(SqlStatement statement, String kind, QualifiedName name, String consequence) {
        return statement.with(Hazard.ACCESS_EXCLUSIVE_LOCK, "ACCESS EXCLUSIVE on " + kind.toLowerCase(java.util.Locale.ROOT)
                + " " + name + " until the transaction ends: " + consequence);
    }
}
