package dev.retort.runner;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlScriptTest {

    @Test
    void semicolonsInsideQuotesCommentsAndDollarQuotesDoNotEndAStatement() {
        String text = "-- header; not a statement\n"
                + "CREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine');\n"
                + "/* block; /* nested; */ still comment */\n"
                + "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                + "INSERT INTO t VALUES (E'back\\'slash;'), ($$x;y$$)\n";
        List<SqlScript.Statement> s = SqlScript.parse(text).statements();
        assertEquals(3, s.size(), s.toString());
        assertEquals("CREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine')", s.get(0).sql());
        assertEquals(2, s.get(0).line());
        assertTrue(s.get(1).sql().endsWith("$body$ LANGUAGE sql"), s.get(1).sql());
        assertEquals(4, s.get(1).line());
        assertEquals(5, s.get(2).line());
        assertEquals(3, s.get(2).number());
    }

    @Test
    void findsTheStatementOfALineAndWhatCannotRunInATransaction() {
        SqlScript script = SqlScript.parse("CREATE TABLE t (a int);\n\nCREATE INDEX CONCURRENTLY ix ON t\n (a);\n");
        assertEquals(2, script.statementAtLine(4).number());
        assertEquals(1, script.statementAtLine(1).number());
        assertTrue(script.needsNoTransaction());
        assertFalse(SqlScript.parse("CREATE INDEX ix ON t (a);").needsNoTransaction());
        assertTrue(SqlScript.parse("-- only a comment\n").statements().isEmpty());
    }

    @Test
    void aSqlStandardRoutineBodyIsOneStatementWithItsSemicolons() {
        String text = "CREATE FUNCTION f(k text) RETURNS integer LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1;\n"
                + " SELECT CASE WHEN k = 'end' THEN 1 ELSE 2 END;\nEND;\nCREATE TABLE begin_end (atomic int);\n"
                + "BEGIN;\nCOMMIT;\n";
        List<SqlScript.Statement> s = SqlScript.parse(text).statements();
        assertEquals(4, s.size(), s.toString());
        assertTrue(s.get(0).sql().endsWith("ELSE 2 END;\nEND"), s.get(0).sql());
        assertEquals(6, s.get(1).line());
        assertEquals("BEGIN", s.get(2).sql());
    }
}
