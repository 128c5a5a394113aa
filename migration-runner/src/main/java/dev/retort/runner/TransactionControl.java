package dev.retort.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * TransactionControl finds statements that end or split the transaction a migration runs in ({@code BEGIN},
 * {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT}, {@code SAVEPOINT}, {@code RELEASE},
 * {@code START TRANSACTION}, {@code PREPARE TRANSACTION}) at the top level of a transactional file. Flyway runs such
 * a file in one transaction; a {@code COMMIT} inside ends it early, so a later failure leaves the statements before
 * it applied while Retort and Flyway believe nothing stayed. A file is non-transactional when Flyway's script
 * configuration {@code <file>.conf} says {@code executeInTransaction=false}, or when it holds statements PostgreSQL
 * refuses inside a transaction (Flyway then runs it without one).
 *
 * <pre>{@code
 * TransactionControl.refuse("upgrade", List.of(script.upgrade()));   // throws naming file and line
 * }</pre>
 */
public final class TransactionControl {

    private static final Set<String> CONTROL = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT",
            "RELEASE");

    private TransactionControl() {
    }

    /** Each top-level transaction control statement of a transactional file, as {@code file line N: WORD}. */
    public static List<String> find(Path file) {
        SqlScript script = SqlScript.parse(read(file));
        if (isNonTransactional(file, script)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        int atomicDepth = 0;   // inside CREATE FUNCTION ... BEGIN ATOMIC ... END, split at its semicolons
        for (SqlScript.Statement s : script.statements()) {
            List<String> words = words(s.sql());
            if (atomicDepth > 0) {
                atomicDepth += count(words, "CASE") - count(words, "END");
                continue;
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                if (words.get(i).equals("BEGIN") && words.get(i + 1).equals("ATOMIC")) {
                    atomicDepth = 1 + count(words.subList(i, words.size()), "CASE")
                            - count(words.subList(i, words.size()), "END");
                    break;
                }
            }
            if (atomicDepth > 0 || words.isEmpty()) {
                continue;
            }
            String first = words.get(0);
            String second = words.size() > 1 ? words.get(1) : "";
            boolean control = CONTROL.contains(first)
                    || (first.equals("START") || first.equals("PREPARE")) && second.equals("TRANSACTION");
            if (control) {
                String what = first.equals("START") || first.equals("PREPARE") ? first + " " + second : first;
                found.add(file.getFileName() + " line " + s.line() + ": " + what);
            }
        }
        return found;
    }

    /** Throws when any of the files controls its transaction while it runs in one. */
    public static void refuse(String command, List<Path> files) {
        List<String> found = new ArrayList<>();
        files.forEach(f -> found.addAll(find(f)));
        if (found.isEmpty()) {
            return;
        }
        throw new RetortException("refusing to " + command + ": transaction control inside a migration that runs in"
                + " one transaction (" + String.join("; ", found) + "); nothing was run. The file already is one"
                + " transaction, and a COMMIT or ROLLBACK inside it would leave part of it applied when a later"
                + " statement fails. Remove the statement; or, if the file must manage its own transactions, mark it"
                + " non-transactional with a file beside it named <script>.conf holding executeInTransaction=false");
    }

    /**
     * Throws when a file not marked non-transactional mixes statements PostgreSQL refuses inside a transaction
     * ({@code CREATE INDEX CONCURRENTLY} …) with ones that need one: Flyway refuses such a file only when it reaches
     * it, after the migrations before it were applied.
     */
    public static void refuseMixed(String command, List<Path> files) {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            SqlScript script = SqlScript.parse(read(file));
            if (markedNonTransactional(file)) {
                continue;
            }
            List<SqlScript.Statement> outside = script.statements().stream()
                    .filter(SqlScript.Statement::cannotRunInTransaction).toList();
            List<SqlScript.Statement> inside = script.statements().stream()
                    .filter(st -> !st.cannotRunInTransaction()).toList();
            if (!outside.isEmpty() && !inside.isEmpty()) {
                found.add(file.getFileName() + " runs line" + lines(outside) + " outside a transaction and line"
                        + lines(inside) + " in one");
            }
        }
        if (!found.isEmpty()) {
            throw new RetortException("refusing to " + command + ": " + String.join("; ", found) + "; nothing was run."
                    + " PostgreSQL runs CREATE INDEX CONCURRENTLY and the like only outside a transaction block, and"
                    + " Flyway refuses a file that mixes both kinds. Split the file: move the statements that must run"
                    + " outside a transaction into a migration of their own (a new V file with the next version, or"
                    + " `retort revision --autogenerate`, which writes them apart); or, if every statement may safely"
                    + " run again after a failure, mark the file non-transactional with <script>.conf holding"
                    + " executeInTransaction=false");
        }
    }

    private static String lines(List<SqlScript.Statement> statements) {
        List<String> numbers = statements.stream().map(st -> Integer.toString(st.line())).toList();
        return (numbers.size() == 1 ? " " : "s ") + String.join(", ", numbers);
    }

    // Flyway's script configuration beside the file
    private static boolean markedNonTransactional(Path file) {
        Path conf = file.resolveSibling(file.getFileName() + ".conf");
        if (Files.isRegularFile(conf)) {
            for (String line : read(conf).split("\\R")) {
                if (line.replace(" ", "").toLowerCase(Locale.ROOT).equals("executeintransaction=false")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the file runs outside a transaction: marked so by its Flyway script configuration, or by need. */
    public static boolean isNonTransactional(Path file, SqlScript script) {
        return markedNonTransactional(file) || script.needsNoTransaction();
    }

    // the statement's words outside quotes, upper-cased
    private static List<String> words(String sql) {
        List<String> words = new ArrayList<>();
        Optional<Character> quote = Optional.empty();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= sql.length(); i++) {
            char c = i < sql.length() ? sql.charAt(i) : ' ';
            if (quote.isPresent()) {
                if (c == quote.get()) {
                    quote = Optional.empty();
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = Optional.of(c);
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                w.append(c);
                continue;
            }
            if (w.length() > 0) {
                words.add(w.toString().toUpperCase(Locale.ROOT));
                w.setLength(0);
            }
        }
        return words;
    }

    private static int count(List<String> words, String word) {
        return (int) words.stream().filter(word::equals).count();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
