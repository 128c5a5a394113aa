package dev.retort.diff.acceptance;

import java.util.List;

/** Round-trip cases for enum types and sequences. */
final class TypeCases {

    private static final String MOOD = "CREATE TYPE mood AS ENUM ('sad', 'happy');";

    private TypeCases() {
    }

    static List<RoundTripCase> all() {
        return List.of(
                RoundTripCase.of("create enum", "", MOOD + "COMMENT ON TYPE mood IS 'feelings';"),
                RoundTripCase.of("create enum used by a column", "CREATE TABLE t (id int);",
                        MOOD + "CREATE TABLE t (id int, m mood DEFAULT 'sad', ms mood[]);"),
                RoundTripCase.of("drop enum", MOOD, ""),
                RoundTripCase.of("add enum value in the middle", MOOD + "CREATE TABLE t (m mood);",
                        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE t (m mood);"),
                RoundTripCase.of("add enum value at the end", MOOD, "CREATE TYPE mood AS ENUM ('sad', 'happy', 'ecstatic');"),
                RoundTripCase.of("remove enum value from a used type",
                        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE t (m mood DEFAULT 'ok',"
                                + " CONSTRAINT ck_t CHECK (m <> 'sad'));",
                        MOOD + "CREATE TABLE t (m mood DEFAULT 'happy', CONSTRAINT ck_t CHECK (m <> 'sad'));"),
                RoundTripCase.of("reorder enum values", MOOD + "CREATE TABLE t (m mood);",
                        "CREATE TYPE mood AS ENUM ('happy', 'sad'); CREATE TABLE t (m mood);"),
                RoundTripCase.of("create sequence", "",
                        "CREATE SEQUENCE s AS integer START 100 INCREMENT 10 MINVALUE 5 MAXVALUE 100000 CACHE 2 CYCLE;"),
                RoundTripCase.of("alter sequence", "CREATE SEQUENCE s;", "CREATE SEQUENCE s START 7 INCREMENT 3 CACHE 20;"),
                RoundTripCase.of("drop sequence", "CREATE SEQUENCE s; COMMENT ON SEQUENCE s IS 'numbers';", ""),
                RoundTripCase.of("serial column with owned sequence", "CREATE TABLE t (x int);",
                        "CREATE TABLE t (x int, id serial);"),
                RoundTripCase.of("sequence used by a default", "CREATE TABLE t (n bigint);",
                        "CREATE SEQUENCE s; CREATE TABLE t (n bigint DEFAULT nextval('s'));"));
    }
}
