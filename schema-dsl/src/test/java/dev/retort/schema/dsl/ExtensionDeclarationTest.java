package dev.retort.schema.dsl;

import dev.retort.schema.model.Extension;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.dsl.Types.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extensions in the DSL: where they go, their options, the problems named, and their Java source. */
class ExtensionDeclarationTest {

    @TempDir
    Path dir;

    @Test
    void anExtensionGoesToTheSchemaItIsDeclaredIn() {
        SchemaModel model = Schema.define(s -> {
            s.extension("pg_trgm");
            s.inSchema("gis").extension("postgis").version("3.4.2").comment("maps");
            s.table("places", t -> t.column("name", text()));
        });
        assertEquals(List.of(new Extension("postgis", "gis", "3.4.2", "maps"), new Extension("pg_trgm", "public", null, null)),
                model.objects(Extension.class), "sorted by id: schema, then name");
        assertTrue(model.schemas().contains("gis"), "the extension's schema is managed: " + model.schemas());
    }

    @Test
    void anExtensionDeclaredTwiceOrWithoutANameIsAProblem() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            s.extension("citext");
            s.extension("citext");
            s.extension(" ");
            s.extension("hstore").version("");
        }));
        String message = e.getMessage();
        assertTrue(message.contains("extension citext: declared twice"), message);
        assertTrue(message.contains("the name is empty"), message);
        assertTrue(message.contains("extension hstore: the version is empty"), message);
    }

    @Test
    void writtenSourceDeclaresTheExtensionsAgain() throws Exception {
        SchemaModel model = Schema.define(s -> {
            s.extension("pg_trgm").comment("it's fuzzy");
            s.inSchema("ext").extension("hstore");
            s.table("t", t -> t.column("name", text()));
        });
        String source = JavaSourceWriter.write(model, "com.example", "WithExtensions");
        assertTrue(source.contains("s.extension(\"pg_trgm\").comment(\"it's fuzzy\");"), source);
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "WithExtensions", dir));
    }
}
