package dev.retort.diff.kind.extension;

import dev.retort.diff.change.RefusedChangeException;
import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.Extension;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ExtensionKind manages extensions: {@code CREATE EXTENSION} before anything that uses what it brings,
 * {@code DROP EXTENSION} after. In {@code pg_depend} an extension stands for every object it owns (its types and
 * their arrays, operator classes, functions), so a column of type {@code citext} or an index using
 * {@code gin_trgm_ops} depends on the extension itself. A declaration without a version matches any installed
 * version; a comment equal to the extension's own (from its control file) reads as none.
 */
public final class ExtensionKind implements ManagedKind<Extension> {

    // the versions the installed one can be updated to come with it, in the same query: whether a version change
    // can be planned (and undone) is decided from them without a database
    private static final String READ = "SELECT e.extname, n.nspname, e.extversion,"
            + " NULLIF(pg_catalog.obj_description(e.oid, 'pg_extension'),"
            + "  (SELECT a.comment FROM pg_catalog.pg_available_extensions a WHERE a.name = e.extname)),"
            + " ARRAY(SELECT p.target FROM pg_catalog.pg_extension_update_paths(e.extname) p"
            + "  WHERE p.source = e.extversion AND p.path IS NOT NULL ORDER BY 1)"
            + " FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"
            + " WHERE n.nspname = ANY (?) ORDER BY 1";

    // the extension itself, every object it owns, the array types of the types it owns, and what is part of an object
    // it owns without being a member itself (the operators and functions of its operator families)
    private static final String OWNED = "SELECT 'pg_catalog.pg_extension'::regclass, e.oid, 0, 'EXTENSION', n.nspname,"
            + " e.extname, NULL::name FROM pg_catalog.pg_extension e"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE n.nspname = ANY (?)"
            + " UNION ALL SELECT dep.classid::regclass, dep.objid, 0, 'EXTENSION', n.nspname, e.extname, NULL::name"
            + " FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_extension e ON e.oid = dep.refobjid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"
            + " WHERE dep.refclassid = 'pg_catalog.pg_extension'::regclass AND dep.deptype = 'e' AND n.nspname = ANY (?)"
            + " UNION ALL SELECT 'pg_catalog.pg_type'::regclass, t.typarray, 0, 'EXTENSION', n.nspname, e.extname, NULL::name"
            + " FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_extension e ON e.oid = dep.refobjid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"
            + " JOIN pg_catalog.pg_type t ON dep.classid = 'pg_catalog.pg_type'::regclass AND t.oid = dep.objid"
            + " WHERE dep.refclassid = 'pg_catalog.pg_extension'::regclass AND dep.deptype = 'e' AND t.typarray <> 0"
            + " AND n.nspname = ANY (?)"
            + " UNION ALL SELECT part.classid::regclass, part.objid, 0, 'EXTENSION', n.nspname, e.extname, NULL::name"
            + " FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_extension e ON e.oid = dep.refobjid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"
            + " JOIN pg_catalog.pg_depend part ON part.refclassid = dep.classid AND part.refobjid = dep.objid"
            + " AND part.deptype IN ('a', 'i')"
            + " WHERE dep.refclassid = 'pg_catalog.pg_extension'::regclass AND dep.deptype = 'e' AND n.nspname = ANY (?)";

    @Override
    public Class<Extension> type() {
        return Extension.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of(UnmanagedKind.EXTENSION);
    }

    @Override
    public String presence() {
        return "EXISTS (SELECT 1 FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = e.extnamespace WHERE n.nspname = ANY (?))";
    }

