package dev.retort.testing.gen;

import dev.retort.schema.model.Extension;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Routine;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ObjectEdits are the random edits of the objects beside the tables (extensions ...), interpreted against the
 * current model like the table edits: a pick selects modulo the choices, and an edit that does not apply is a no-op.
 */
final class ObjectEdits {

    // contrib extensions whose objects cannot collide with generated names: functions and operator classes, and
    // pg_trgm's one type gtrgm (a table of that name would clash with it; see below)
    private static final List<String> EXTENSIONS = List.of("pg_trgm", "fuzzystrmatch", "btree_gin");
    private static final Set<String> EXTENSION_TYPES = Set.of("gtrgm");

    private ObjectEdits() {
    }

    /** Adds the picked extension (with the comment, when given) or drops it when the model has it. */
    static SchemaModel toggleExtension(SchemaModel m, int pick, String comment) {
        String name = EXTENSIONS.get(Math.floorMod(pick, EXTENSIONS.size()));
        List<SchemaObject> objects = new ArrayList<>(m.objects());
        boolean present = objects.removeIf(o -> o instanceof Extension e && e.name().equals(name));
        if (!present) {
            boolean clash = m.tables().stream().anyMatch(t -> EXTENSION_TYPES.contains(t.name().name()))
                    || m.enums().stream().anyMatch(e -> EXTENSION_TYPES.contains(e.name().name()));
            if (clash || !m.schemas().contains("public")) {
                return m;
            }
            objects.add(new Extension(name, "public", null, comment));
        }
        return m.withObjects(objects);
    }

    /**
     * Adds function {@code f_<k>()} (with the comment, when given), or, when the model has it, drops it (even pick)
     * or gives it another body in place (odd pick).
     */
    static SchemaModel toggleFunction(SchemaModel m, int pick, String comment) {
        if (!m.schemas().contains("public")) {
            return m;
        }
        QualifiedName name = QualifiedName.of("public", "f_" + Math.floorMod(pick, 3));
        List<SchemaObject> objects = new ArrayList<>(m.objects());
        boolean present = objects.removeIf(o -> o instanceof Routine r && r.name().equals(name));
        if (present && Math.floorMod(pick, 2) == 0) {
            return m.withObjects(objects);
        }
        objects.add(new Routine(ObjectKind.FUNCTION, name, "", "", "integer", "sql", true, "CREATE FUNCTION "
                + name + "() RETURNS integer LANGUAGE sql IMMUTABLE RETURN " + Math.abs(pick % 1000), comment));
        return m.withObjects(objects);
    }
}
