package dev.retort.diff.acceptance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * CatalogSnapshot captures the definitions of the objects Retort does not manage (views, materialized views,
 * routines, triggers, domains; partitioned tables and partitions are managed), to prove that a migration left them exactly in place.
 */
final class CatalogSnapshot {

    private static final String DEFINITIONS = String.join(" UNION ALL ",
            "SELECT 'relation ' || c.relkind::text || ' ' || c.oid::regclass::text || ': ' ||"
                    + " COALESCE(pg_get_viewdef(c.oid), '') || COALESCE(pg_get_expr(c.relpartbound, c.oid), '')"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')",
            "SELECT 'routine ' || p.oid::regprocedure::text || ': ' ||"
                    + " CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE pg_get_functiondef(p.oid) END"
                    + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'",
            "SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal"
                    // a partition's clone of its parent's trigger comes and goes with the partition
                    + " AND t.tgparentid = 0",
            "SELECT 'domain ' || t.oid::regtype::text || ' ' || format_type(t.typbasetype, t.typtypmod) || ' ' ||"
                    + " COALESCE((SELECT string_agg(pg_get_constraintdef(con.oid), ',') FROM pg_constraint con"
                    + " WHERE con.contypid = t.oid), '') FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE n.nspname = 'public' AND t.typtype = 'd'") + " ORDER BY 1";

    private CatalogSnapshot() {
    }

    static List<String> unmanagedDefinitions(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(DEFINITIONS)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
