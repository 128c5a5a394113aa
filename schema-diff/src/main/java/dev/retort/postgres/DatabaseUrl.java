package dev.retort.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * DatabaseUrl is where a PostgreSQL database is and how to log in, parsed from the URL forms users have:
 * {@code postgresql://user:password@host:5432/db} (and {@code postgres://}), or {@code jdbc:postgresql://…}.
 * The password never appears in {@link #toString()} or {@link #redacted()}.
 *
 * <pre>{@code
 * DatabaseUrl url = DatabaseUrl.parse("postgresql://vibes:secret@localhost:5432/vibes");
 * url.redacted();                    // postgresql://vibes:***@localhost:5432/vibes
 * try (Connection c = url.connect()) { ... }
 * }</pre>
 *
 * @param host     host name or address
 * @param port     port
 * @param database database name
 * @param user     user name, or null for the driver's default
 * @param password password, or null
 * @param query    extra JDBC parameters without the leading {@code ?} (e.g. {@code sslmode=require}), or empty
 */
public record DatabaseUrl(String host, int port, String database, String user, String password, String query) {

    public DatabaseUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        query = query == null ? "" : query;
    }

    /**
     * Parses {@code postgresql://}, {@code postgres://} and {@code jdbc:postgresql://} URLs.
     *
     * @throws IllegalArgumentException with a message that names the accepted forms
     */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no database URL given; expected postgresql://user:password@host:5432/db");
        }
        String trimmed = url.trim();
        String rest;
        if (trimmed.startsWith("jdbc:postgresql://")) {
            rest = trimmed.substring("jdbc:postgresql://".length());
        } else if (trimmed.startsWith("postgresql://")) {
            rest = trimmed.substring("postgresql://".length());
        } else if (trimmed.startsWith("postgres://")) {
            rest = trimmed.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + redact(trimmed)
                    + "; expected postgresql://user:password@host:5432/db or jdbc:postgresql://host:5432/db?user=…");
        }
        try {
            URI uri = new URI("postgresql://" + rest);
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String database = decode(path.startsWith("/") ? path.substring(1) : path);
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String info = uri.getRawUserInfo();
                int colon = info.indexOf(':');
                user = decode(colon < 0 ? info : info.substring(0, colon));
                password = colon < 0 ? null : decode(info.substring(colon + 1));
            }
            StringBuilder query = new StringBuilder();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? pair : pair.substring(0, eq);
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    if (key.equals("user")) {
                        user = value;
                    } else if (key.equals("password")) {
                        password = value;
                    } else if (!key.isEmpty()) {
                        query.append(query.length() == 0 ? "" : "&").append(pair);
                    }
                }
            }
            if (database.isEmpty()) {
                database = user == null ? "postgres" : user;
            }
            return new DatabaseUrl(host, port, database, user, password, query.toString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed PostgreSQL URL " + redact(trimmed) + ": " + e.getReason());
        }
    }

    /** The same server and login, another database. */
    public DatabaseUrl withDatabase(String otherDatabase) {
        return new DatabaseUrl(host, port, otherDatabase, user, password, query);
    }

    /** The JDBC URL without credentials (they travel as connection properties). */
    public String jdbcUrl() {
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String base = "jdbc:postgresql://" + hostPart + ":" + port + "/" + encodePath(database);
        return query.isEmpty() ? base : base + "?" + query;
    }

    /** Opens a connection with autocommit on. */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "retort");
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    /** {@code postgresql://user:***@host:port/db}: safe to print and log. */
    public String redacted() {
        String login = user == null ? "" : user + (password == null ? "" : ":***") + "@";
        return "postgresql://" + login + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    @Override
    public String toString() {
        return redacted();
    }

    /** Masks anything that looks like a password in a URL we could not parse. */
    static String redact(String url) {
        return url.replaceAll("(://[^:/@]+:)[^@]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encodePath(String s) {
        return s.replace("%", "%25").replace("/", "%2F").replace("?", "%3F").replace("#", "%23");
    }
}
