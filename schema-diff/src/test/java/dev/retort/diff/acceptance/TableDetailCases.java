package dev.retort.diff.acceptance;

import java.util.List;

import static dev.retort.diff.plan.Hazard.ACCESS_EXCLUSIVE_LOCK;
import static dev.retort.diff.plan.Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK;
import static dev.retort.diff.plan.Hazard.TABLE_REWRITE;

/** Table details: UNLOGGED, storage parameters, replica identity. */
final class TableDetailCases {

    private TableDetailCases() {
    }

    static List<DetailCase> all() {
        return List.of(
                DetailCase.of("table created unlogged with storage parameters and replica identity", "",
                        "CREATE UNLOGGED TABLE t (a int) WITH (fillfactor = 70, autovacuum_enabled = false);"
                                + " ALTER TABLE t REPLICA IDENTITY FULL;",
                        List.of("CREATE UNLOGGED TABLE public.t (\n    a integer\n) WITH (autovacuum_enabled=false, fillfactor=70)",
                                "ALTER TABLE public.t REPLICA IDENTITY FULL")),
                DetailCase.of("table becomes unlogged", "CREATE TABLE t (a int);", "CREATE UNLOGGED TABLE t (a int);",
                        List.of("ALTER TABLE public.t SET UNLOGGED"), ACCESS_EXCLUSIVE_LOCK, TABLE_REWRITE)
                        .downgrade("ALTER TABLE public.t SET LOGGED"),
                DetailCase.of("storage parameters set, changed and reset",
                        "CREATE TABLE t (a int) WITH (fillfactor = 70, autovacuum_enabled = false);",
                        "CREATE TABLE t (a int) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);",
                        List.of("ALTER TABLE public.t SET (autovacuum_vacuum_scale_factor=0.05, fillfactor=80)",
                                "ALTER TABLE public.t RESET (autovacuum_enabled)"), SHARE_UPDATE_EXCLUSIVE_LOCK),
                DetailCase.of("replica identity changes", "CREATE TABLE t (a int);",
                        "CREATE TABLE t (a int); ALTER TABLE t REPLICA IDENTITY NOTHING;",
                        List.of("ALTER TABLE public.t REPLICA IDENTITY NOTHING"), ACCESS_EXCLUSIVE_LOCK)
                        .downgrade("ALTER TABLE public.t REPLICA IDENTITY DEFAULT"));
    }
}
