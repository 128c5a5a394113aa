package dev.retort.schema.dsl;

import dev.retort.schema.model.Identifiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ViewDrafts holds the checks that views and materialized views share in the DSL. */
final class ViewDrafts {

    private ViewDrafts() {
    }

    static void checkName(String subject, String name, List<String> problems) {
        if (name.isBlank()) {
            problems.add(subject + ": the name is empty (give it a name)");
        } else if (Identifiers.byteLength(name) > Identifiers.MAX_BYTES) {
            problems.add(subject + ": the name \"" + name + "\" is " + Identifiers.byteLength(name) + " bytes; PostgreSQL"
                    + " keeps only " + Identifiers.MAX_BYTES + " (choose a shorter name)");
        }
    }

    /** The query without surrounding blanks and trailing semicolons; a problem when there is none. */
    static String query(String subject, String query, List<String> problems) {
        String body = query == null ? "" : query.strip();
        while (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        if (body.isEmpty()) {
            problems.add(subject + ": the query is empty (give the SELECT it shows, e.g. \"SELECT id FROM users\")");
        }
        return body;
    }

    static void checkColumnComments(String subject, Map<String, String> comments, List<String> problems) {
        for (String column : comments.keySet()) {
            if (column.isBlank()) {
                problems.add(subject + ": a column comment names no column (columnComment(\"email\", \"...\"))");
            }
        }
    }

    /** A null comment is no comment. */
    static Map<String, String> withoutNulls(Map<String, String> comments) {
        Map<String, String> kept = new LinkedHashMap<>();
        comments.forEach((column, comment) -> {
            if (comment != null) {
                kept.put(column, comment);
            }
        });
        return kept;
    }
}
