package dev.retort.runner;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.retort.postgres.DatabaseUrl;

/**
 * PostgresEnvironment completes a user's database URL the way libpq (psql) does: what the URL leaves out comes
 * from {@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD} (else {@code ~/.pgpass} or
 * {@code PGPASSFILE}) and {@code PGDATABASE}. A host that is a folder ({@code postgresql:///app?host=/var/run/postgresql}
 * or {@code postgresql://%2Fvar%2Frun%2Fpostgresql/app}) is a Unix-domain socket. A URL that names no database, with
 * no {@code PGDATABASE} either, is an error rather than a guess.
 *
 * <pre>{@code
 * DatabaseUrl url = new PostgresEnvironment(Map.of("PGUSER", "app"), Path.of("/home/me")).resolve("postgresql://db1/app");
 * url.user();   // app
 * }</pre>
 *
 * @param env  the environment
 * @param home the user's home folder (where {@code .pgpass} is)
 */
public record PostgresEnvironment(Map<String, String> env, Path home) {

    private static final List<String> PREFIXES = List.of("jdbc:postgresql://", "postgresql://", "postgres://");

    public PostgresEnvironment {
        env = Map.copyOf(env);
    }

    /** The process's environment and home folder. */
    public static PostgresEnvironment of(Map<String, String> env) {
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return new PostgresEnvironment(env, Path.of(home));
    }

    /**
     * The complete URL.
     *
     * @throws RetortException naming what is missing or malformed and how to give it
     */
    public DatabaseUrl resolve(String url) {
        String trimmed = url.trim();
        String prefix = PREFIXES.stream().filter(trimmed::startsWith).findFirst().orElse(null);
        if (prefix == null) {
            try {
                return DatabaseUrl.parse(trimmed);   // its message names the accepted forms
            } catch (IllegalArgumentException e) {
                throw new RetortException(e.getMessage(), e);
            }
        }
        // the strict parse decides what is well-formed (percent-encoding, reserved characters) and which parameters
        // are secrets; this class only fills in what the URL leaves out
        DatabaseUrl strict;
        try {
            strict = DatabaseUrl.parse(trimmed);
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage(), e);
        }
        String rest = trimmed.substring(prefix.length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
            authority = authority.substring(at + 1);
        }
        String host = authority;
        String port = "";
        int close = authority.lastIndexOf(']');
        int colon = authority.lastIndexOf(':');
        if (colon > close && (close >= 0 || authority.indexOf(':') == colon)) {
            host = authority.substring(0, colon);
            port = authority.substring(colon + 1);
        }
        host = decode(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            switch (key) {
                case "user" -> user = value;
                case "password" -> password = value;
                case "host" -> host = host.isEmpty() ? value : host;
                case "port" -> port = port.isEmpty() ? value : port;
                case "dbname" -> database = database.isEmpty() ? value : database;
                case "" -> { }
                default -> {
                    if (!strict.secrets().containsKey(key)) {
                        kept.add(pair);
                    }
                }
            }
        }
        host = firstNonEmpty(host, env.get("PGHOST"), "localhost");
        port = firstNonEmpty(port, env.get("PGPORT"), "5432");
        user = firstNonEmpty(user, env.get("PGUSER"), null);
        database = firstNonEmpty(database, env.get("PGDATABASE"), null);
        String shown = "postgresql://" + (user == null ? "" : user + (password == null ? "" : ":***") + "@") + host
                + ":" + port + "/" + (database == null ? "" : database);
        if (database == null) {
            throw new RetortException("the database URL " + shown + " names no database; add it after the host"
                    + " (postgresql://host:5432/mydb) or set PGDATABASE");
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new RetortException("the database URL " + shown + " has port \"" + port + "\", not a number", e);
        }
        boolean socket = host.startsWith("/");
        if (password == null) {
            password = env.get("PGPASSWORD");
        }
        if (password == null) {
            String login = user != null ? user : env.getOrDefault("USER", System.getProperty("user.name"));
            password = PgPassFile.at(passFile()).find(socket ? "localhost" : host, portNumber, database, login)
                    .orElse(null);
        }
        if (socket) {
            kept.add("socketFactory=" + UnixSocketFactory.class.getName());
            kept.add("socketFactoryArg=" + encode(Path.of(host).resolve(".s.PGSQL." + portNumber).toString()));
            host = "localhost";
        }
        return new DatabaseUrl(host, portNumber, database, user, password, String.join("&", kept), strict.secrets());
    }

    private Path passFile() {
        String file = env.get("PGPASSFILE");
        return file != null && !file.isBlank() ? Path.of(file) : home.resolve(".pgpass");
    }

    private static String firstNonEmpty(String a, String b, String fallback) {
        if (a != null && !a.isEmpty()) {
            return a;
        }
        return b != null && !b.isEmpty() ? b : fallback;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
