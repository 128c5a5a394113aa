package dev.retort.diff.normalize;

import dev.retort.diff.kind.ManagedKinds;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.schema.model.Extension;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.SchemaModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * DeclaredExtensions creates a declaration's extensions in the scratch database before anything else, so that the
 * types, operator classes and functions they bring ({@code citext}, {@code gin_trgm_ops}, {@code geometry}) exist
 * when the tables are built. An extension the server does not have, or one whose required extensions are not
 * declared, is an error naming it and what to do.
 */
final class DeclaredExtensions {

    // the package that provides an extension outside PostgreSQL's contrib set, on Debian and Ubuntu (%d: major)
    private static final Map<String, String> PACKAGES = Map.of(
            "postgis", "postgresql-%d-postgis-3",
            "postgis_topology", "postgresql-%d-postgis-3",
            "postgis_raster", "postgresql-%d-postgis-3",
            "vector", "postgresql-%d-pgvector",
            "timescaledb", "timescaledb-2-postgresql-%d",
            "pg_partman", "postgresql-%d-partman",
            "pg_cron", "postgresql-%d-cron",
            "h3", "postgresql-%d-h3",
            "pgrouting", "postgresql-%d-pgrouting",
            "hypopg", "postgresql-%d-hypopg");

    private DeclaredExtensions() {
    }

    /** Creates the declared extensions (and their schemas); returns the schemas that exist afterwards. */
    static Set<String> create(Connection c, SchemaModel declared) throws SQLException {
        Set<String> schemas = new LinkedHashSet<>();
        List<Extension> extensions = declared.objects(Extension.class);
        if (extensions.isEmpty()) {
            return schemas;
        }
        Map<String, List<String>> available = available(c);
        int major = major(c);
        Set<String> names = new LinkedHashSet<>();
        extensions.forEach(e -> names.add(e.name()));
        for (Extension extension : extensions) {
            List<String> requires = available.get(extension.name());
            if (requires == null) {
                String known = PACKAGES.get(extension.name());
                String install = known != null ? "install the package " + String.format(known, major)
                        + " (Debian, Ubuntu; other systems package it under a similar name)"
                        : "install the package that provides it (PostgreSQL's own extensions come with postgresql-contrib"
                        + " or postgresql-" + major + "-contrib where they are packaged separately)";
                throw new NormalizationException("extension " + extension.name() + " is declared but this PostgreSQL "
                        + major + " server does not have it (pg_available_extensions does not list it): " + install
                        + " on the server, or remove extension(\"" + extension.name() + "\") from the declaration", null);
            }
            for (String required : requires) {
                if (!names.contains(required) && !installed(c, required)) {
                    throw new NormalizationException("extension " + extension.name() + " requires extension "
                            + required + ", which the declaration does not declare: add extension(\"" + required
                            + "\") to it", null);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (Extension extension : ordered(extensions, available)) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(extension.schema()));
                schemas.add(extension.schema());
                for (SqlStatement statement : ManagedKinds.of(extension).create(extension)) {
                    try {
                        s.execute(statement.sql());
                    } catch (SQLException e) {
                        throw new NormalizationException("the declaration does not build in PostgreSQL: create extension "
                                + extension.name() + " failed: " + e.getMessage() + "\n  statement: " + statement.sql(), e);
                    }
                }
            }
        }
        return schemas;
    }

    /** Extensions after the ones they require. */
    private static List<Extension> ordered(List<Extension> extensions, Map<String, List<String>> available) {
        Map<String, Extension> byName = new TreeMap<>();
        extensions.forEach(e -> byName.put(e.name(), e));
        List<Extension> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (Extension extension : extensions) {
            visit(extension, byName, available, done, out);
        }
        return out;
    }

    private static void visit(Extension extension, Map<String, Extension> byName, Map<String, List<String>> available,
                              Set<String> done, List<Extension> out) {
        if (!done.add(extension.name())) {
            return;
        }
        for (String required : available.getOrDefault(extension.name(), List.of())) {
            Extension first = byName.get(required);
            if (first != null) {
                visit(first, byName, available, done, out);
            }
        }
        out.add(extension);
    }

    /** Available extensions with the extensions their default version requires. */
    private static Map<String, List<String>> available(Connection c) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a.name,"
                + " COALESCE((SELECT v.requires::text[] FROM pg_catalog.pg_available_extension_versions v"
                + " WHERE v.name = a.name AND v.version = a.default_version), '{}')"
                + " FROM pg_catalog.pg_available_extensions a")) {
            while (rs.next()) {
                String[] requires = (String[]) rs.getArray(2).getArray();
                out.put(rs.getString(1), List.of(requires));
            }
        }
        return out;
    }

    private static boolean installed(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_extension WHERE extname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int major(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }
}
