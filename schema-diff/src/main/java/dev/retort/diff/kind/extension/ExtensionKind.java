package dev.retort.diff.kind.extension;

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

    private static final String READ = "SELECT e.extname, n.nspname, e.extversion,"
            + " NULLIF(pg_catalog.obj_description(e.oid, 'pg_extension'),"
            + "  (SELECT a.comment FROM pg_catalog.pg_available_extensions a WHERE a.name = e.extname))"
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
                rs.getString(4))));
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
            out.add(SqlStatement.of("ALTER EXTENSION " + SqlNames.name(to.name()) + " UPDATE TO "
                    + SqlNames.literal(to.version())).with(Hazard.IRREVERSIBLE, "extension " + to.name()
                    + " goes from version " + from.version() + " to " + to.version() + "; going back needs an update"
                    + " script from " + to.version() + " to " + from.version() + ", which few extensions ship"));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(comment(to));
        }
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
