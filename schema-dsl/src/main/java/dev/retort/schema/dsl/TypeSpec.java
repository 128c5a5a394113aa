package dev.retort.schema.dsl;

import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;

/**
 * TypeSpec is the DSL's own SqlType: a model type plus what validation needs to know about how it was declared,
 * so that a bad parameter or an undeclared enum is reported with every other problem at build time.
 *
 * @param dataType    the model type
 * @param problem     what is wrong with the declaration ("precision must be between 1 and 1000"), or null
 * @param enumByName  the enum this type names with {@link Types#enumType}, which must be declared, or null
 * @param enumHandle  the enum handle this type is (or is an array of), which must belong to this schema, or null
 */
record TypeSpec(DataType dataType, String problem, QualifiedName enumByName, EnumRef enumHandle) implements SqlType {

    static TypeSpec of(DataType dataType) {
        return new TypeSpec(dataType, null, null, null);
    }

    @Override
    public String toString() {
        return dataType.sql();
    }
}
