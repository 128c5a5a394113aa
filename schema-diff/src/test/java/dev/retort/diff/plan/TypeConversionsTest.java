package dev.retort.diff.plan;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UserDefinedType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypeConversionsTest {

    @ParameterizedTest(name = "{0} -> {1}: widening {2}, no rewrite {3}")
    @CsvSource(delimiter = '|', value = {
            "integer | bigint | true | false",
            "bigint | integer | false | false",
            "smallint | numeric | true | false",
            "integer | numeric(12,2) | true | false",
            "integer | numeric(9,0) | false | false",
            "character varying(20) | character varying(30) | true | true",
            "character varying(20) | character varying(10) | false | false",
            "character varying(20) | text | true | true",
            "text | character varying | true | true",
            "text | character varying(5) | false | false",
            "numeric(10,2) | numeric(12,2) | true | true",
            "numeric(10,2) | numeric(10,1) | false | false",
            "numeric(10,2) | numeric | true | true",
            "numeric | numeric(10,2) | false | false",
            "timestamp(3) without time zone | timestamp without time zone | true | true",
            "timestamp without time zone | timestamp with time zone | true | false",
            "timestamp with time zone | timestamp without time zone | false | false",
            "real | double precision | true | false",
            "jsonb | json | true | false",
            "json | jsonb | false | false",
            "integer | text | true | false",
            "text | integer | false | false",
            "uuid | text | true | false"})
    void classifies(String from, String to, boolean widening, boolean coercible) {
        assertEquals(widening, TypeConversions.isWidening(new BuiltinType(from), new BuiltinType(to)));
        assertEquals(coercible, TypeConversions.isBinaryCoercible(new BuiltinType(from), new BuiltinType(to)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"enum to text", "enum to other enum"})
    void userDefinedTypes(String name) {
        DataType mood = new UserDefinedType(QualifiedName.of("public", "mood"));
        DataType feeling = new UserDefinedType(QualifiedName.of("public", "feeling"));
        assertEquals(true, TypeConversions.isWidening(mood, new BuiltinType("text")));
        assertEquals(false, TypeConversions.isWidening(mood, feeling));
        assertEquals(true, TypeConversions.isWidening(new ArrayType(new BuiltinType("integer")), new ArrayType(new BuiltinType("bigint"))));
    }
}
