package dev.retort.diff.compare;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.change.AlterObject;
import dev.retort.diff.change.CreateObject;
import dev.retort.diff.change.DropObject;
import dev.retort.diff.change.RefusedChangeException;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.CompositeAttribute;
import dev.retort.schema.model.CompositeType;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UserDefinedType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What PostgreSQL cannot do to a user type while columns use it is refused, naming the type, the columns and the fix. */
class UserTypeChangesTest {

    private static final QualifiedName YEAR = QualifiedName.of("public", "year");
    private static final QualifiedName ADDRESS = QualifiedName.of("public", "address");
    private static final QualifiedName FILM = QualifiedName.of("public", "film");

    private final DiffEngine engine = new DiffEngine();

    private static Domain year(String base) {
        return new Domain(YEAR, new BuiltinType(base), null, false, null, List.of(), null);
    }

    private static SchemaModel model(SchemaObject type, QualifiedName columnType) {
        List<Table> tables = columnType == null ? List.of() : List.of(Table.named(FILM).withColumns(List.of(
                Column.of("release_year", (DataType) new UserDefinedType(columnType)))));
        return SchemaModel.empty().withTables(tables).withObjects(List.of(type));
    }

    @Test
    void aDomainsBaseTypeChangeUnderAColumnIsRefused() {
        RefusedChangeException e = assertThrows(RefusedChangeException.class,
                () -> engine.diff(model(year("integer"), YEAR), model(year("bigint"), YEAR)));
        assertTrue(e.getMessage().startsWith("domain public.year: the base type changes from integer to bigint"),
                e.getMessage());
        assertTrue(e.getMessage().contains("public.film.release_year use it"), e.getMessage());
        assertTrue(e.getMessage().contains("declare a new type under another name"), e.getMessage());
    }

    @Test
    void anUnusedDomainOrOneWhoseColumnGoesIsDroppedAndCreated() {
        assertEquals(List.of(new DropObject(year("integer")), new CreateObject(year("bigint"))),
                engine.diff(model(year("integer"), null), model(year("bigint"), null)).changes());
        // the column is dropped in the same change: it goes first
        assertTrue(engine.diff(model(year("integer"), YEAR), model(year("bigint"), null)).changes()
                .contains(new CreateObject(year("bigint"))));
    }

    @Test
    void anAttributeRetypedUnderAColumnIsRefusedAndAddingOneIsNot() {
        CompositeType before = new CompositeType(ADDRESS, List.of(new CompositeAttribute("zip", new BuiltinType("integer"))), null);
        CompositeType retyped = before.withAttributes(List.of(new CompositeAttribute("zip", new BuiltinType("text"))));
        RefusedChangeException e = assertThrows(RefusedChangeException.class,
                () -> engine.diff(model(before, ADDRESS), model(retyped, ADDRESS)));
        assertTrue(e.getMessage().startsWith("composite type public.address: attribute zip changes from integer to text"),
                e.getMessage());
        CompositeType added = before.withAttributes(List.of(new CompositeAttribute("zip", new BuiltinType("integer")),
                new CompositeAttribute("city", new BuiltinType("text"))));
        assertEquals(List.of(new AlterObject(before, added)),
                engine.diff(model(before, ADDRESS), model(added, ADDRESS)).changes());
    }
}
