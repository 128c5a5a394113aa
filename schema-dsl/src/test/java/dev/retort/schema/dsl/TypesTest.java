package dev.retort.schema.dsl;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.UserDefinedType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.retort.schema.dsl.Types.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every DSL type produces PostgreSQL's format_type spelling in the model. */
class TypesTest {

    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of(smallint(), builtin("smallint").dataType()),
                Arguments.of(integer(), b("integer")),
                Arguments.of(bigint(), b("bigint")),
                Arguments.of(numeric(), b("numeric")),
                Arguments.of(numeric(12), b("numeric(12,0)")),
                Arguments.of(numeric(10, 2), b("numeric(10,2)")),
                Arguments.of(real(), b("real")),
                Arguments.of(doublePrecision(), b("double precision")),
                Arguments.of(bool(), b("boolean")),
                Arguments.of(text(), b("text")),
                Arguments.of(varchar(), b("character varying")),
                Arguments.of(varchar(20), b("character varying(20)")),
                Arguments.of(character(2), b("character(2)")),
                Arguments.of(uuid(), b("uuid")),
                Arguments.of(bytea(), b("bytea")),
                Arguments.of(date(), b("date")),
                Arguments.of(time(), b("time without time zone")),
                Arguments.of(time(3), b("time(3) without time zone")),
                Arguments.of(timetz(), b("time with time zone")),
                Arguments.of(timestamp(), b("timestamp without time zone")),
                Arguments.of(timestamp(0), b("timestamp(0) without time zone")),
                Arguments.of(timestamptz(), b("timestamp with time zone")),
                Arguments.of(timestamptz(3), b("timestamp(3) with time zone")),
                Arguments.of(interval(), b("interval")),
                Arguments.of(interval(2), b("interval(2)")),
                Arguments.of(json(), b("json")),
                Arguments.of(jsonb(), b("jsonb")),
                Arguments.of(text().array(), new ArrayType(b("text"))),
                Arguments.of(arrayOf(varchar(10)), new ArrayType(b("character varying(10)"))),
                Arguments.of(arrayOf(timestamptz()), new ArrayType(b("timestamp with time zone"))),
                Arguments.of(builtin("inet"), b("inet")),
                Arguments.of(named("public", "citext"), new UserDefinedType(QualifiedName.of("public", "citext"))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("types")
    void declaredTypeIsTheCanonicalModelType(SqlType declared, DataType expected) {
        assertEquals(expected, declared.dataType());
        assertEquals(expected, DslFixtures.table(t -> t.column("c", declared)).column("c").orElseThrow().type());
    }

    private static DataType b(String formatTypeName) {
        return new BuiltinType(formatTypeName);
    }
}
