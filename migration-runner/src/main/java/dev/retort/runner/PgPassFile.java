package dev.retort.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PgPassFile is a libpq password file ({@code ~/.pgpass}): lines {@code host:port:database:user:password}, where
 * {@code *} matches anything, {@code \:} and {@code \\} escape, {@code #} starts a comment, and the first matching
 * line wins. A missing or unreadable file matches nothing.
 *
 * <pre>{@code
 * PgPassFile.at(Path.of("/home/me/.pgpass")).find("db1", 5432, "app", "me");   // Optional[secret]
 * }</pre>
 */
public final class PgPassFile {

    private final List<List<String>> entries;

    private PgPassFile(List<List<String>> entries) {
        this.entries = entries;
    }

    public static PgPassFile at(Path file) {
        List<List<String>> entries = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        List<String> fields = split(line);
                        if (fields.size() == 5) {
                            entries.add(fields);
                        }
                    }
                }
            } catch (IOException e) {
                return new PgPassFile(List.of());   // libpq ignores a password file it cannot read
            }
        }
        return new PgPassFile(entries);
    }

    /** The password of the first line matching the login. */
    public Optional<String> find(String host, int port, String database, String user) {
        List<String> wanted = List.of(host, Integer.toString(port), database, user == null ? "" : user);
        for (List<String> e : entries) {
            boolean match = true;
            for (int i = 0; i < 4 && match; i++) {
                match = e.get(i).equals("*") || e.get(i).equals(wanted.get(i));
            }
            if (match) {
                return Optional.of(e.get(4));
            }
        }
        return Optional.empty();
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
