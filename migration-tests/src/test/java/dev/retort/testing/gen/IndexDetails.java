package dev.retort.testing.gen;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * IndexDetails implements {@link Edit.IndexDetail}: an index's comment (0), its fillfactor (1, for the methods that
 * have one) or the collation of a text key part (2, btree).
 */
final class IndexDetails {

    private static final List<String> FILLFACTOR_METHODS = List.of("btree", "hash", "spgist");

    private IndexDetails() {
    }

    static SchemaModel change(SchemaModel m, int tablePick, int indexPick, int detail, int pick, String comment) {
        if (m.tables().isEmpty()) {
            return m;
        }
        Table t = m.tables().get(Math.floorMod(tablePick, m.tables().size()));
        if (t.indexes().isEmpty()) {
            return m;
        }
        Index ix = t.indexes().get(Math.floorMod(indexPick, t.indexes().size()));
        Index changed = switch (detail) {
            case 0 -> ix.withComment(comment);
            case 1 -> !FILLFACTOR_METHODS.contains(ix.method()) ? ix : ix.withStorageParameters(
                    ix.storageParameters().isEmpty() ? List.of("fillfactor=" + (50 + Math.floorMod(pick, 50))) : List.of());
            default -> collated(t, ix, pick);
        };
        return ModelEditor.replace(m, t.withIndexes(t.indexes().stream().map(x -> x == ix ? changed : x).toList()));
    }

    /** Toggles COLLATE "C" on the first plain text key part of a btree index with default operator classes. */
    private static Index collated(Table t, Index ix, int pick) {
        if (!ix.method().equals("btree")) {
            return ix;
        }
        List<IndexElement> elements = new ArrayList<>(ix.elements());
        for (int i = 0; i < elements.size(); i++) {
            IndexElement e = elements.get(i);
            if (!e.isExpression() && e.operatorClass() == null && t.column(e.column())
                    .map(c -> c.type() instanceof BuiltinType b && b.name().equals("text") && c.collation() == null)
                    .orElse(false)) {
                elements.set(i, e.withCollation(e.collation() != null ? null
                        : QualifiedName.of("pg_catalog", pick % 2 == 0 ? "C" : "POSIX")));
                return ix.withParts(elements, ix.include());
            }
        }
        return ix;
    }
}
