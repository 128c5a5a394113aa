package dev.retort.schema.model;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** UserTypes names the user-defined types a data type refers to, as {@link ObjectId#type} ids. */
final class UserTypes {

    private UserTypes() {
    }

    static Set<ObjectId> of(DataType type) {
        DataType element = type instanceof ArrayType array ? array.element() : type;
        return element instanceof UserDefinedType udt ? Set.of(ObjectId.type(udt.name())) : Set.of();
    }

    static Set<ObjectId> of(Collection<DataType> types) {
        Set<ObjectId> all = new TreeSet<>();
        types.forEach(t -> all.addAll(of(t)));
        return all;
    }
}
