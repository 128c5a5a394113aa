package dev.retort.diff.acceptance;

import java.util.List;

/**
 * Round-trip cases whose names are hostile: reserved words, mixed case, embedded quotes, {@code ;--},
 * unicode and an identifier of exactly 63 bytes.
 */
final class HostileCases {

    // 63 bytes of UTF-8: 'é' is two bytes, so 30 of them plus three ASCII letters
    static final String LONGEST = "abc" + "é".repeat(30);

    private HostileCases() {
    }

    static List<RoundTripCase> all() {
        String table = "CREATE TABLE \"select\" (\"from\" int PRIMARY KEY, \"MixedCase\" text, \"quo\"\"te\" text,"
                + " \"semi;-- drop table x\" int, \"ünï cødé\" text, \"" + LONGEST + "\" int);";
        return List.of(
                RoundTripCase.of("hostile table and column names", "", table),
                RoundTripCase.of("hostile constraints and index", table,
                        table + "ALTER TABLE \"select\" ADD CONSTRAINT \"Check;--\" CHECK (\"MixedCase\" <> 'it''s');"
                                + "ALTER TABLE \"select\" ADD CONSTRAINT \"uq \"\"x\"\"\" UNIQUE (\"quo\"\"te\");"
                                + "CREATE INDEX \"" + LONGEST + "\" ON \"select\" (lower(\"ünï cødé\"))"
                                + " WHERE \"semi;-- drop table x\" > 0;"
                                + "CREATE TABLE \"User\" (\"order\" int REFERENCES \"select\" (\"from\"));"
                                + "COMMENT ON TABLE \"select\" IS 'it''s; -- fine';"),
                RoundTripCase.of("hostile schema, enum and labels", "",
                        "CREATE SCHEMA \"Weird Schema\"; CREATE TYPE \"Weird Schema\".\"Mood\" AS ENUM ('it''s', 'a;--b', 'ü');"
                                + "CREATE TABLE \"Weird Schema\".\"table\" (m \"Weird Schema\".\"Mood\" DEFAULT 'it''s');")
                        .inSchemas("public", "Weird Schema"),
                RoundTripCase.of("hostile column changes", table,
                        "CREATE TABLE \"select\" (\"from\" bigint PRIMARY KEY, \"MixedCase\" text NOT NULL DEFAULT 'x''y',"
                                + " \"quo\"\"te\" varchar(10), \"ünï cødé\" text, \"" + LONGEST + "\" int, \"new;--\" int);").reorderingColumns());
    }
}
