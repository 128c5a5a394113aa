package dev.retort.runner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

/**
 * MermaidDiagram renders a model as a Mermaid ER diagram for documentation: every table with its key columns
 * (primary key, foreign key, unique; or all columns), and one relationship per foreign key, labelled with its name.
 * A foreign key whose columns are unique in the referencing table is one-to-one; nullable columns make the
 * referenced side optional.
 *
 * <pre>{@code
 * String mermaid = MermaidDiagram.render(model, false);   // "erDiagram\n    users {\n ..."
 * }</pre>
 */
public final class MermaidDiagram {

    private MermaidDiagram() {
    }

    public static String render(SchemaModel model, boolean allColumns) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table t : model.tables()) {
            out.append("    ").append(entity(t.name())).append(" {\n");
            for (Column c : t.columns()) {
                List<String> keys = keys(t, c.name());
                if (!allColumns && keys.isEmpty()) {
                    continue;
                }
                out.append("        ").append(word(c.type().sql())).append(' ').append(word(c.name()));
                if (!keys.isEmpty()) {
                    out.append(' ').append(String.join(", ", keys));
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (Table t : model.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean optional = fk.columns().stream().anyMatch(n -> t.column(n).map(Column::nullable).orElse(true));
                boolean oneToOne = isUnique(t, fk.columns());
                out.append("    ").append(entity(fk.referencedTable())).append(optional ? " |o--" : " ||--")
                        .append(oneToOne ? "o| " : "o{ ").append(entity(t.name())).append(" : \"")
                        .append(fk.name().replace("\"", "'")).append("\"\n");
            }
        }
        return out.toString();
    }

    private static List<String> keys(Table t, String column) {
        List<String> keys = new ArrayList<>();
        if (t.primaryKey() != null && t.primaryKey().columns().contains(column)) {
            keys.add("PK");
        }
        if (t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))) {
            keys.add("FK");
        }
        if (t.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(column))) {
            keys.add("UK");
        }
        return keys;
    }

    private static boolean isUnique(Table t, List<String> columns) {
        Set<String> set = new HashSet<>(columns);
        if (t.primaryKey() != null && set.containsAll(t.primaryKey().columns())) {
            return true;
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            if (set.containsAll(u.columns())) {
                return true;
            }
        }
        return false;
    }

    // Mermaid entity and attribute names are words: schema-qualify only outside public
    private static String entity(QualifiedName name) {
        return word(name.schema().equals("public") ? name.name() : name.schema() + "_" + name.name());
    }

    private static String word(String text) {
        String w = text.replaceAll("[^A-Za-z0-9_()\\[\\]-]", "_");
        return w.isEmpty() || !Character.isLetter(w.charAt(0)) && w.charAt(0) != '_' ? "_" + w : w;
    }
}
