package dev.retort.schema.dsl;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CompositeAttribute;
import dev.retort.schema.model.CompositeType;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.DomainCheck;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.RangeType;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.UserDefinedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.dsl.Types.bigint;
import static dev.retort.schema.dsl.Types.doublePrecision;
import static dev.retort.schema.dsl.Types.integer;
import static dev.retort.schema.dsl.Types.numeric;
import static dev.retort.schema.dsl.Types.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domains, composite types and range types in the DSL: their models, their use as column types, problems, Java source. */
class UserTypeDeclarationTest {

    @TempDir
    Path dir;

    private static SchemaModel shop() {
        return Schema.define(s -> {
            DomainBuilder email = s.domain("email", text()).notNull().defaultValue("n/a")
                    .check("email_format", "VALUE ~ '@' OR VALUE = 'n/a'").comment("an address");
            DomainBuilder quantity = s.inSchema("sales").domain("quantity", integer()).check("positive", "VALUE > 0")
                    .checkNotValid("small", "VALUE < 1000");
            CompositeTypeBuilder item = s.inSchema("sales").compositeType("line_item", a -> a
                    .attribute("product", text()).collate("C")
                    .attribute("quantity", quantity)
                    .attribute("price", numeric(12, 2)));
            RangeTypeBuilder floats = s.rangeType("floatrange", doublePrecision()).subtypeDiff("float8mi");
            s.table("orders", t -> {
                t.column("id", bigint()).primaryKey();
                t.column("contact", email);
                t.column("items", item.array());
                t.column("window", floats);
                t.column("windows", floats.multirange());
            });
        });
    }

    @Test
    void typesBecomeTheirRecordsAndColumnsNameThem() {
        SchemaModel model = shop();
        assertEquals(List.of(new Domain(QualifiedName.of("public", "email"), new BuiltinType("text"), "'n/a'::text", true,
                        null, List.of(new DomainCheck("email_format", "VALUE ~ '@' OR VALUE = 'n/a'", false)), "an address"),
                new Domain(QualifiedName.of("sales", "quantity"), new BuiltinType("integer"), null, false, null,
                        List.of(new DomainCheck("positive", "VALUE > 0", false), new DomainCheck("small", "VALUE < 1000", true)),
                        null)), model.objects(Domain.class));
        assertEquals(List.of(new CompositeType(QualifiedName.of("sales", "line_item"), List.of(
                new CompositeAttribute("product", new BuiltinType("text"), QualifiedName.of("pg_catalog", "C")),
                new CompositeAttribute("quantity", new UserDefinedType(QualifiedName.of("sales", "quantity"))),
                new CompositeAttribute("price", new BuiltinType("numeric(12,2)"))), null)), model.objects(CompositeType.class));
        assertEquals(List.of(new RangeType(QualifiedName.of("public", "floatrange"), new BuiltinType("double precision"),
                null, null, null, "float8mi", null, null)), model.objects(RangeType.class));
        var orders = model.table(QualifiedName.of("public", "orders")).orElseThrow();
        assertEquals("public.email", orders.column("contact").orElseThrow().type().toString());
        assertEquals("sales.line_item[]", orders.column("items").orElseThrow().type().toString());
        assertEquals("public.floatmultirange", orders.column("windows").orElseThrow().type().toString());
        assertTrue(model.schemas().contains("sales"), model.schemas().toString());
    }

    @Test
    void badDeclarationsAreNamedTogether() {
        SchemaValidationException e = assertThrows(SchemaValidationException.class, () -> Schema.define(s -> {
            s.domain("code", text()).check("c", "VALUE <> ''").check("c", "length(VALUE) < 9");
            s.domain(" ", text());
            s.compositeType("pair", a -> a.attribute("a", integer()).attribute("a", integer()));
            s.compositeType("loop", a -> a.attribute("self", Types.named("public", "loop")));
            s.rangeType("numrange2", Types.builtin("int4"));
            s.domain("zip", text());
            s.domain("zip", integer());
        }));
        String message = e.getMessage();
        assertTrue(message.contains("domain code: check c is declared twice"), message);
        assertTrue(message.contains("domain in schema public: the name is empty"), message);
        assertTrue(message.contains("composite type pair: attribute a is declared twice"), message);
        assertTrue(message.contains("composite type loop: attribute self has the type itself"), message);
        assertTrue(message.contains("range type numrange2: subtype int4: PostgreSQL spells int4 as integer"), message);
        assertTrue(message.contains("domain public.zip: declared twice"), message);
    }

    @Test
    void writtenSourceDeclaresTheTypesBeforeTheTablesThatUseThem() throws Exception {
        SchemaModel model = shop();
        String source = JavaSourceWriter.write(model, "com.example", "WithTypes");
        assertTrue(source.contains("emailType = s.domain(\"email\", text()).notNull().defaultSql(\"'n/a'::text\")"), source);
        assertTrue(source.indexOf("salesQuantityType = ") < source.indexOf("salesLineItemType = "),
                "the domain before the composite type using it: " + source);
        assertTrue(source.contains(".attribute(\"quantity\", salesQuantityType)"), source);
        assertTrue(source.contains("t.column(\"items\", salesLineItemType.array())"), source);
        assertEquals(model, GeneratedSources.compileAndRun(source, "com.example", "WithTypes", dir));
    }
}
