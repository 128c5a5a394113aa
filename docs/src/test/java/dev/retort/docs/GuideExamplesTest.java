package dev.retort.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * GuideExamplesTest executes every page of the guide: one container per page, one test per Java block, DSL
 * fragment, file and console command, run in page order in the page's own sample project and database. A file or
 * command step after a failed one is skipped (it would fail for the same reason), unless the failure was only
 * other output text. See {@link GuideScenario} for what each kind
 * of block must do to pass.
 */
class GuideExamplesTest {

    @TestFactory
    Stream<DynamicNode> everyExampleOfTheGuideRuns() {
        List<DynamicNode> pages = new ArrayList<>();
        // -Dretort.docs.page=commands runs the pages whose file name contains "commands" (while writing one)
        String only = System.getProperty("retort.docs.page", "");
        for (GuidePage page : Guide.pages()) {
            if (!page.file().getFileName().toString().contains(only)) {
                continue;
            }
            GuideScenario s = new GuideScenario(page, Guide.repositoryRoot());
            List<GuideScenario.Step> steps = s.steps();
            if (steps.isEmpty()) {
                continue;
            }
            AtomicBoolean failed = new AtomicBoolean();
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                GuideScenario.Step step = steps.get(i);
                boolean last = i == steps.size() - 1;
                tests.add(DynamicTest.dynamicTest(step.name(), () -> {
                    try {
                        Assumptions.assumeFalse(step.sequential() && failed.get(), "an earlier step of this page failed");
                        step.action().run();
                    } catch (AssertionError | RuntimeException e) {
                        if (step.sequential() && !(e instanceof TestAbortedException) && !(e instanceof OutputMismatch)) {
                            failed.set(true);
                        }
                        throw e;
                    } finally {
                        if (last) {
                            s.close();
                        }
                    }
                }));
            }
            pages.add(DynamicContainer.dynamicContainer(Guide.docsDir().relativize(page.file()).toString(), tests));
        }
        return pages.stream();
    }
}
