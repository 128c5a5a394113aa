package dev.retort.diff.compare;

import dev.retort.diff.change.AlterObject;
import dev.retort.diff.change.CreateObject;
import dev.retort.diff.change.DropObject;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.CompositeAttribute;
import dev.retort.schema.model.CompositeType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UserDefinedType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * UserTypeChanges refuses the changes of a domain, composite or range type that PostgreSQL cannot make while columns
 * use the type: dropping and creating it again (a domain's new base type, a range's new subtype), and changing the
 * type of a composite type's attribute. The columns that keep the type on both sides are named with what to do;
 * a column dropped or retyped away in the same change does not count, as it goes first.
 */
final class UserTypeChanges {

    private UserTypeChanges() {
    }

    /** @throws RefusedChangeException naming the type, what changes, the columns using it and the way out */
    static void check(SchemaModel from, SchemaModel to, List<SchemaChange> changes) {
        Set<ObjectId> dropped = new TreeSet<>();
        changes.stream().filter(DropObject.class::isInstance).map(c -> ((DropObject) c).object().id())
                .forEach(dropped::add);
        for (SchemaChange change : changes) {
            if (change instanceof CreateObject create && dropped.contains(create.object().id())
                    && create.object().id().kind().isUserType()) {
                SchemaObject old = from.object(create.object().id()).orElseThrow();
                refuseIfUsed(from, to, old.id(), what(old, create.object()), "declare a new type under another name,"
                        + " move the columns to it and drop this one afterwards; or change those columns to another"
                        + " type first, in a migration of its own");
            } else if (change instanceof AlterObject alter && alter.from() instanceof CompositeType before) {
                String retyped = retypedAttributes(before, (CompositeType) alter.to());
                if (!retyped.isEmpty()) {
                    refuseIfUsed(from, to, before.id(), retyped, "add an attribute under a new name instead and"
                            + " drop the old one later; or change those columns to another type first, in a migration"
                            + " of its own");
                }
            }
        }
    }

    private static void refuseIfUsed(SchemaModel from, SchemaModel to, ObjectId type, String what, String fix) {
        List<String> columns = new ArrayList<>();
        for (Table table : from.tables()) {
            Table after = to.table(table.name()).orElse(null);
            for (Column column : table.columns()) {
                Column kept = after == null ? null : after.column(column.name()).orElse(null);
                if (names(column.type(), type.name()) && kept != null && names(kept.type(), type.name())) {
                    columns.add(table.name() + "." + column.name());
                }
            }
        }
        if (!columns.isEmpty()) {
            throw new RefusedChangeException(type + ": " + what + ", which PostgreSQL cannot do while columns use the"
                    + " type, and " + String.join(", ", columns) + " use it: " + fix);
        }
    }

    private static String what(SchemaObject before, SchemaObject after) {
        if (before instanceof Domain a && after instanceof Domain b) {
            return !a.baseType().equals(b.baseType()) ? "the base type changes from " + a.baseType().sql() + " to "
                    + b.baseType().sql() : "the collation changes";
        }
        if (before instanceof CompositeType) {
            return "its attributes change in a way ALTER TYPE cannot undo in place (an attribute added, dropped or moved"
                    + " before others), so it must be dropped and created again";
        }
        return "it must be dropped and created again to change (PostgreSQL alters none of a range type's options)";
    }

    private static String retypedAttributes(CompositeType before, CompositeType after) {
        List<String> retyped = new ArrayList<>();
        for (CompositeAttribute attribute : before.attributes()) {
            after.attribute(attribute.name()).filter(a -> !a.type().equals(attribute.type())
                            || !Objects.equals(a.collation(), attribute.collation()))
                    .ifPresent(a -> retyped.add("attribute " + a.name() + " changes from " + attribute.type().sql()
                            + " to " + a.type().sql()));
        }
        return String.join(", ", retyped);
    }

    private static boolean names(DataType type, QualifiedName name) {
        DataType element = type instanceof ArrayType array ? array.element() : type;
        return element instanceof UserDefinedType udt && udt.name().equals(name);
    }
}
