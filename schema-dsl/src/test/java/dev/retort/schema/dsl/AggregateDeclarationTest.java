package dev.retort.schema.dsl;

import dev.retort.schema.model.Aggregate;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Aggregates in the DSL: the record, the problems named, and the Java source that declares them again. */
class AggregateDeclarationTest {

    @TempDir
    Path dir;

    @Test
    void anAggregateIsDeclaredByItsArgumentsAndOptions() {
        SchemaModel model = Schema.define(s -> s.inSchema("stats").aggregate("total", "integer",
                "SFUNC = int4pl, STYPE = integer").comment("a sum"));
        assertEquals(List.of(new Aggregate(QualifiedName.of("stats", "total"), "integer", "integer",
                "SFUNC = int4pl, STYPE = integer", "a sum")), model.objects(Aggregate.class));
        assertEquals("aggregate stats.total(integer)", model.objects().get(0).id().toString());
    }

    @Test
    void anAggregateWithoutAStateFunctionOrNameIsAProblem() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            s.aggregate("broken", "integer", "STYPE = integer");
            s.aggregate(" ", "integer", "SFUNC = int4pl, STYPE = integer");
        }));
        assertTrue(e.getMessage().contains("aggregate public.broken: the options need SFUNC and STYPE"), e.getMessage());
        assertTrue(e.getMessage().contains("aggregate in schema public: the name is empty"), e.getMessage());
    }

    @Test
    void writtenSourceDeclaresTheAggregateAgain() throws Exception {
        SchemaModel model = Schema.define(s -> s.aggregate("concat_all", "text",
                "SFUNC = textcat, STYPE = text, INITCOND = ''''").comment("it's all text"));
        String source = JavaSourceWriter.write(model, "com.example", "WithAggregate");
        assertTrue(source.contains("s.aggregate(\"concat_all\", \"text\", \"SFUNC = textcat, STYPE = text, INITCOND = ''''\")"),
                source);
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "WithAggregate", dir));
    }
}
