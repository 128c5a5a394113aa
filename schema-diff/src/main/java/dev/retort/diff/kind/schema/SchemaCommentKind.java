package dev.retort.diff.kind.schema;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.SchemaComment;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SchemaCommentKind manages the comments on schemas: {@code COMMENT ON SCHEMA app IS '...'}, set after the schema
 * is created; dropping one restores PostgreSQL's default (no comment, or {@code public}'s standard one). A
 * {@code public} without any comment counts as the default too.
 *
 * <pre>{@code
 * new SchemaCommentKind().create(new SchemaComment("app", "application schema"));
 * // [COMMENT ON SCHEMA app IS 'application schema']
 * }</pre>
 */
public final class SchemaCommentKind implements ManagedKind<SchemaComment> {

    private static final String COMMENT = "(SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.objoid = n.oid"
            + " AND ds.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND ds.objsubid = 0)";

    // only comments that differ from the default: public comes with one (or none, once created again)
    private static final String READ = "SELECT n.nspname, " + COMMENT + " FROM pg_catalog.pg_namespace n"
            + " WHERE n.nspname = ANY (?) AND " + COMMENT + " IS NOT NULL AND (n.nspname <> 'public' OR " + COMMENT
            + " <> '" + SchemaComment.PUBLIC_DEFAULT + "') ORDER BY 1";

    @Override
    public Class<SchemaComment> type() {
        return SchemaComment.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of();
    }

    @Override
    public List<SchemaComment> read(CatalogQuery catalog) throws SQLException {
        List<SchemaComment> out = new ArrayList<>();
        catalog.query(READ, rs -> out.add(new SchemaComment(rs.getString(1), rs.getString(2))));
        return out;
    }

    @Override
    public boolean alterable(SchemaComment from, SchemaComment to) {
        return true;
    }

    @Override
    public List<SqlStatement> create(SchemaComment comment) {
        return set(comment.schema(), comment.comment());
    }

    @Override
    public List<SqlStatement> drop(SchemaComment comment) {
        return set(comment.schema(), SchemaComment.defaultComment(comment.schema()));
    }

    @Override
    public List<SqlStatement> alter(SchemaComment from, SchemaComment to) {
        return create(to);
    }

    private static List<SqlStatement> set(String schema, String text) {
        return List.of(SqlStatement.of("COMMENT ON SCHEMA " + SqlNames.name(schema) + " IS "
                + (text == null ? "NULL" : SqlNames.literal(text))));
    }

    // with the other comments; taken off before a schema is dropped (late drops, 900s)
    @Override
    public int createPhase() {
        return 500;
    }

    @Override
    public int dropPhase() {
        return 500;
    }
}
