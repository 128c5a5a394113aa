package dev.retort.diff.acceptance;

import java.util.List;

import static dev.retort.diff.plan.Hazard.ACCESS_EXCLUSIVE_LOCK;
import static dev.retort.diff.plan.Hazard.INDEX_BUILD;
import static dev.retort.diff.plan.Hazard.INDEX_DROPPED;
import static dev.retort.diff.plan.Hazard.SHARE_LOCK;
import static dev.retort.diff.plan.Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK;

/** Index details: comments, per-part collation, storage parameters, NULLS NOT DISTINCT. */
final class IndexDetailCases {

    private static final String T = "CREATE TABLE t (a int, s text);";

    private IndexDetailCases() {
    }

    static List<DetailCase> all() {
        return List.of(
                DetailCase.of("index with collation, storage parameters and comment", T,
                        T + "CREATE INDEX ix_t ON t (s COLLATE \"C\" DESC, a) WITH (fillfactor = 70, deduplicate_items = off);"
                                + " COMMENT ON INDEX ix_t IS 'by bytes';",
                        List.of("CREATE INDEX ix_t ON public.t USING btree (s COLLATE pg_catalog.\"C\" DESC, a)"
                                        + " WITH (deduplicate_items=off, fillfactor=70)",
                                "COMMENT ON INDEX public.ix_t IS 'by bytes'"), INDEX_BUILD, SHARE_LOCK,
                        SHARE_UPDATE_EXCLUSIVE_LOCK),
                DetailCase.of("index comment changes in place",
                        T + "CREATE INDEX ix_t ON t (a); COMMENT ON INDEX ix_t IS 'old';",
                        T + "CREATE INDEX ix_t ON t (a); COMMENT ON INDEX ix_t IS 'new';",
                        List.of("COMMENT ON INDEX public.ix_t IS 'new'"), SHARE_UPDATE_EXCLUSIVE_LOCK),
                DetailCase.of("index storage parameter changes", T + "CREATE INDEX ix_t ON t (a);",
                        T + "CREATE INDEX ix_t ON t (a) WITH (fillfactor = 50);",
                        List.of("DROP INDEX public.ix_t", "CREATE INDEX ix_t ON public.t USING btree (a) WITH (fillfactor=50)"),
                        ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, INDEX_DROPPED, SHARE_LOCK),
                DetailCase.of("unique index nulls not distinct", T + "CREATE UNIQUE INDEX ux_t ON t (a);",
                        T + "CREATE UNIQUE INDEX ux_t ON t (a) NULLS NOT DISTINCT;",
                        List.of("DROP INDEX public.ux_t", "CREATE UNIQUE INDEX ux_t ON public.t USING btree (a) NULLS NOT DISTINCT"),
                        ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, INDEX_DROPPED, SHARE_LOCK).since(15));
    }
}
