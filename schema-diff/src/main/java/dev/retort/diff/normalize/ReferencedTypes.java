package dev.retort.diff.normalize;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.RangeType;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UserDefinedType;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * ReferencedTypes finds the user-defined types a model uses but does not declare (extension types, domains and
 * composite types declared elsewhere):
 * they must exist before the model can be created.
 */
final class ReferencedTypes {

    private ReferencedTypes() {
    }

    /** Each undeclared type, with the first column that uses it (for messages), sorted by type name. */
    static Map<QualifiedName, String> undeclared(SchemaModel model) {
        Set<QualifiedName> declared = model.enums().stream().map(EnumType::name)
                .collect(Collectors.toCollection(HashSet::new));
        // declared domains, composite and range types (and the multirange a range type brings)
        model.objects().stream().filter(o -> o.id().kind().isUserType()).forEach(o -> declared.add(o.id().name()));
        model.objects(RangeType.class).forEach(r -> declared.add(QualifiedName.of(r.name().schema(), r.multirange())));
        Map<QualifiedName, String> used = new TreeMap<>();
        for (Table table : model.tables()) {
            for (Column column : table.columns()) {
                QualifiedName type = userType(column.type());
                if (type != null && !declared.contains(type)) {
                    used.putIfAbsent(type, table.name() + "." + column.name());
                }
            }
        }
        // what the other kinds' own data names: a domain over citext needs the extension type too
        for (SchemaObject object : model.objects()) {
            object.uses().stream().map(ObjectId::name).filter(type -> !declared.contains(type))
                    .forEach(type -> used.putIfAbsent(type, object.id().toString()));
        }
        return used;
    }

    private static QualifiedName userType(DataType type) {
        if (type instanceof ArrayType array) {
            return userType(array.element());
        }
        return type instanceof UserDefinedType user ? user.name() : null;
    }
}
