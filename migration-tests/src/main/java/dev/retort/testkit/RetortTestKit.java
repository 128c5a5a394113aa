package dev.retort.testkit;

import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.model.SchemaModel;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * RetortTestKit proves a project's migrations in its own test suite: every migration's downgrade restores the
 * schema before it, and the chain builds exactly the declared schema. Against the embedded PostgreSQL by
 * default, {@code RETORT_TEST_DATABASE_URL} when set, Testcontainers with {@code -Dretort.test.db=testcontainers}.
 *
 * <pre>{@code
 * @Test
 * void migrationsRoundTrip() {
 *     RetortTestKit.roundTrip("classpath:db/migration");
 *     RetortTestKit.checkMigrations(VibesSchema.class, "classpath:db/migration");
 * }
 * }</pre>
 *
 * Or annotate a test method with {@link RetortRoundTrip}.
 */
public final class RetortTestKit {

    private RetortTestKit() {
    }

    /** The chain of migrations in {@code locations} (folders, or {@code classpath:} folders), to configure further. */
    public static MigrationChain migrations(String... locations) {
        return new MigrationChain(List.of(locations), List.of("public"), "public", "flyway_schema_history", null);
    }

    /** Round-trips every migration in {@code locations} on a fresh database; see {@link MigrationChain#roundTrip()}. */
    public static ChainReport roundTrip(String... locations) {
        return migrations(locations).roundTrip();
    }

    /** Checks that the migrations build the declared schema; see {@link MigrationChain#checkMigrations(SchemaModel)}. */
    public static void checkMigrations(Class<? extends SchemaDefinition> definition, String... locations) {
        migrations(locations).checkMigrations(definition);
    }

    static SchemaModel load(Class<? extends SchemaDefinition> definition) {
        try {
            return definition.getDeclaredConstructor().newInstance().schema();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(definition.getName() + " needs a public no-argument constructor so the"
                    + " test kit can create it", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(definition.getName() + ".schema() failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot create " + definition.getName() + ": " + e.getMessage(), e);
        }
    }
}
