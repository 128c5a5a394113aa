package dev.retort.diff.render;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.DiffResult;
import dev.retort.diff.plan.MigrationPlan;
import dev.retort.schema.model.Column;
import org.junit.jupiter.api.Test;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptWriterTest {

    @Test
    void writesHeaderAndHazardCommentsAndTheDowngradeAsItsOwnScript() {
        DiffResult result = new DiffEngine().diff(model(table("t", column("a", INT), column("b", TEXT))),
                model(table("t", column("a", INT))));
        assertEquals("""
                -- Retort migration: upgrade
                -- Changes (1):
                --   drop column public.t.b
                -- Hazards: DELETES_DATA (1 statement), ACCESS_EXCLUSIVE_LOCK (1 statement)

                -- drop column public.t.b
                -- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
                ALTER TABLE public.t DROP COLUMN b;
                """, result.upgradeSql());
        assertEquals("""
                -- Retort migration: downgrade
                -- Changes (1):
                --   add column public.t.b
                -- Hazards: ACCESS_EXCLUSIVE_LOCK (1 statement)

                -- add column public.t.b
                -- hazards: ACCESS_EXCLUSIVE_LOCK
                ALTER TABLE public.t ADD COLUMN b text;
                """, result.downgradeSql());
        assertTrue(result.isDestructive());
        assertFalse(result.downgrade().isDestructive());
    }

    @Test
    void emptyPlanSaysSo() {
        MigrationScript script = new ScriptWriter().write("nothing", MigrationPlan.empty());
        assertEquals("-- Retort migration: nothing\n-- No changes: the schemas are equal.\n", script.sql());
        assertTrue(script.isEmpty());
    }

    @Test
    void lineBreaksInNamesCannotEscapeComments() {
        Column evil = column("x\nDROP TABLE users; --", INT);
        String sql = new DiffEngine().diff(model(table("t")), model(table("t", evil))).upgradeSql();
        // the only raw line break is inside the quoted identifier of the statement itself
        assertEquals(1, sql.split("\nDROP TABLE users", -1).length - 1, sql);
        assertTrue(sql.contains("ADD COLUMN \"x\nDROP TABLE users; --\" integer;"), sql);
        assertTrue(sql.contains("--   add column public.t.x\\u000aDROP TABLE users; --\n"), sql);
    }
}
