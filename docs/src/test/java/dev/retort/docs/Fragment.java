package dev.retort.docs;

/**
 * Fragment wraps a ```java fragment block of the guide (DSL statements on a {@code SchemaBuilder s}) into a
 * SchemaDefinition class, so the guide can show the lines that matter and the tests still compile and build them.
 * The template imports what every DSL example uses; a fragment needs nothing else.
 *
 * <pre>{@code
 * String source = Fragment.wrap("Example12", "s.table(\"users\", t -> t.column(\"id\", uuid()).primaryKey());");
 * }</pre>
 */
final class Fragment {

    /** Package of the wrapped fragments. */
    static final String PACKAGE = "dev.retort.docs.fragments";

    private Fragment() {
    }

    /** A compilation unit declaring {@code PACKAGE.className}, whose {@code schema()} runs {@code statements}. */
    static String wrap(String className, String statements) {
        return """
                package %s;

                import dev.retort.schema.SchemaDefinition;
                import dev.retort.schema.dsl.*;
                import dev.retort.schema.model.*;
                import dev.retort.schema.naming.NamingConvention;

                import static dev.retort.schema.dsl.IndexPart.*;
                import static dev.retort.schema.dsl.Types.*;
                import static dev.retort.schema.model.ReferentialAction.*;

                @SuppressWarnings("unused")
                public final class %s implements SchemaDefinition {
                    @Override
                    public SchemaModel schema() {
                        SchemaBuilder s = Schema.builder();
                %s
                        return s.build();
                    }
                }
                """.formatted(PACKAGE, className, statements.indent(8).stripTrailing());
    }
}
