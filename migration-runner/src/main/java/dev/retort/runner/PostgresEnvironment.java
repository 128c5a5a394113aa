package dev.retort.runner;

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
        DatabaseUrl parsed;
        try {
            parsed = DatabaseUrl.parse(url);   // PostgreSQL's URI rules; its messages never hold a secret
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage(), e);
        }
        Given given = Given.of(url.trim());
        String host = given.host ? parsed.host() : firstNonEmpty(env.get("PGHOST"), "localhost");
        String user = given.user ? parsed.user() : firstNonEmpty(env.get("PGUSER"), null);
        String database = given.database ? parsed.database() : firstNonEmpty(env.get("PGDATABASE"), null);
        String port = given.port ? Integer.toString(parsed.port()) : firstNonEmpty(env.get("PGPORT"), "5432");
        if (database == null) {
            throw new RetortException("the database URL " + parsed.withDatabase("").redacted() + " names no"
                    + " database; add it after the host (postgresql://host:5432/mydb) or set PGDATABASE");
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new RetortException("PGPORT is \"" + port + "\", not a port number", e);
        }
        boolean socket = host.startsWith("/");
        String password = given.password ? parsed.password() : env.get("PGPASSWORD");
        if (password == null) {
            String login = user != null ? user : env.getOrDefault("USER", System.getProperty("user.name"));
            password = PgPassFile.at(passFile()).find(socket ? "localhost" : host, portNumber, database, login)
                    .orElse(null);
        }
        String query = parsed.query();
        if (socket) {
            query = (query.isEmpty() ? "" : query + "&") + "socketFactory=" + UnixSocketFactory.class.getName()
                    + "&socketFactoryArg=" + encode(Path.of(host).resolve(".s.PGSQL." + portNumber).toString());
            host = "localhost";
        }
        return new DatabaseUrl(host, portNumber, database, user, password, query, parsed.secrets());
    }

    /** Which parts a URL gives (empty ones count as left out), read from its shape; DatabaseUrl decodes them. */
    private record Given(boolean host, boolean port, boolean user, boolean password, boolean database) {

        static Given of(String url) {
            String rest = url.substring(PREFIXES.stream().filter(url::startsWith).findFirst().orElse("").length());
            int q = rest.indexOf('?');
            List<String> keys = new ArrayList<>();
            if (q >= 0) {
                for (String pair : rest.substring(q + 1).split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && eq < pair.length() - 1) {
                        keys.add(pair.substring(0, eq).toLowerCase(java.util.Locale.ROOT));
                    }
                }
                rest = rest.substring(0, q);
            }
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            boolean database = slash >= 0 && slash < rest.length() - 1;
            int at = authority.lastIndexOf('@');
            String info = at < 0 ? "" : authority.substring(0, at);
            String hostPort = authority.substring(at + 1);
            int close = hostPort.lastIndexOf(']');
            int colon = hostPort.indexOf(':', Math.max(close, 0));
            boolean port = colon >= 0 && colon < hostPort.length() - 1;
            boolean host = !(colon >= 0 ? hostPort.substring(0, colon) : hostPort).isEmpty();
            int infoColon = info.indexOf(':');
            boolean user = !(infoColon < 0 ? info : info.substring(0, infoColon)).isEmpty();
            return new Given(host || keys.contains("host"), port || keys.contains("port"), user || keys.contains("user"),
                    infoColon >= 0 || keys.contains("password"), database || keys.contains("dbname"));
        }
    }

    private Path passFile() {
        String file = env.get("PGPASSFILE");
        return file != null && !file.isBlank() ? Path.of(file) : home.resolve(".pgpass");
    }

    private static String firstNonEmpty(String a, String fallback) {
        return a != null && !a.isEmpty() ? a : fallback;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
