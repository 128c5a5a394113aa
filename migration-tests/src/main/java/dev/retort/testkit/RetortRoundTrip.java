package dev.retort.testkit;

import dev.retort.schema.SchemaDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * RetortRoundTrip makes a method a JUnit 5 test that, before its body runs, round-trips every migration in
 * {@link #locations()} and, when {@link #schema()} is given, checks that the chain builds that declared schema.
 * The body may take a {@link ChainReport} parameter to assert more.
 *
 * <pre>{@code
 * class MigrationsTest {
 *     @RetortRoundTrip(schema = VibesSchema.class, locations = "classpath:db/migration")
 *     void migrationsAreReversibleAndMatchTheSchema(ChainReport report) {
 *         assertFalse(report.migrations().isEmpty());
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(RetortRoundTripExtension.class)
public @interface RetortRoundTrip {

    /** Migration folders, or {@code classpath:} folders. */
    String[] locations();

    /** The declared schema the chain must build; {@link SchemaDefinition} itself (the default) skips that check. */
    Class<? extends SchemaDefinition> schema() default SchemaDefinition.class;

    /** Schemas the migrations manage. */
    String[] schemas() default "public";
}
