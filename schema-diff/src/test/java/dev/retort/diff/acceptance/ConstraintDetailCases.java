package dev.retort.diff.acceptance;

import java.util.List;

import static dev.retort.diff.plan.Hazard.ACCESS_EXCLUSIVE_LOCK;
import static dev.retort.diff.plan.Hazard.FULL_TABLE_SCAN;
import static dev.retort.diff.plan.Hazard.INDEX_BUILD;
import static dev.retort.diff.plan.Hazard.INDEX_DROPPED;
import static dev.retort.diff.plan.Hazard.SHARE_ROW_EXCLUSIVE_LOCK;
import static dev.retort.diff.plan.Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK;

/**
 * Constraint details: DEFERRABLE / INITIALLY DEFERRED, INCLUDE, NOT VALID and its validation, NO INHERIT, MATCH FULL
 * and comments on constraints.
 */
final class ConstraintDetailCases {

    private static final String P = "CREATE TABLE p (id int PRIMARY KEY, code text, UNIQUE (id, code));";

    private ConstraintDetailCases() {
    }

    static List<DetailCase> all() {
        return List.of(
                DetailCase.of("deferrable primary key with include",
                        "CREATE TABLE t (id int NOT NULL, v int);",
                        "CREATE TABLE t (id int NOT NULL, v int, CONSTRAINT pk_t PRIMARY KEY (id) INCLUDE (v)"
                                + " DEFERRABLE INITIALLY DEFERRED);",
                        List.of("ALTER TABLE public.t ADD CONSTRAINT pk_t PRIMARY KEY (id) INCLUDE (v) DEFERRABLE INITIALLY DEFERRED"),
                        ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD),
                DetailCase.of("primary key becomes deferrable",
                        "CREATE TABLE t (id int, CONSTRAINT pk_t PRIMARY KEY (id));",
                        "CREATE TABLE t (id int, CONSTRAINT pk_t PRIMARY KEY (id) DEFERRABLE);",
                        List.of("ALTER TABLE public.t DROP CONSTRAINT pk_t",
                                "ALTER TABLE public.t ADD CONSTRAINT pk_t PRIMARY KEY (id) DEFERRABLE INITIALLY IMMEDIATE"),
                        ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, INDEX_DROPPED),
                DetailCase.of("unique gains include columns and deferral",
                        "CREATE TABLE t (a int, b int, c int, CONSTRAINT uq_t UNIQUE (a));",
                        "CREATE TABLE t (a int, b int, c int, CONSTRAINT uq_t UNIQUE (a) INCLUDE (c, b)"
                                + " DEFERRABLE INITIALLY DEFERRED);",
                        List.of("ALTER TABLE public.t DROP CONSTRAINT uq_t",
                                "ALTER TABLE public.t ADD CONSTRAINT uq_t UNIQUE (a) INCLUDE (c, b) DEFERRABLE INITIALLY DEFERRED"),
                        ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, INDEX_DROPPED),
                DetailCase.of("table created with detailed constraints", "",
                        "CREATE TABLE t (id int, a int, b int, CONSTRAINT pk_t PRIMARY KEY (id) INCLUDE (a),"
                                + " CONSTRAINT uq_t UNIQUE (a) DEFERRABLE, CONSTRAINT ck_t CHECK (b > 0) NO INHERIT);"
                                + " ALTER TABLE t ADD CONSTRAINT ck_t_later CHECK (a > 0) NOT VALID;"
                                + " COMMENT ON CONSTRAINT pk_t ON t IS 'the key'; COMMENT ON CONSTRAINT ck_t_later ON t IS 'later';",
                        List.of("CREATE TABLE public.t (\n    id integer NOT NULL,\n    a integer,\n    b integer,\n"
                                        + "    CONSTRAINT pk_t PRIMARY KEY (id) INCLUDE (a),\n"
                                        + "    CONSTRAINT uq_t UNIQUE (a) DEFERRABLE INITIALLY IMMEDIATE,\n"
                                        + "    CONSTRAINT ck_t CHECK ((b > 0)) NO INHERIT\n)",
                                "ALTER TABLE public.t ADD CONSTRAINT ck_t_later CHECK ((a > 0)) NOT VALID",
                                "COMMENT ON CONSTRAINT pk_t ON public.t IS 'the key'",
                                // a new table: no other session waits for it, no row is read
                                "COMMENT ON CONSTRAINT ck_t_later ON public.t IS 'later'")),
                DetailCase.of("check added not valid",
                        "CREATE TABLE t (n int);",
                        "CREATE TABLE t (n int); ALTER TABLE t ADD CONSTRAINT ck_t CHECK (n > 0) NOT VALID;",
                        List.of("ALTER TABLE public.t ADD CONSTRAINT ck_t CHECK ((n > 0)) NOT VALID"), ACCESS_EXCLUSIVE_LOCK),
                // the downgrade cannot un-validate: it drops the check and adds it back NOT VALID, checking no row
                DetailCase.of("check validated",
                        "CREATE TABLE t (n int); ALTER TABLE t ADD CONSTRAINT ck_t CHECK (n > 0) NOT VALID;",
                        "CREATE TABLE t (n int, CONSTRAINT ck_t CHECK (n > 0));",
                        List.of("ALTER TABLE public.t VALIDATE CONSTRAINT ck_t"),
                        FULL_TABLE_SCAN, SHARE_UPDATE_EXCLUSIVE_LOCK)
                        .downgrade("ALTER TABLE public.t DROP CONSTRAINT ck_t",
                                "ALTER TABLE public.t ADD CONSTRAINT ck_t CHECK ((n > 0)) NOT VALID"),
                DetailCase.of("check becomes no inherit",
                        "CREATE TABLE t (n int, CONSTRAINT ck_t CHECK (n > 0));",
                        "CREATE TABLE t (n int, CONSTRAINT ck_t CHECK (n > 0) NO INHERIT);",
                        List.of("ALTER TABLE public.t DROP CONSTRAINT ck_t", "ALTER TABLE public.t ADD CONSTRAINT ck_t CHECK ((n > 0)) NO INHERIT"),
                        ACCESS_EXCLUSIVE_LOCK, FULL_TABLE_SCAN),
                DetailCase.of("foreign key added not valid and match full",
                        P + "CREATE TABLE c (p_id int, code text);",
                        P + "CREATE TABLE c (p_id int, code text); ALTER TABLE c ADD CONSTRAINT fk_c FOREIGN KEY (p_id, code)"
                                + " REFERENCES p (id, code) MATCH FULL NOT VALID;",
                        List.of("ALTER TABLE public.c ADD CONSTRAINT fk_c FOREIGN KEY (p_id, code) REFERENCES public.p (id, code)"
                                + " MATCH FULL NOT VALID"), SHARE_ROW_EXCLUSIVE_LOCK),
                DetailCase.of("foreign key validated",
                        P + "CREATE TABLE c (p_id int); ALTER TABLE c ADD CONSTRAINT fk_c FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;",
                        P + "CREATE TABLE c (p_id int CONSTRAINT fk_c REFERENCES p (id));",
                        List.of("ALTER TABLE public.c VALIDATE CONSTRAINT fk_c"),
                        FULL_TABLE_SCAN, SHARE_UPDATE_EXCLUSIVE_LOCK)
                        .downgrade("ALTER TABLE public.c DROP CONSTRAINT fk_c",
                                "ALTER TABLE public.c ADD CONSTRAINT fk_c FOREIGN KEY (p_id) REFERENCES public.p (id) NOT VALID"),
                DetailCase.of("foreign key becomes match full",
                        P + "CREATE TABLE c (p_id int, code text, CONSTRAINT fk_c FOREIGN KEY (p_id, code) REFERENCES p (id, code));",
                        P + "CREATE TABLE c (p_id int, code text, CONSTRAINT fk_c FOREIGN KEY (p_id, code) REFERENCES p (id, code) MATCH FULL);",
                        List.of("ALTER TABLE public.c DROP CONSTRAINT fk_c",
                                "ALTER TABLE public.c ADD CONSTRAINT fk_c FOREIGN KEY (p_id, code) REFERENCES public.p (id, code) MATCH FULL"),
                        ACCESS_EXCLUSIVE_LOCK, FULL_TABLE_SCAN, SHARE_ROW_EXCLUSIVE_LOCK),
                DetailCase.of("comments on constraints",
                        P + "CREATE TABLE c (p_id int CONSTRAINT fk_c REFERENCES p (id), CONSTRAINT ck_c CHECK (p_id > 0));"
                                + " COMMENT ON CONSTRAINT fk_c ON c IS 'old';",
                        P + "CREATE TABLE c (p_id int CONSTRAINT fk_c REFERENCES p (id), CONSTRAINT ck_c CHECK (p_id > 0));"
                                + " COMMENT ON CONSTRAINT ck_c ON c IS 'it''s positive'; COMMENT ON CONSTRAINT p_pkey ON p IS 'key';",
                        List.of("COMMENT ON CONSTRAINT ck_c ON public.c IS 'it''s positive'", "COMMENT ON CONSTRAINT fk_c ON public.c IS NULL",
                                "COMMENT ON CONSTRAINT p_pkey ON public.p IS 'key'"), SHARE_UPDATE_EXCLUSIVE_LOCK));
    }
}
