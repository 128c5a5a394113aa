package dev.retort.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * DatabaseUrl is where a PostgreSQL database is and how to log in, parsed from the URL forms users have:
 * {@code postgresql://user:password@host:5432/db?sslmode=require} (and {@code postgres://}), following
 * PostgreSQL's URI rules (user info, database and parameter values percent-encoded), or
 * {@code jdbc:postgresql://host:5432/db?user=…&password=…}. A URL whose meaning is ambiguous — a reserved
 * character such as {@code @ / ? # %} unencoded in the user info, an unknown parameter (often the tail of a
 * password holding {@code &}), several hosts — is an error, never a connection to somewhere else. Secrets (the
 * password and secret parameters such as {@code sslpassword}) travel as connection properties, never in
 * {@link #jdbcUrl()}, and are masked in {@link #toString()} and {@link #redacted()}.
 *
 * <pre>{@code
 * DatabaseUrl url = DatabaseUrl.parse("postgresql://vibes:secret@localhost:5432/vibes?sslpassword=k3y");
 * url.redacted();                    // postgresql://vibes:***@localhost:5432/vibes?sslpassword=***
 * try (Connection c = url.connect()) { ... }
 * }</pre>
 *
 * @param host     host name or address
 * @param port     port
 * @param database database name
 * @param user     user name, or null for the driver's default
 * @param password password, or null
 * @param query    JDBC parameters without secrets and without the leading {@code ?} (e.g. {@code sslmode=require})
 * @param secrets  secret parameters by name ({@code sslpassword} …), passed as connection properties
 */
public record DatabaseUrl(String host, int port, String database, String user, String password, String query,
                          Map<String, String> secrets) {

    private static final Driver DRIVER = new Driver();

    // RFC 3986 shape with nothing reserved left unencoded where it would change the meaning
    private static final Pattern SHAPE = Pattern.compile(
            "(?:(?<info>[^@/?#\\[\\]]*)@)?(?<hosts>\\[[0-9A-Fa-f:.]+\\](?::[^@/?#]*)?|[^@/?#\\[\\]]*)"
                    + "(?:/(?<path>[^@?#]*))?(?:\\?(?<query>[^#]*))?");

    public DatabaseUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        query = query == null ? "" : query;
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
    }

    /** A URL without secret parameters. */
    public DatabaseUrl(String host, int port, String database, String user, String password, String query) {
        this(host, port, database, user, password, query, Map.of());
    }

    /**
     * Parses {@code postgresql://}, {@code postgres://} and {@code jdbc:postgresql://} URLs.
     *
     * @throws IllegalArgumentException with a message that names the accepted forms, or shows how to
     *                                  percent-encode; it never contains a secret of the URL
     */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no database URL given; expected postgresql://user:password@host:5432/db");
        }
        String trimmed = url.trim();
        String rest = null;
        for (String scheme : new String[] {"jdbc:postgresql://", "postgresql://", "postgres://"}) {
            if (trimmed.startsWith(scheme)) {
                rest = trimmed.substring(scheme.length());
            }
        }
        if (rest == null) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + Redaction.redactUrl(trimmed)
                    + "; expected postgresql://user:password@host:5432/db or jdbc:postgresql://host:5432/db?user=…");
        }
        if (rest.indexOf('#') >= 0) {
            throw reserved("it holds a '#', which would end the URL there");
        }
        Matcher m = SHAPE.matcher(rest);
        if (!m.matches()) {
            throw reserved("it holds more than one '@', or an '@' after a '/'");
        }
        String user = null;
        String password = null;
        if (m.group("info") != null) {
            String info = m.group("info");
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon), "the user name");
            password = colon < 0 ? null : decode(info.substring(colon + 1), "the password");
        }
        String hosts = m.group("hosts");
        if (hosts.contains(",")) {
            throw new IllegalArgumentException("the database URL names several hosts; Retort connects to one:"
                    + " give the primary's host:port");
        }
        String host = hosts;
        String portText = null;
        if (hosts.startsWith("[")) {
            int close = hosts.indexOf(']');
            host = hosts.substring(1, close);
            portText = close + 1 < hosts.length() ? hosts.substring(close + 2) : null;
        } else if (hosts.contains(":")) {
            host = hosts.substring(0, hosts.indexOf(':'));
            portText = hosts.substring(hosts.indexOf(':') + 1);
        }
        host = host.isEmpty() ? "localhost" : decode(host, "the host");
        String database = m.group("path") == null ? "" : decode(m.group("path"), "the database name");
        StringBuilder query = new StringBuilder();
        Map<String, String> secrets = new LinkedHashMap<>();
        if (m.group("query") != null && !m.group("query").isEmpty()) {
            String[] pairs = m.group("query").split("&", -1);
            for (int i = 0; i < pairs.length; i++) {
                String pair = pairs[i];
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (eq <= 0 || !ConnectionParameters.isKnown(key)) {
                    throw reserved("its parameter " + (i + 1) + " of " + pairs.length + " is not a PostgreSQL or"
                            + " JDBC connection parameter written name=value");
                }
                String value = decode(pair.substring(eq + 1), "a parameter value");
                switch (key.toLowerCase(java.util.Locale.ROOT)) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    case "host" -> host = value;
                    case "port" -> portText = value;
                    case "dbname" -> database = value;
                    default -> {
                        if (ConnectionParameters.isSecret(key)) {
                            secrets.put(key, value);
                        } else {
                            query.append(query.length() == 0 ? "" : "&").append(key).append('=')
                                    .append(encode(value));
                        }
                    }
                }
            }
        }
        int port = 5432;
        if (portText != null && !portText.isEmpty()) {
            if (!portText.matches("[0-9]{1,5}")) {
                throw reserved("the text after the host's ':' is not a port number");
            }
            port = Integer.parseInt(portText);
        }
        if (database.isEmpty()) {
            database = user == null ? "postgres" : user;
        }
        return new DatabaseUrl(host, port, database, user, password, query.toString(), secrets);
    }

    /** The same server and login, another database. */
    public DatabaseUrl withDatabase(String otherDatabase) {
        return new DatabaseUrl(host, port, otherDatabase, user, password, query, secrets);
    }

    /** The JDBC URL without credentials or secret parameters (they travel as connection properties). */
    public String jdbcUrl() {
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String base = "jdbc:postgresql://" + hostPart + ":" + port + "/" + encode(database);
        return query.isEmpty() ? base : base + "?" + query;
    }

    /** The login and secret parameters, as the driver takes them. */
    public Properties properties() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        secrets.forEach(props::setProperty);
        props.setProperty("ApplicationName", "retort");
        return props;
    }

    /**
     * Opens a connection with autocommit on. It asks PostgreSQL's driver directly: DriverManager would first look
     * for drivers in every jar of the class path (one ServiceLoader scan per process, on each command's start).
     */
    public Connection connect() throws SQLException {
        return DRIVER.connect(jdbcUrl(), properties());
    }

    /** A data source for libraries that take one (Flyway), with the secrets as properties. */
    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl());
        try {
            for (String name : properties().stringPropertyNames()) {
                ds.setProperty(name, properties().getProperty(name));
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("the driver refuses a connection parameter: " + e.getMessage(), e);
        }
        return ds;
    }

    /** {@code postgresql://user:***@host:port/db?sslmode=require&sslpassword=***}: safe to print and log. */
    public String redacted() {
        String login = user == null ? "" : user + (password == null ? "" : ":***") + "@";
        StringBuilder q = new StringBuilder(query);
        secrets.keySet().forEach(k -> q.append(q.length() == 0 ? "" : "&").append(k).append("=***"));
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + login + hostPart + ":" + port + "/" + database + (q.length() == 0 ? "" : "?" + q);
    }

    @Override
    public String toString() {
        return redacted();
    }

    private static IllegalArgumentException reserved(String what) {
        return new IllegalArgumentException("the database URL cannot be read safely: " + what + ". A user name,"
                + " password or parameter value holding one of @ : / ? # % & = must have it percent-encoded: @ %40,"
                + " : %3A, / %2F, ? %3F, # %23, % %25, & %26, = %3D, space %20 (a password 1@2 is written 1%402)");
    }

    private static String decode(String s, String what) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw reserved(what + " holds a '%' that does not start a %XX escape");
                }
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
