package dev.retort.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * ConsoleCommand runs one {@code $ } line of a guide transcript and compares what it printed, and its exit code,
 * with the guide. Besides {@code retort} (the real CLI, in-process) it performs a few shell commands itself:
 * {@code export NAME=value}, {@code unset NAME}, {@code psql -c "<sql>"}, {@code cat <file>} and {@code ls <dir>};
 * {@code $NAME} in a word is replaced from the project's environment.
 */
final class ConsoleCommand {

    private final Supplier<SampleProject> project;
    private final OutputMatcher matcher;
    private final GuideUpdates updates;

    ConsoleCommand(Supplier<SampleProject> project, OutputMatcher matcher, GuideUpdates updates) {
        this.project = project;
        this.matcher = matcher;
        this.updates = updates;
    }

    void run(String where, Transcript.Step step) {
        List<String> words = step.words().stream().map(matcher::toActual).map(w -> project.get().expand(w)).toList();
        String program = words.get(0);
        int code;
        String output;
        if (program.equals("retort") || program.equals("./retort")) {
            SampleProject.Run run = project.get().retort(words.subList(1, words.size()));
            code = run.code();
            output = run.output();
        } else if (program.equals("export") && words.size() == 2 && words.get(1).contains("=")) {
            String name = words.get(1).substring(0, words.get(1).indexOf('='));
            String value = words.get(1).substring(name.length() + 1);
            if (name.equals("DATABASE_URL")) {
                project.get().showDatabaseAs(value);
            } else {
                project.get().setEnv(name, value);
            }
            code = 0;
            output = "";
        } else if (program.equals("unset") && words.size() == 2) {
            project.get().unsetEnv(words.get(1));
            code = 0;
            output = "";
        } else if (program.equals("psql") && words.size() == 3 && words.get(1).equals("-c")) {
            code = 0;
            output = project.get().psql(words.get(2));
        } else if (program.equals("cat") && words.size() == 2) {
            code = 0;
            output = read(project.get().resolve(words.get(1)));
        } else if (program.equals("ls") && words.size() == 2) {
            code = 0;
            output = list(project.get().resolve(words.get(1)));
        } else {
            throw new AssertionError(where + ": the guide's console blocks may run retort, export NAME=value, unset NAME,"
                    + " psql -c \"<sql>\", cat <file> and ls <dir>, not " + program);
        }
        var mismatch = matcher.mismatch(step.output(), output);
        if (code == step.exit() && mismatch.isPresent() && GuideUpdates.mayRewrite(step.output())) {
            // update mode: the page gets the real output (versions shown as the guide's where they are bound)
            String lines = step.output().replaceFirst("\n$", "");
            updates.replace(step.line(), lines.isEmpty() ? 0 : lines.split("\n", -1).length,
                    OutputMatcher.tidy(matcher.toGuide(output)));
            return;
        }
        if (code == step.exit() && mismatch.isPresent()) {
            throw new OutputMismatch(where + ": `" + step.commandLine() + "` printed something else than the guide says:\n"
                    + mismatch.get() + "(if the new output is right: rerun with -Dretort.docs.update=true to write it into"
                    + " the page, outputs with <placeholders> by hand)");
        }
        if (code != step.exit()) {
            throw new AssertionError(where + ": `" + step.commandLine() + "` "
                    + (code != step.exit() ? "exited " + code + " where the guide says " + step.exit() + "; " : "")
                    + mismatch.map(d -> "printed something else than the guide says:\n" + d)
                    .orElse("printed what the guide says:\n" + output));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file.getFileName() + ": " + e, e);
        }
    }

    private static String list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            StringBuilder out = new StringBuilder();
            files.map(f -> f.getFileName().toString()).sorted().forEach(n -> out.append(n).append('\n'));
            return out.toString();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + dir.getFileName() + ": " + e, e);
        }
    }
}
