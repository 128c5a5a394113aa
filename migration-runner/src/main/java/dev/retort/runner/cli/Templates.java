package dev.retort.runner.cli;

import dev.retort.runner.RevisionMessage;

/** Templates are the bodies of an empty revision: a hand-written (data) migration and its downgrade. */
final class Templates {

    private Templates() {
    }

    static String upgrade(String message) {
        return "-- Retort migration: " + RevisionMessage.oneLine(message) + "\n"
                + "-- Hand-written migration. Flyway runs this file in one transaction; if a statement fails, nothing\n"
                + "-- of it stays applied. Write its inverse in the U file beside it.\n"
                + "--\n"
                + "-- Update large tables in batches so that row locks stay short, e.g.:\n"
                + "--\n"
                + "-- DO $$\n"
                + "-- DECLARE done integer;\n"
                + "-- BEGIN\n"
                + "--     LOOP\n"
                + "--         UPDATE journal_entries SET mood = 'neutral'\n"
                + "--          WHERE id IN (SELECT id FROM journal_entries WHERE mood IS NULL LIMIT 10000);\n"
                + "--         GET DIAGNOSTICS done = ROW_COUNT;\n"
                + "--         EXIT WHEN done = 0;\n"
                + "--     END LOOP;\n"
                + "-- END $$;\n"
                + "--\n"
                + "-- For batches that must commit separately (very large tables), run them from the application or\n"
                + "-- split them over several migrations.\n";
    }

    static String downgrade(String message, String version) {
        return "-- Retort downgrade of " + version + ": " + RevisionMessage.oneLine(message) + "\n"
                + "-- Undo what the V" + version + " file does, in reverse order. It runs in one transaction together\n"
                + "-- with the removal of the migration's history row.\n";
    }
}
