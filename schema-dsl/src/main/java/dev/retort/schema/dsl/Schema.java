package dev.retort.schema.dsl;

import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.naming.NamingConvention;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Schema is the entry point of the DSL: declare tables, types and sequences in a body and get back the
 * validated, fully named {@link SchemaModel}.
 *
 * <pre>{@code
 * import static dev.retort.schema.dsl.Types.*;
 *
 * SchemaModel model = Schema.define(s -> {
 *     TableRef users = s.table("users", t -> {
 *         t.column("id", uuid()).primaryKey().defaultSql("gen_random_uuid()");
 *         t.column("email", text()).notNull().unique();
 *     });
 *     s.table("posts", t -> {
 *         t.column("id", bigint()).primaryKey().generatedAlwaysAsIdentity();
 *         t.column("author_id", uuid()).notNull().references(users.column("id"));
 *     });
 * });
 * }</pre>
 */
public final class Schema {

    private Schema() {
    }

    /** Runs {@code body} against a fresh builder with the default naming convention and builds the model. */
    public static SchemaModel define(Consumer<SchemaBuilder> body) {
        return define(NamingConvention.defaults(), body);
    }

    /** Like {@link #define(Consumer)} with a naming convention of your own. */
    public static SchemaModel define(NamingConvention naming, Consumer<SchemaBuilder> body) {
        SchemaBuilder builder = builder(naming);
        Objects.requireNonNull(body, "body").accept(builder);
        return builder.build();
    }

    /** A builder with the default naming convention, for declarations spread over several methods. */
    public static SchemaBuilder builder() {
        return builder(NamingConvention.defaults());
    }

    /** A builder with the given naming convention. */
    public static SchemaBuilder builder(NamingConvention naming) {
        return new SchemaBuilder(naming);
    }
}
