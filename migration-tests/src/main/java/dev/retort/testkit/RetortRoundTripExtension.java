package dev.retort.testkit;

import dev.retort.schema.SchemaDefinition;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * RetortRoundTripExtension runs the checks of {@link RetortRoundTrip} before the annotated test's body and hands
 * the body the {@link ChainReport}.
 */
public final class RetortRoundTripExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RetortRoundTripExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        RetortRoundTrip settings = context.getRequiredTestMethod().getAnnotation(RetortRoundTrip.class);
        if (settings == null) {
            throw new IllegalStateException(RetortRoundTripExtension.class.getSimpleName() + " is meant for methods"
                    + " annotated with @RetortRoundTrip; annotate " + context.getRequiredTestMethod().getName());
        }
        MigrationChain chain = RetortTestKit.migrations(settings.locations()).schemas(settings.schemas());
        ChainReport report = chain.roundTrip();
        if (settings.schema() != SchemaDefinition.class) {
            chain.checkMigrations(settings.schema());
        }
        context.getStore(NAMESPACE).put(context.getUniqueId(), report);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChainReport.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(context.getUniqueId(), ChainReport.class);
    }
}
