package dev.retort.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Guide locates the guide's files: the docs module folder, its README (the index) and the pages under guide/. */
final class Guide {

    private Guide() {
    }

    /** The docs module folder (Surefire passes it; a run from the module folder finds it too). */
    static Path docsDir() {
        String dir = System.getProperty("retort.docs.dir");
        Path path = dir == null || dir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(dir);
        if (!Files.isDirectory(path.resolve("guide"))) {
            throw new IllegalStateException(path + " has no guide/ folder; run the docs tests from the docs module");
        }
        return path.toAbsolutePath().normalize();
    }

    /** The repository root, where retort.properties of the Vibes project is. */
    static Path repositoryRoot() {
        return docsDir().getParent();
    }

    /** Every page of the guide: docs/README.md and every Markdown file under docs/guide. */
    static List<GuidePage> pages() {
        List<GuidePage> pages = new ArrayList<>();
        Path index = docsDir().resolve("README.md");
        if (Files.isRegularFile(index)) {
            pages.add(GuidePage.read(index));
        }
        pages.addAll(GuidePage.all(docsDir().resolve("guide")));
        return pages;
    }

    /** Whether the run was asked to rewrite generated parts of the guide ({@code -Dretort.docs.update=true}). */
    static boolean update() {
        return Boolean.parseBoolean(System.getProperty("retort.docs.update", "false"));
    }
}
