package dev.retort.diff.plan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class HandWrittenSqlTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("CREATE INDEX CONCURRENTLY ix ON t (a)", true),
                arguments("  create unique index concurrently ix on t (a)", true),
                arguments("-- build it\nCREATE INDEX CONCURRENTLY ix ON t (a)", true),
                arguments("/* a /* nested */ comment */ DROP INDEX CONCURRENTLY ix", true),
                arguments("REINDEX INDEX CONCURRENTLY ix", true),
                arguments("VACUUM t", true),
                arguments("ALTER TABLE p DETACH PARTITION c CONCURRENTLY", true),
                arguments("CREATE INDEX ix ON t (a)", false),
                arguments("COMMENT ON TABLE t IS 'VACUUM'", false),
                arguments("CREATE TABLE \"VACUUM\" (a int)", false),
                arguments("SELECT E'it\\'s', 'CREATE INDEX CONCURRENTLY'", false),
                arguments("VACUUMED", false),
                arguments("DO $body$ BEGIN VACUUM; END $body$", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void knowsWhichStatementsRefuseATransaction(String sql, boolean expected) {
        assertEquals(expected, HandWrittenSql.cannotRunInTransaction(sql));
    }
}
