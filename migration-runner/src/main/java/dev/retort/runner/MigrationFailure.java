package dev.retort.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Optional;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

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

    /**
     * Describes a failed migration from Flyway's public API: the migration Flyway reported failing (through the
     * {@code AFTER_EACH_MIGRATE_ERROR} callback), the line its message names, and the driver's SQLException.
     */
    static RetortException describe(FlywayException e, MigrationInfo failed, ScriptCatalog catalog, String current) {
        String script = failed == null ? "a migration" : failed.getScript();
        String version = failed == null || failed.getVersion() == null ? null : failed.getVersion().getVersion();
        String message = e.getMessage() == null ? "" : e.getMessage();
        String statement = field(message, "Statement").orElse(null);
        SQLException sql = rootSql(e);
        int line = field(message, "Line").filter(l -> l.matches("[0-9]+")).map(Integer::parseInt).orElse(-1);
        Integer number = null;
        boolean transactional = true;
        Optional<MigrationScript> file = version == null ? Optional.empty() : catalog.find(version);
        if (file.isPresent()) {
            try {
                SqlScript parsed = SqlScript.parse(Files.readString(file.get().upgrade()));
                transactional = !TransactionControl.isNonTransactional(file.get().upgrade(), parsed);
                SqlScript.Statement at = line > 0 ? parsed.statementAtLine(line) : null;
                if (at != null) {
                    number = at.number();
                    statement = at.sql();
                }
            } catch (IOException ignored) {
                // the message below still names the file and the line
            }
        }
        String where = (number == null ? "" : " at statement " + number) + (line > 0 ? " (line " + line + ")" : "");
        String state = sql != null && sql.getSQLState() != null ? sql.getSQLState()
                : field(message, "SQL State").orElse("unknown");
        String reason = sql != null ? firstLine(sql.getMessage()) : firstLine(withoutFlywayAdvice(message));
        String after = transactional
                ? "the whole migration was rolled back; the database stays at " + current
                : "it ran outside a transaction, so the statements before it stay applied; fix the cause and run"
                + " upgrade again: it reruns this migration";
        return new RetortException(script + " failed" + where + ", SQLSTATE " + state + ": " + reason
                + (statement == null ? "" : "\n  statement: " + brief(statement)) + "\n  " + after, e);
    }

    /**
     * The statement that failed, from the line Flyway's message names (in {@code script}, when known) or its
     * "Statement" field; null when neither says.
     */
    static String statement(FlywayException e, MigrationScript script) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int line = field(message, "Line").filter(l -> l.matches("[0-9]+")).map(Integer::parseInt).orElse(-1);
        if (script != null && line > 0) {
            try {
                SqlScript.Statement at = SqlScript.parse(Files.readString(script.upgrade())).statementAtLine(line);
                if (at != null) {
                    return at.sql();
                }
            } catch (IOException ignored) {
                // Flyway's own field below
            }
        }
        return field(message, "Statement").orElse(null);
    }

    // Flyway's failure message lists "Name : value" lines (its public text, the same in every edition)
    private static Optional<String> field(String message, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + name + "\\s*:\\s*(.*)$").matcher(message);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
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
