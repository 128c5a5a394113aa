package dev.retort.schema.dsl;

import dev.retort.schema.model.SchemaComment;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comments on schemas in the DSL: the records they build, the default refused, their Java source. */
class SchemaCommentDeclarationTest {

    @TempDir
    Path dir;

    @Test
    void aCommentPerSchema() {
        SchemaModel model = Schema.define(s -> {
            s.schemaComment("our tables");
            s.inSchema("app").schemaComment("the application's");
        });
        assertEquals(List.of(new SchemaComment("app", "the application's"), new SchemaComment("public", "our tables")),
                model.objects(SchemaComment.class));
    }

    @Test
    void theDefaultCommentIsNamedAsAMistake() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            s.schemaComment("standard public schema");
            s.inSchema("app").schemaComment(null);
        }));
        assertTrue(e.getMessage().contains("schema public: the comment 'standard public schema' is PostgreSQL's default"),
                e.getMessage());
        assertTrue(e.getMessage().contains("schema app: the comment null is PostgreSQL's default"), e.getMessage());
    }

    @Test
    void writtenSourceDeclaresThemAgain() throws Exception {
        SchemaModel model = Schema.define(s -> {
            s.schemaComment("our tables");
            s.inSchema("app").schemaComment("it's \"quoted\"");
        });
        String source = JavaSourceWriter.write(model, "com.example", "WithSchemaComments");
        assertTrue(source.contains("s.inSchema(\"app\").schemaComment("), source);
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "WithSchemaComments", dir));
    }
}
