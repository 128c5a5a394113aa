package dev.retort.runner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** ChildRetort starts the CLI in a separate JVM with the test classpath, for tests that need real processes. */
final class ChildRetort {

    private ChildRetort() {
    }

    static Process start(Path projectDir, Path log, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(RetortCli.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(projectDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("DATABASE_URL");
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(Project p) {
        return p.db.url().jdbcUrl() + "?user=" + p.db.url().user()
                + (p.db.url().password() == null ? "" : "&password=" + p.db.url().password());
    }
}
