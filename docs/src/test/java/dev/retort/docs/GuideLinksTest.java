package dev.retort.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every relative link of the guide resolves to a file, and every {@code #anchor} to a heading of its page. */
class GuideLinksTest {

    @Test
    void everyLinkBetweenGuidePagesResolves() {
        List<String> broken = new ArrayList<>();
        for (GuidePage page : Guide.pages()) {
            for (GuidePage.Link link : page.links()) {
                String target = link.target();
                if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // an absolute URL (https:, mailto:): outside the guide
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = file.isEmpty() ? page.file() : page.file().getParent().resolve(file).normalize();
                String where = Guide.docsDir().relativize(page.file()) + ":" + link.line() + " links to " + target;
                if (!Files.exists(resolved)) {
                    broken.add(where + ", but " + resolved.getFileName() + " does not exist");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !GuidePage.read(resolved).anchors().contains(anchor)) {
                    broken.add(where + ", but that page has no heading with anchor #" + anchor + " (its anchors: "
                            + GuidePage.read(resolved).anchors() + ")");
                }
            }
        }
        assertEquals(List.of(), broken, "broken links in the guide");
    }

    @Test
    void everyGuidePageIsReachableFromTheIndex() {
        Path index = Guide.docsDir().resolve("README.md");
        assertTrue(Files.isRegularFile(index), "docs/README.md, the guide's index, is missing");
        List<Path> linked = GuidePage.read(index).links().stream()
                .map(l -> l.target().replaceFirst("#.*$", ""))
                .filter(t -> !t.isEmpty() && !t.contains(":"))
                .map(t -> index.getParent().resolve(t).normalize())
                .toList();
        List<String> orphans = new ArrayList<>();
        for (GuidePage page : GuidePage.all(Guide.docsDir().resolve("guide"))) {
            if (!linked.contains(page.file())) {
                orphans.add(Guide.docsDir().relativize(page.file()).toString());
            }
        }
        assertEquals(List.of(), orphans, "guide pages the index (docs/README.md) does not link");
    }
}
