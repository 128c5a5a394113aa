package dev.retort.runner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.RevisionMessage;
import dev.retort.runner.SqlScript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A revision message is one comment line and a safe file name wherever it is written, never SQL. */
class RevisionMessageTest {

    @TempDir
    Path dir;

    @Test
    void aMessageWithALineBreakAndSqlStaysAComment() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project project = new Project(dir, db).migration("20261101000000", "victim",
                    "-- retort:parent base\nCREATE TABLE victim (id int);\n", "DROP TABLE victim;\n");
            CliRun revision = project.run("revision", "-m", "lowercase emails\nDROP TABLE victim; --");
            assertEquals(0, revision.code(), revision.toString());
            List<Path> files = files(project).stream().filter(f -> !f.toString().contains("__victim")).toList();
            assertEquals(2, files.size(), files.toString());
            assertTrue(files.get(0).getFileName().toString().endsWith("__lowercase_emails_drop_table_victim.sql"),
                    files.toString());
            for (Path f : files) {
                String text = Files.readString(f);
                assertEquals(List.of(), SqlScript.parse(text).statements(), text);
                assertTrue(text.contains(": lowercase emails DROP TABLE victim; --\n"), text);
            }
            CliRun up = project.run("upgrade");
            assertEquals(0, up.code(), up.toString());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_tables WHERE tablename = 'victim'")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the table must survive the upgrade: " + up);
            }
        }
    }

    @Test
    void hostileMessagesBecomeOneCommentLineAndASafeSlug() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project project = new Project(dir, db);
            String[] messages = {"a */ DROP TABLE t; /*", "x -- y\r\nDELETE FROM t", "it's \"quoted\"\u2028SELECT 1",
                    "Añadir índice über straße", "tab\there\u0000nul", "../../etc/passwd", "日本語"};
            for (String m : messages) {
                CliRun run = project.run("revision", "-m", m);
                assertEquals(0, run.code(), m + ": " + run);
                for (Path f : files(project)) {
                    assertTrue(f.getFileName().toString().matches("[VU][0-9]+__[a-z0-9_]+\\.sql"), f.toString());
                    assertEquals(project.migrations, f.getParent());
                    String text = Files.readString(f);
                    assertEquals(List.of(), SqlScript.parse(text).statements(), m + ":\n" + text);
                    assertTrue(text.contains(": " + RevisionMessage.oneLine(m) + "\n"), text);
                    Files.delete(f);
                }
            }
        }
        assertEquals("anadir_indice_uber_stra_e", RevisionMessage.slug("Añadir índice über straße"));
        assertEquals("migration", RevisionMessage.slug("日本語"));
        assertEquals("tab here nul", RevisionMessage.oneLine("tab\there\u0000nul"));
    }

    private static List<Path> files(Project project) throws Exception {
        try (Stream<Path> s = Files.list(project.migrations)) {
            return s.sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        }
    }
}
