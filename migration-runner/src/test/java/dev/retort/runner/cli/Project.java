package dev.retort.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.TestDatabase;

/** Project is a throw-away Retort project folder for CLI tests: a project file and a migrations folder. */
final class Project {

    final Path root;
    final Path migrations;
    final TestDatabase db;

    Project(Path root, TestDatabase db) {
        this.root = root;
        this.migrations = root.resolve("db/migration");
        this.db = db;
        try {
            Files.createDirectories(migrations);
            Files.writeString(root.resolve("retort.properties"), "retort.migrations=db/migration\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an upgrade and (when {@code down} is not null) its downgrade. */
    Project migration(String version, String description, String up, String down) {
        write("V" + version + "__" + description + ".sql", up);
        if (down != null) {
            write("U" + version + "__" + description + ".sql", down);
        }
        return this;
    }

    Path write(String file, String content) {
        try {
            return Files.writeString(migrations.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the CLI against the test database (given as --url in jdbc form). */
    CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--url";
        all[args.length + 1] = db.url().jdbcUrl() + "?user=" + db.url().user()
                + (db.url().password() == null ? "" : "&password=" + db.url().password());
        return CliRun.run(root, Map.of(), all);
    }

    /** The test database as users write it in DATABASE_URL. */
    static String postgresqlForm(DatabaseUrl url) {
        return "postgresql://" + url.user() + (url.password() == null ? "" : ":" + url.password()) + "@" + url.host()
                + ":" + url.port() + "/" + url.database();
    }
}
