package dev.retort.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness's own rules: what counts as the same output, how pages and transcripts are read. */
class HarnessTest {

    @TempDir
    Path dir;

    @Test
    void identicalOutputMatchesAndAnyOtherTextIsAMismatchWithADiff() {
        OutputMatcher m = new OutputMatcher();
        assertEquals(Optional.empty(), m.mismatch("ok: 2 tables\n", "ok: 2 tables\n"));
        Optional<String> diff = m.mismatch("ok: 2 tables\n", "ok: 3 tables\n");
        assertTrue(diff.isPresent());
        assertTrue(diff.get().contains("- ok: 2 tables") && diff.get().contains("+ ok: 3 tables"), diff.get());
        assertTrue(m.mismatch("a\nb\n", "a\n").isPresent(), "a missing line is a mismatch");
        assertTrue(m.mismatch("a\n", "a\nb\n").isPresent(), "an extra line is a mismatch");
    }

    @Test
    void placeholdersMatchOnlyTheirKindOfValue() {
        OutputMatcher m = new OutputMatcher();
        assertEquals(Optional.empty(), m.mismatch("at <timestamp> sum <checksum> port <port>\n",
                "at 2026-11-28 04:07:43 sum -252265887 port 5432\n"));
        assertTrue(m.mismatch("at <timestamp>\n", "at yesterday\n").isPresent());
        assertTrue(m.mismatch("sum <checksum>\n", "sum abc\n").isPresent());
        assertEquals(Optional.empty(), m.mismatch("took <duration>\n", "took 12 ms\n"));
    }

    @Test
    void columnsAlignedWithSpacesMatchAnyRunOfSpacesButNotNone() {
        OutputMatcher m = new OutputMatcher();
        assertEquals(Optional.empty(), m.mismatch("VERSION  NAME\n", "VERSION      NAME\n"));
        assertTrue(m.mismatch("VERSION  NAME\n", "VERSIONNAME\n").isPresent());
        assertEquals(Optional.empty(), m.mismatch("x   \n\n\n", "x\n"), "trailing spaces and blank lines are ignored");
    }

    @Test
    void aGuideVersionBindsToTheGeneratedOneAndMustStayConsistent() {
        OutputMatcher m = new OutputMatcher();
        assertEquals(Optional.empty(), m.mismatch("wrote V20261128090000__a.sql\n", "wrote V20270101120000__a.sql\n"));
        assertEquals("retort downgrade 20270101120000", m.toActual("retort downgrade 20261128090000"));
        assertEquals(Optional.empty(), m.mismatch("at 20261128090000 (head)\n", "at 20270101120000 (head)\n"));
        assertTrue(m.mismatch("at 20261128090000 (head)\n", "at 20270101120001 (head)\n").isPresent(),
                "a bound version cannot stand for another one");
        assertTrue(m.mismatch("at 20261128100000 (head)\n", "at 20270101120000 (head)\n").isPresent(),
                "a generated version cannot stand for two guide versions");
    }

    @Test
    void transcriptsSplitCommandsOutputsAndExitCodes() {
        CodeBlock block = new CodeBlock(dir.resolve("p.md"), 10, "console", List.of(),
                "$ retort current\nbase (head)\n$ retort check   # exits 1\ndiffers\n  - x\n");
        List<Transcript.Step> steps = Transcript.parse(block).steps();
        assertEquals(2, steps.size());
        assertEquals(List.of("retort", "current"), steps.get(0).words());
        assertEquals("base (head)\n", steps.get(0).output());
        assertEquals(0, steps.get(0).exit());
        assertEquals(1, steps.get(1).exit());
        assertEquals(13, steps.get(1).line(), "the fence is line 10, so the second command is line 13");
        assertEquals("differs\n  - x\n", steps.get(1).output());
        assertEquals(List.of("retort", "revision", "-m", "add mood", "it's"),
                Transcript.words("retort revision -m \"add mood\" 'it'\\''s'"));
        assertThrows(AssertionError.class, () -> Transcript.words("retort -m \"open"));
    }

    @Test
    void pagesAreReadIntoBlocksLinksAnchorsAndDirectives() throws IOException {
        Path page = Files.writeString(dir.resolve("page.md"), String.join("\n",
                "# Title", "<!-- docs-test: project=journal -->", "See [the DSL](dsl.md#indexes) and `[not](a-link.md)`.",
                "## Schema changes", "```java fragment", "s.table(\"t\", t -> {});", "```",
                "- ```` ```java ```` is not a fence", "## Schema changes", ""));
        GuidePage read = GuidePage.read(page);
        assertEquals(1, read.blocks().size());
        CodeBlock block = read.blocks().get(0);
        assertEquals("java", block.language());
        assertTrue(block.has("fragment"));
        assertEquals(5, block.line());
        assertEquals(Optional.of("journal"), read.directive("project"));
        assertEquals(List.of("dsl.md#indexes"), read.links().stream().map(GuidePage.Link::target).toList());
        assertEquals(List.of("title", "schema-changes", "schema-changes-1"), read.anchors());
        Path open = Files.writeString(dir.resolve("open.md"), "```java\nclass A {}\n");
        assertThrows(IllegalStateException.class, () -> GuidePage.read(open));
    }

    @Test
    void javaThatDoesNotCompileIsReportedWithTheCompilersMessage() {
        AssertionError e = assertThrows(AssertionError.class, () -> JavaSources.compile(
                java.util.Map.of("A.java", "class A { int x = \"text\"; }"), dir.resolve("classes")));
        assertTrue(e.getMessage().contains("A.java:1"), e.getMessage());
        assertEquals("com/example/S.java", JavaSources.fileOf("package com.example;\n\npublic final class S {}\n"));
    }

    @Test
    void commandsOutsideTranscriptsMustBeOnesTheCliAccepts() {
        CodeBlock block = new CodeBlock(dir.resolve("p.md"), 1, "yaml", List.of(), "");
        GuideScenario.parses(block, "retort upgrade --lock-timeout 3s");
        AssertionError e = assertThrows(AssertionError.class, () -> GuideScenario.parses(block, "retort upgrade --fast"));
        assertTrue(e.getMessage().contains("--fast"), e.getMessage());
        assertThrows(AssertionError.class, () -> GuideScenario.parses(block, "retort migrate"));
    }
}
