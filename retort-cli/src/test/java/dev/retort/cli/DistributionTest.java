package dev.retort.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.postgres.DatabaseUrl;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distribution as a user gets it: the tar.gz unpacked in a folder of its own, {@code bin/retort} run (also
 * through a symbolic link) from inside a project that {@code retort init} created, whose definition is compiled
 * into {@code target/classes} as {@code mvn compile} would: revision, upgrade, check, and the stale-classes warning.
 */
class DistributionTest {

    @TempDir
    Path dir;

    record Run(int code, String out) {
    }

    @Test
    void theUnpackedDistributionRunsAProjectFromAnyFolder() throws Exception {
        Path archive = Path.of(System.getProperty("retort.distribution"));
        String version = System.getProperty("retort.version");
        Path unpacked = Files.createDirectories(dir.resolve("opt"));
        assertEquals(0, new ProcessBuilder("tar", "xzf", archive.toString(), "-C", unpacked.toString())
                .inheritIO().start().waitFor());
        Path home = unpacked.resolve("retort-" + version);
        assertTrue(Files.isExecutable(home.resolve("bin/retort")), "bin/retort is executable");
        assertTrue(Files.exists(home.resolve("bin/retort.cmd")));
        assertTrue(Files.readString(home.resolve("README.md")).startsWith("# Retort " + version + "\n"));
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertTrue(jars.anyMatch(j -> j.getFileName().toString().startsWith("slf4j-nop-")), "slf4j-nop in lib/");
        }
        Path link = Files.createDirectories(dir.resolve("usr/bin")).resolve("retort");
        Files.createSymbolicLink(link, home.resolve("bin/retort"));

        Path app = Files.createDirectories(dir.resolve("app"));
        assertEquals(new Run(0, "retort " + version + "\n"), retort(home, app, Map.of(), "--version"));
        Run init = retort(link, app, Map.of(), "init", "--definition", "com.example.shop.ShopSchema");
        assertEquals(0, init.code(), init.out());
        Path source = app.resolve("src/main/java/com/example/shop/ShopSchema.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.example.shop;

                import dev.retort.schema.SchemaDefinition;
                import dev.retort.schema.dsl.Schema;
                import dev.retort.schema.dsl.SchemaBuilder;
                import dev.retort.schema.model.SchemaModel;

                import static dev.retort.schema.dsl.Types.*;

                public final class ShopSchema implements SchemaDefinition {
                    @Override
                    public SchemaModel schema() {
                        SchemaBuilder s = Schema.builder();
                        s.table("products", t -> {
                            t.column("id", bigint()).primaryKey();
                            t.column("name", text()).notNull();
                        });
                        return s.build();
                    }
                }
                """);
        compile(home, source, app.resolve("target/classes"));

        try (TestDatabase db = TestDatabases.fresh()) {
            Map<String, String> env = Map.of("DATABASE_URL", postgresqlForm(db.url()));
            Path inside = app.resolve("src/main");
            Run revision = retort(link, inside, env, "revision", "--autogenerate", "-m", "create products");
            assertEquals(0, revision.code(), revision.out());
            assertTrue(revision.out().contains("wrote src/main/resources/db/migration/V"), revision.out());
            Run upgrade = retort(home, inside, env, "upgrade");
            assertEquals(0, upgrade.code(), upgrade.out());
            assertTrue(upgrade.out().contains("1 migration applied"), upgrade.out());
            Run check = retort(home, inside, env, "check");
            assertEquals(0, check.code(), check.out());
            assertTrue(check.out().contains("matches the declaration com.example.shop.ShopSchema"), check.out());

            Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));
            Run stale = retort(home, inside, env, "check");
            assertTrue(stale.out().startsWith("warning: " + source + " changed after " + app.resolve("target/classes")),
                    stale.out());

            // the schema edit: check fails until a second revision is applied; then the round trip and base
            Files.writeString(source, Files.readString(source).replace("t.column(\"name\", text()).notNull();",
                    "t.column(\"name\", text()).notNull();\n                t.column(\"price\", numeric(10, 2));"));
            compile(home, source, app.resolve("target/classes"));
            Run edited = retort(home, inside, env, "check");
            assertEquals(1, edited.code(), edited.out());
            assertTrue(edited.out().contains("price"), edited.out());
            Run second = retort(home, inside, env, "revision", "--autogenerate", "-m", "add price");
            assertEquals(0, second.code(), second.out());
            assertEquals(0, retort(home, inside, env, "upgrade").code());
            Run matches = retort(home, inside, env, "check");
            assertEquals(0, matches.code(), matches.out());
            Run roundtrip = retort(home, inside, env, "roundtrip");
            assertEquals(0, roundtrip.code(), roundtrip.out());
            Run base = retort(home, inside, env, "downgrade", "base");
            assertEquals(0, base.code(), base.out());
            Run current = retort(home, inside, env, "current");
            assertEquals(0, current.code(), current.out());
            Run atBase = retort(home, inside, env, "check");
            assertEquals(1, atBase.code(), "at base the database no longer matches: the downgrade ran\n" + atBase.out());
        }
    }

    private Run retort(Path launcher, Path workingDir, Map<String, String> extraEnv, String... args)
            throws IOException, InterruptedException {
        Path command = Files.isDirectory(launcher) ? launcher.resolve("bin/retort") : launcher;
        List<String> all = new ArrayList<>(List.of(command.toString()));
        all.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(all).directory(workingDir.toFile()).redirectErrorStream(true);
        pb.environment().remove("DATABASE_URL");
        pb.environment().remove("CI");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private static void compile(Path home, Path source, Path classes) throws IOException {
        Files.createDirectories(classes);
        String classpath;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            classpath = String.join(java.io.File.pathSeparator, jars.map(Path::toString).toList());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath, source.toString());
        assertEquals(0, code, "the sample definition compiles");
    }

    private static String postgresqlForm(DatabaseUrl url) {
        return "postgresql://" + url.user() + (url.password() == null ? "" : ":" + url.password()) + "@" + url.host()
                + ":" + url.port() + "/" + url.database();
    }
}
