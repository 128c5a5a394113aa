package dev.retort.testing.gen;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.IdentityOptions;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;

import java.util.List;
import java.util.function.Predicate;

/**
 * ColumnDetails implements {@link Edit.ColumnDetail}: a collation on a text column that nothing else depends on,
 * identity sequence options or name, or a storage strategy or compression method on a variable-length column.
 */
final class ColumnDetails {

    private static final List<String> COLLATIONS = List.of("C", "POSIX");
    private static final List<String> VARLENA = List.of("text", "character varying", "bytea", "jsonb");

    private ColumnDetails() {
    }

    static SchemaModel change(SchemaModel m, int tablePick, int columnPick, int detail, int pick) {
        if (m.tables().isEmpty()) {
            return m;
        }
        Table t = m.tables().get(Math.floorMod(tablePick, m.tables().size()));
        Predicate<Column> fits = switch (detail) {
            case 0 -> c -> collatable(c.type()) && independent(m, t, c.name());
            case 1 -> c -> c.identity() != null;
            default -> c -> VARLENA.stream().anyMatch(v -> base(c.type()).startsWith(v));
        };
        Column c = ModelEditor.pick(t.columns(), columnPick, fits);
        if (c == null) {
            return m;
        }
        Column changed = switch (detail) {
            case 0 -> c.withCollation(c.collation() != null ? null
                    : QualifiedName.of("pg_catalog", COLLATIONS.get(Math.floorMod(pick, COLLATIONS.size()))));
            // a third of the time the sequence's name instead (as a table renamed by hand leaves it)
            case 1 -> pick % 3 == 0 ? c.withIdentitySequence(c.identitySequence() != null ? null
                    : Identifiers.madeName(t.name().name(), c.name(), "ids"))
                    : c.withIdentityOptions(c.identityOptions() != null ? null
                    : IdentityOptions.of(((BuiltinType) c.type()).name(), 1L + Math.floorMod(pick, 50),
                    1L + Math.floorMod(pick, 5), null, null, 1L + Math.floorMod(pick, 3), pick % 2 == 0));
            default -> pick % 2 == 0
                    ? c.withStorage(c.storage() != null ? null : pick % 4 == 0 ? "external" : "main")
                    : c.withCompression(c.compression() != null ? null : "pglz");
        };
        return ModelEditor.replace(m, t.withColumns(t.columns().stream().map(x -> x == c ? changed : x).toList()));
    }

    private static boolean collatable(DataType type) {
        String name = base(type);
        return name.equals("text") || name.startsWith("character varying");
    }

    private static String base(DataType type) {
        DataType element = type instanceof ArrayType array ? array.element() : type;
        return element instanceof BuiltinType builtin ? builtin.name() : "";
    }

    /** A collation change is an ALTER COLUMN TYPE: nothing may depend on the column beyond plain indexes. */
    private static boolean independent(SchemaModel m, Table t, String column) {
        boolean inExpressions = t.checkConstraints().stream().anyMatch(x -> ModelEditor.mentions(x.expression(), column))
                || t.columns().stream().anyMatch(x -> ModelEditor.mentions(x.generatedExpression(), column))
                || t.indexes().stream().anyMatch(ix -> ModelEditor.mentions(ix.predicate(), column)
                || ix.elements().stream().anyMatch(e -> ModelEditor.mentions(e.expression(), column)
                || column.equals(e.column()) && (e.operatorClass() != null || e.collation() != null)));
        boolean inForeignKeys = t.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))
                || m.tables().stream().flatMap(x -> x.foreignKeys().stream())
                .anyMatch(f -> f.referencedTable().equals(t.name()) && f.referencedColumns().contains(column));
        return !inExpressions && !inForeignKeys && t.columns().stream().noneMatch(x -> x.name().equals(column)
                && x.generatedExpression() != null);
    }
}
