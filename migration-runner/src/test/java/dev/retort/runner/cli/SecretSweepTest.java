package dev.retort.runner.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every command × every way of giving the URL × odd passwords: no fragment of a password or an sslpassword
 * reaches stdout or stderr, whether the URL is valid, malformed, or the server cannot be reached; and an unencoded
 * reserved character is an error, never a connection elsewhere.
 */
class SecretSweepTest {

    static final String[] PASSWORDS = {"p@ss:w/rd%", "a&b=c&ss=w0rd", "x#y", "x#y/z?q", "pä§s wörd€🔑"};
    static final String SSL_PASSWORD = "k3y&zq=Pw#1";

    @TempDir
    Path dir;

    @Test
    void noFragmentOfASecretIsPrintedByAnyCommandInAnyUrlForm() throws Exception {
        try (TestDatabase db = TestDatabases.fresh()) {
            Project project = new Project(dir, db).migration("20261101000000", "items",
                    "-- retort:parent base\nCREATE TABLE items (id int);\n", "DROP TABLE items;\n");
            String hostPort = db.url().host() + ":" + db.url().port();
            String[][] commands = {{"upgrade"}, {"current"}, {"history", "-v"}, {"heads"}, {"stamp", "head"},
                    {"repair"}, {"inspect", "--format", "sql"}, {"inspect"}, {"downgrade", "base"}, {"upgrade", "--debug"}};
            int runs = 0;
            for (String pw : PASSWORDS) {
                // roles are server-wide: one per test run and password
                String role = "sweeper_" + db.url().database().replaceAll("[^a-z0-9_]", "") + "_" + runs;
                try (Connection c = db.connect()) {
                    c.createStatement().execute("CREATE ROLE " + role + " LOGIN SUPERUSER PASSWORD '" + pw.replace("'", "''") + "'");
                }
                String enc = encode(pw);
                String ssl = encode(SSL_PASSWORD);
                List<Map.Entry<String, Boolean>> forms = List.of(
                        Map.entry("postgresql://" + role + ":" + enc + "@" + hostPort + "/" + db.url().database(), true),
                        Map.entry("jdbc:postgresql://" + hostPort + "/" + db.url().database() + "?user=" + role
                                + "&password=" + enc, true),
                        Map.entry("postgresql://" + hostPort + "/" + db.url().database() + "?user=" + role + "&password="
                                + enc + "&sslpassword=" + ssl + "&sslmode=disable", true),
                        // as typed without encoding: reserved characters make it an error, never a reroute
                        Map.entry("postgresql://" + role + ":" + pw + "@" + hostPort + "/" + db.url().database(),
                                !pw.matches(".*[@/?#%].*")),
                        Map.entry("jdbc:postgresql://" + hostPort + "/" + db.url().database() + "?user=" + role
                                + "&password=" + pw + "&sslpassword=" + SSL_PASSWORD, false),
                        // nobody listens there: the connection error names the URL
                        Map.entry("postgresql://" + role + ":" + enc + "@127.0.0.1:1/" + db.url().database()
                                + "?sslpassword=" + ssl, false));
                for (Map.Entry<String, Boolean> form : forms) {
                    for (String[] command : commands) {
                        for (boolean viaEnv : new boolean[] {false, true}) {
                            List<String> args = new ArrayList<>(List.of(command));
                            if (!viaEnv) {
                                args.add("--url");
                                args.add(form.getKey());
                            }
                            CliRun run = CliRun.run(project.root, viaEnv ? Map.of("DATABASE_URL", form.getKey()) : Map.of(),
                                    args.toArray(String[]::new));
                            runs++;
                            String printed = run.out() + run.err();
                            for (String fragment : fragments(pw, SSL_PASSWORD)) {
                                if (printed.contains(fragment)) {
                                    fail("'" + fragment + "' of a secret printed by " + args + " with " + form.getKey()
                                            + (viaEnv ? " in DATABASE_URL" : "") + ":\n" + run);
                                }
                            }
                            if (command[0].equals("heads")) {
                                assertEquals(0, run.code(), run.toString());   // reads files only
                            } else if (!form.getValue()) {
                                assertEquals(2, run.code(), run.toString());
                            } else if (!command[0].equals("repair")) {
                                assertEquals(0, run.code(), args + " " + form.getKey() + "\n" + run);
                            }
                            if (form.getKey().contains(":" + pw + "@") && !form.getValue() && !command[0].equals("heads")) {
                                assertTrue(run.err().contains("percent-encoded"), run.toString());
                            }
                        }
                    }
                }
            }
            assertTrue(runs >= 500, "runs: " + runs);
        }
    }

    // every piece of 4 characters (the whole secret when shorter), as written and percent-encoded
    static Set<String> fragments(String... secrets) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : secrets) {
            for (String form : new String[] {s, encode(s)}) {
                int n = Math.min(4, form.length());
                for (int i = 0; i + n <= form.length(); i++) {
                    out.add(form.substring(i, i + n));
                }
            }
        }
        return out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
