package dev.retort.diff.acceptance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlScriptTest {

    @Test
    void splitsOnlyOnTopLevelSemicolons() {
        String script = "\\connect pagila\nSET a = 1;\n-- note; here\nCREATE FUNCTION f() RETURNS int AS $_$ SELECT 1; $_$"
                + " LANGUAGE sql;\nINSERT INTO \"x;y\" VALUES ('a;''b', $1);\n/* c; /* nested; */ */ SELECT 2;"
                + "\nALTER TABLE public.t OWNER TO postgres;\nSELECT $$;$$";
        assertEquals(List.of("SET a = 1",
                "CREATE FUNCTION f() RETURNS int AS $_$ SELECT 1; $_$ LANGUAGE sql",
                "INSERT INTO \"x;y\" VALUES ('a;''b', $1)",
                "SELECT 2",
                "SELECT $$;$$"), SqlScript.statements(script));
    }

    @Test
    void aSqlStandardRoutineBodyKeepsItsSemicolons() {
        assertEquals(List.of("CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END",
                "SELECT 3"), SqlScript.statements(
                "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END;\nSELECT 3;"));
    }
}
