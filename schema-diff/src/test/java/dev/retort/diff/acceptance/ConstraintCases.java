package dev.retort.diff.acceptance;

import java.util.List;

/** Round-trip cases for primary keys, foreign keys, unique and check constraints. */
final class ConstraintCases {

    private static final String PARENT = "CREATE TABLE p (id int PRIMARY KEY, code text, UNIQUE (id, code));";

    private ConstraintCases() {
    }

    static List<RoundTripCase> all() {
        return List.of(
                RoundTripCase.of("add primary key", "CREATE TABLE t (id int NOT NULL);",
                        "CREATE TABLE t (id int NOT NULL, CONSTRAINT pk_t PRIMARY KEY (id));"),
                RoundTripCase.of("change primary key columns", "CREATE TABLE t (a int, b int, CONSTRAINT pk_t PRIMARY KEY (a));",
                        "CREATE TABLE t (a int, b int, CONSTRAINT pk_t PRIMARY KEY (b, a));"),
                RoundTripCase.of("add foreign key", PARENT + "CREATE TABLE c (p_id int);",
                        PARENT + "CREATE TABLE c (p_id int CONSTRAINT fk_c_p REFERENCES p (id));"),
                RoundTripCase.of("add composite foreign key with actions", PARENT + "CREATE TABLE c (p_id int, code text);",
                        PARENT + "CREATE TABLE c (p_id int, code text, CONSTRAINT fk_c_p FOREIGN KEY (p_id, code)"
                                + " REFERENCES p (id, code) ON DELETE CASCADE ON UPDATE SET NULL);"),
                RoundTripCase.of("change foreign key actions and deferrability",
                        PARENT + "CREATE TABLE c (p_id int CONSTRAINT fk_c_p REFERENCES p (id));",
                        PARENT + "CREATE TABLE c (p_id int CONSTRAINT fk_c_p REFERENCES p (id) ON DELETE RESTRICT"
                                + " ON UPDATE SET DEFAULT DEFERRABLE INITIALLY DEFERRED);"),
                RoundTripCase.of("drop foreign key", PARENT + "CREATE TABLE c (p_id int CONSTRAINT fk_c_p REFERENCES p (id));",
                        PARENT + "CREATE TABLE c (p_id int);"),
                RoundTripCase.of("foreign key cycle",
                        "CREATE TABLE a (id int PRIMARY KEY, b_id int); CREATE TABLE b (id int PRIMARY KEY, a_id int);",
                        "CREATE TABLE a (id int PRIMARY KEY, b_id int); CREATE TABLE b (id int PRIMARY KEY,"
                                + " a_id int REFERENCES a (id)); ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id);"),
                RoundTripCase.of("foreign key into another schema",
                        "CREATE SCHEMA app; CREATE TABLE app.p (id int PRIMARY KEY); CREATE TABLE c (p_id int);",
                        "CREATE SCHEMA app; CREATE TABLE app.p (id int PRIMARY KEY);"
                                + " CREATE TABLE c (p_id int REFERENCES app.p (id));").inSchemas("public", "app"),
                RoundTripCase.of("add unique", "CREATE TABLE t (a int, b text);",
                        "CREATE TABLE t (a int, b text, CONSTRAINT uq_t UNIQUE (b, a));"),
                RoundTripCase.of("unique nulls not distinct", "CREATE TABLE t (a int, CONSTRAINT uq_t UNIQUE (a));",
                        "CREATE TABLE t (a int, CONSTRAINT uq_t UNIQUE NULLS NOT DISTINCT (a));").since(15),
                RoundTripCase.of("add check", "CREATE TABLE t (s text, n numeric);",
                        "CREATE TABLE t (s text, n numeric, CONSTRAINT ck_t CHECK (s IN ('a', 'b') AND n != 1.5));"),
                RoundTripCase.of("change check", "CREATE TABLE t (n int, CONSTRAINT ck_t CHECK (n > 0));",
                        "CREATE TABLE t (n int, CONSTRAINT ck_t CHECK (n > 1 OR n IS NULL));"),
                RoundTripCase.of("drop check", "CREATE TABLE t (n int, CONSTRAINT ck_t CHECK (n > 0));",
                        "CREATE TABLE t (n int);"));
    }
}