    @Override
    public List<Extension> read(CatalogQuery catalog) throws SQLException {
        List<Extension> extensions = new ArrayList<>();
        catalog.query(READ, rs -> extensions.add(new Extension(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), Set.of((String[]) rs.getArray(5).getArray()))));
        return extensions;
    }

    @Override
    public String dependencyObjects() {
        return OWNED;
    }

    @Override
    public List<dev.retort.diff.change.SchemaChange> diff(Extension from, Extension to) {
        // an unpinned version (either side a declaration without one) matches whatever is installed
        if (from.version() == null || to.version() == null) {
            return ManagedKind.super.diff(from.withVersion(null), to.withVersion(null));
        }
        if (from.cannotUpdateTo(to.version())) {
            throw new RefusedChangeException("extension " + from.name() + ": the database has version "
                    + from.version() + " and the declaration asks for " + to.version() + ", but this server has no"
                    + " update script path from " + from.version() + " to " + to.version()
                    + " (pg_extension_update_paths('" + from.name() + "') lists none; few extensions ship scripts"
                    + " that go back): declare version " + from.version() + " (or leave the version out), or drop"
                    + " the extension and create it at " + to.version() + " by hand, which drops what uses it");
        }
        return ManagedKind.super.diff(from, to);
    }

    @Override
    public boolean alterable(Extension from, Extension to) {
        return true;
    }

    @Override
    public Extension withHints(Extension normalized, Extension declared) {
        return declared.version() == null ? normalized.withVersion(null) : normalized;
    }

    @Override
    public List<SqlStatement> create(Extension extension) {
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of("CREATE EXTENSION " + SqlNames.name(extension.name()) + " SCHEMA "
                + SqlNames.name(extension.schema())
                + (extension.version() == null ? "" : " VERSION " + SqlNames.literal(extension.version()))));
        if (extension.comment() != null) {
            out.add(comment(extension));
        }
        return out;
    }

    @Override
    public List<SqlStatement> drop(Extension extension) {
        return List.of(SqlStatement.of("DROP EXTENSION " + SqlNames.name(extension.name())));
    }

    @Override
    public List<SqlStatement> alter(Extension from, Extension to) {
        List<SqlStatement> out = new ArrayList<>();
        if (from.version() != null && to.version() != null && !from.version().equals(to.version())) {
            if (from.cannotUpdateTo(to.version())) {
                // only a derived downgrade gets here (the differ refuses such an upgrade): see recreate
                return recreate(from, to);
            }
            out.add(SqlStatement.of("ALTER EXTENSION " + SqlNames.name(to.name()) + " UPDATE TO "
                    + SqlNames.literal(to.version())).with(!to.canUpdateTo(from.version()), Hazard.IRREVERSIBLE,
                    "extension " + to.name() + " goes from version " + from.version() + " to " + to.version() + "; "
                            + (to.cannotUpdateTo(from.version()) ? "this server has no update script path from "
                            + to.version() + " back to " + from.version() + ", so the downgrade drops the extension and"
                            + " creates it at " + from.version() + ", which fails while objects use it"
                            : "going back needs an update script from " + to.version() + " to " + from.version()
                            + ", which few extensions ship")));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(comment(to));
        }
        return out;
    }

    /**
     * The way back to an older version when the server has no update script path to it: PostgreSQL cannot update an
     * extension to a version it has no scripts to reach, so it is dropped and created at that version. Marked
     * irreversible: {@code DROP EXTENSION} (without CASCADE) fails while objects outside it use it (a column of its
     * type, an index with its operator class), and what its own tables held is gone.
     */
    private List<SqlStatement> recreate(Extension from, Extension to) {
        String why = "extension " + from.name() + " cannot go from version " + from.version() + " to " + to.version()
                + ": this server has no update script path (pg_extension_update_paths), so it is dropped and created"
                + " at " + to.version() + "; this fails while objects outside it use it, and what its own tables held"
                + " is lost";
        List<SqlStatement> out = new ArrayList<>();
        drop(from).forEach(s -> out.add(s.with(Hazard.IRREVERSIBLE, why)));
        create(to).forEach(s -> out.add(s.with(Hazard.IRREVERSIBLE, why)));
        return out;
    }

    @Override
    public int createPhase() {
        return 105;
    }

    @Override
    public int dropPhase() {
        return 915;
    }

    private static SqlStatement comment(Extension extension) {
        return SqlStatement.of("COMMENT ON EXTENSION " + SqlNames.name(extension.name()) + " IS "
                + (extension.comment() == null ? "NULL" : SqlNames.literal(extension.comment())));
    }
}
