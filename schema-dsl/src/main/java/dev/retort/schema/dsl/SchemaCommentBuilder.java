package dev.retort.schema.dsl;

import dev.retort.schema.model.SchemaComment;
import dev.retort.schema.model.SchemaObject;

import java.util.List;
import java.util.Objects;

/**
 * SchemaCommentBuilder declares the comment on the namespace's schema ({@code COMMENT ON SCHEMA}).
 *
 * <pre>{@code
 * s.inSchema("app").schemaComment("application schema");   // COMMENT ON SCHEMA app IS 'application schema'
 * }</pre>
 */
public final class SchemaCommentBuilder implements ObjectDraft {

    private final String schema;
    private final String comment;

    SchemaCommentBuilder(String schema, String comment) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.comment = comment;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        if (comment == null || comment.equals(SchemaComment.defaultComment(schema))) {
            problems.add("schema " + schema + ": the comment " + (comment == null ? "null" : "'" + comment + "'")
                    + " is PostgreSQL's default (leave the schemaComment declaration out)");
            return null;
        }
        return new SchemaComment(schema, comment);
    }
}
