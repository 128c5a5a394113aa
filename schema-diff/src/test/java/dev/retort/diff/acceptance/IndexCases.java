package dev.retort.diff.acceptance;

import java.util.List;

/** Round-trip cases for every part of an index. */
final class IndexCases {

    private static final String T = "CREATE TABLE t (a int, b text, c timestamp, tags text[], d boolean);";

    private IndexCases() {
    }

    private static RoundTripCase change(String name, String beforeIndex, String afterIndex) {
        return RoundTripCase.of(name, T + beforeIndex, T + afterIndex);
    }

    static List<RoundTripCase> all() {
        return List.of(
                change("create index", "", "CREATE INDEX ix ON t (a);"),
                change("drop index", "CREATE INDEX ix ON t (a);", ""),
                change("change index columns", "CREATE INDEX ix ON t (a);", "CREATE INDEX ix ON t (b, a);"),
                change("change to expression with cast", "CREATE INDEX ix ON t (a);",
                        "CREATE INDEX ix ON t (lower(b), (c::date), (a + 1));"),
                change("add predicate", "CREATE INDEX ix ON t (a);",
                        "CREATE INDEX ix ON t (a) WHERE d AND b != 'x' AND a IN (1, 2);"),
                change("change predicate", "CREATE INDEX ix ON t (a) WHERE a > 1;", "CREATE INDEX ix ON t (a) WHERE a > 2;"),
                change("change method", "CREATE INDEX ix ON t (a);", "CREATE INDEX ix ON t USING hash (a);"),
                change("gin on array", "", "CREATE INDEX ix ON t USING gin (tags);"),
                change("add include", "CREATE INDEX ix ON t (a);", "CREATE INDEX ix ON t (a) INCLUDE (b, d);"),
                change("make unique", "CREATE INDEX ix ON t (a);", "CREATE UNIQUE INDEX ix ON t (a);"),
                change("unique nulls not distinct index", "CREATE UNIQUE INDEX ix ON t (a);",
                        "CREATE UNIQUE INDEX ix ON t (a) NULLS NOT DISTINCT;").since(15),
                change("order and nulls placement", "CREATE INDEX ix ON t (a, c);",
                        "CREATE INDEX ix ON t (a DESC, c NULLS FIRST);"),
                change("descending nulls last", "CREATE INDEX ix ON t (a DESC);", "CREATE INDEX ix ON t (a DESC NULLS LAST);"),
                change("operator class", "CREATE INDEX ix ON t (b);", "CREATE INDEX ix ON t (b text_pattern_ops);"));
    }
}
