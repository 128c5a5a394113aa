package dev.retort.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Optional;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/**
 * MigrationFailure turns what Flyway throws into one message a user can act on: the file, the statement number,
 * the SQLSTATE, the server's message, the statement, and what state the database was left in.
 *
 * <pre>{@code
 * // V20261128031500__add_tags.sql failed at statement 3 (line 9), SQLSTATE 42P01: relation "tag" does not exist
 * //   statement: INSERT INTO tag ...
 * //   the whole migration was rolled back; the database stays at 20261101000000
 * }</pre>
 */
final class MigrationFailure {

    private MigrationFailure() {
    }

    static RetortException describe(FlywayMigrateException e, ScriptCatalog catalog, String current) {
        String script = e.getMigration() == null ? "a migration" : e.getMigration().getScript();
        String version = e.getMigration() == null || e.getMigration().getVersion() == null ? null
                : e.getMigration().getVersion().getVersion();
        String statement = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FlywaySqlScriptException) {
                statement = ((FlywaySqlScriptException) t).getStatement();
            }
        }
        SQLException sql = rootSql(e);
        int line = e.getLineNumber();
        Integer number = null;
        Optional<MigrationScript> file = version == null ? Optional.empty() : catalog.find(version);
        if (file.isPresent() && line > 0) {
            try {
                SqlScript parsed = SqlScript.parse(Files.readString(file.get().upgrade()));
                SqlScript.Statement at = parsed.statementAtLine(line);
                if (at != null) {
                    number = at.number();
                    statement = statement == null ? at.sql() : statement;
                }
            } catch (IOException ignored) {
                // the message below still names the file and the line
            }
        }
        String where = (number == null ? "" : " at statement " + number) + (line > 0 ? " (line " + line + ")" : "");
        String state = e.getSqlState() != null ? e.getSqlState() : sql != null ? sql.getSQLState() : "unknown";
        String reason = sql != null ? firstLine(sql.getMessage()) : firstLine(withoutFlywayAdvice(e.getMessage()));
        String after = e.isExecutableInTransaction()
                ? "the whole migration was rolled back; the database stays at " + current
                : "it ran outside a transaction, so the statements before it stay applied; fix the cause and run"
                + " upgrade again: it reruns this migration";
        return new RetortException(script + " failed" + where + ", SQLSTATE " + state + ": " + reason
                + (statement == null ? "" : "\n  statement: " + brief(statement)) + "\n  " + after, e);
    }

    /** Validation failures (an edited applied script, a missing one): Flyway's text, without the noise. */
    static RetortException describeValidation(FlywayException e) {
        String msg = withoutFlywayAdvice(e.getMessage() == null ? e.toString() : e.getMessage().trim());
        if (msg.contains("checksum mismatch") || msg.contains("Checksum mismatch")) {
            return new RetortException("refusing to run: " + msg.replaceAll("\\s*\\n\\s*", "; ")
                    + ". An applied migration was edited afterwards: restore the original file and put the change"
                    + " in a new migration (retort revision)", e);
        }
        return new RetortException("Flyway refused: " + msg.replaceAll("\\s*\\n\\s*", "; "), e);
    }

    private static SQLException rootSql(Throwable e) {
        SQLException found = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                found = (SQLException) t;
            }
        }
        return found;
    }

    /** Flyway's advice to rerun it with -X means nothing to a Retort user; the cause follows in the message. */
    static String withoutFlywayAdvice(String s) {
        return s == null ? null : s.replaceAll("(?i)\\s*\\(?\\s*Run Flyway with -X option[^)\\n]*\\)?\\.?", "");
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    static String brief(String statement) {
        String oneLine = statement.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 300 ? oneLine.substring(0, 297) + "..." : oneLine;
    }
}
