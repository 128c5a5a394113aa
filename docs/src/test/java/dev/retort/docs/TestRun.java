package dev.retort.docs;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * TestRun runs a JUnit 5 test class of a guide page's sample project with the JUnit Platform launcher, the way
 * {@code mvn test} would, and fails unless at least one test ran and none failed.
 *
 * <pre>{@code
 * TestRun.run(project.testLoader(), "com.example.journal.MigrationsTest");
 * }</pre>
 */
final class TestRun {

    private TestRun() {
    }

    static TestExecutionSummary run(ClassLoader loader, String className) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> type = loader.loadClass(className);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(request, listener);
            TestExecutionSummary summary = listener.getSummary();
            if (summary.getTestsFoundCount() == 0 || summary.getTotalFailureCount() > 0
                    || summary.getTestsSucceededCount() != summary.getTestsFoundCount()) {
                StringWriter report = new StringWriter();
                summary.printTo(new PrintWriter(report));
                summary.printFailuresTo(new PrintWriter(report), 20);
                throw new AssertionError(className + " did not pass:\n" + report);
            }
            return summary;
        } catch (ClassNotFoundException e) {
            throw new AssertionError(className + " was not compiled: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
