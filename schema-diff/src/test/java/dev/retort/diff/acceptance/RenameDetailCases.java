package dev.retort.diff.acceptance;

import java.util.List;

import static dev.retort.diff.plan.Hazard.ACCESS_EXCLUSIVE_LOCK;
import static dev.retort.diff.plan.Hazard.SHARE_UPDATE_EXCLUSIVE_LOCK;

/**
 * Declared renames keep everything: a renamed table or column keeps its keys, constraints, indexes and foreign keys,
 * renamed (RENAME CONSTRAINT, ALTER INDEX RENAME) where the naming convention gives them new names; the plan holds no
 * DROP and no ADD.
 */
final class RenameDetailCases {

    private static final String P = "CREATE TABLE p (id int CONSTRAINT pk_p PRIMARY KEY);";

    private RenameDetailCases() {
    }

    static List<DetailCase> all() {
        return List.of(
                DetailCase.of("table rename renames its keys, constraints and indexes",
                        P + "CREATE TABLE old_t (id int CONSTRAINT pk_old_t PRIMARY KEY, p_id int CONSTRAINT fk_old_t_p_id_p"
                                + " REFERENCES p (id), code text CONSTRAINT uq_old_t_code UNIQUE,"
                                + " CONSTRAINT ck_old_t_code CHECK (code <> '')); CREATE INDEX ix_old_t_p_id ON old_t (p_id);"
                                + " COMMENT ON CONSTRAINT uq_old_t_code ON old_t IS 'codes';"
                                + " CREATE TABLE c (t_id int CONSTRAINT fk_c_t REFERENCES old_t (id));",
                        P + "CREATE TABLE t (id int CONSTRAINT pk_t PRIMARY KEY, p_id int CONSTRAINT fk_t_p_id_p"
                                + " REFERENCES p (id), code text CONSTRAINT uq_t_code UNIQUE,"
                                + " CONSTRAINT ck_t_code CHECK (code <> '')); CREATE INDEX ix_t_p_id ON t (p_id);"
                                + " COMMENT ON CONSTRAINT uq_t_code ON t IS 'codes';"
                                + " CREATE TABLE c (t_id int CONSTRAINT fk_c_t REFERENCES t (id));",
                        List.of("ALTER TABLE public.old_t RENAME TO t",
                                "ALTER TABLE public.t RENAME CONSTRAINT ck_old_t_code TO ck_t_code",
                                "ALTER TABLE public.t RENAME CONSTRAINT fk_old_t_p_id_p TO fk_t_p_id_p",
                                "ALTER TABLE public.t RENAME CONSTRAINT pk_old_t TO pk_t",
                                "ALTER TABLE public.t RENAME CONSTRAINT uq_old_t_code TO uq_t_code",
                                "ALTER INDEX public.ix_old_t_p_id RENAME TO ix_t_p_id"),
                        ACCESS_EXCLUSIVE_LOCK, SHARE_UPDATE_EXCLUSIVE_LOCK)
                        .declaring(m -> TableCases.renameTable(m, "t", "old_t")),
                DetailCase.of("table rename keeps names the convention does not derive from it",
                        "CREATE TABLE old_t (id int CONSTRAINT keep_pk PRIMARY KEY); CREATE INDEX keep_ix ON old_t (id);",
                        "CREATE TABLE t (id int CONSTRAINT keep_pk PRIMARY KEY); CREATE INDEX keep_ix ON t (id);",
                        List.of("ALTER TABLE public.old_t RENAME TO t"), ACCESS_EXCLUSIVE_LOCK)
                        .declaring(m -> TableCases.renameTable(m, "t", "old_t")),
                DetailCase.of("column rename renames the constraint and index named after it",
                        "CREATE TABLE t (id int, label text CONSTRAINT uq_t_label UNIQUE); CREATE INDEX ix_t_label ON t (label DESC);",
                        "CREATE TABLE t (id int, name text CONSTRAINT uq_t_name UNIQUE); CREATE INDEX ix_t_name ON t (name DESC);",
                        List.of("ALTER TABLE public.t RENAME COLUMN label TO name",
                                "ALTER TABLE public.t RENAME CONSTRAINT uq_t_label TO uq_t_name",
                                "ALTER INDEX public.ix_t_label RENAME TO ix_t_name"),
                        ACCESS_EXCLUSIVE_LOCK, SHARE_UPDATE_EXCLUSIVE_LOCK)
                        .declaring(m -> TableCases.renameColumn(m, "t", "name", "label")));
    }
}
