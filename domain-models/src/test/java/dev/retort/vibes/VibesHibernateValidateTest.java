package dev.retort.vibes;

import dev.retort.postgres.TestDatabase;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.vibes.entity.VibesEntities;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.SelectableConsumer;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The entities and the schema agree: Hibernate starts with {@code hbm2ddl.auto=validate} on a real
 * PostgreSQL built from {@link VibesSchema}, maps every table, and refuses to start when the schema lacks a
 * mapped column (so the passing start means something). Beyond what validation checks, every column of
 * every table is mapped, with the same nullability.
 */
class VibesHibernateValidateTest {

    private static TestDatabase db;
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void createSchemaAndBootHibernate() throws SQLException {
        db = VibesDatabase.create();
        sessionFactory = VibesDatabase.sessionFactory(db);
    }

    @AfterAll
    static void close() {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void hibernateMapsEveryTableWithOneEntity() {
        Set<String> mapped = new TreeSet<>();
        for (EntityType<?> entity : sessionFactory.getMetamodel().getEntities()) {
            EntityMappingType mapping = sessionFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                    .getEntityDescriptor(entity.getJavaType());
            mapped.add(((AbstractEntityPersister) mapping.getEntityPersister()).getTableName());
        }
        SchemaModel model = new VibesSchema().schema();
        Set<String> tables = model.tables().stream().map(t -> t.name().name())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(tables, mapped);
        assertEquals(21, VibesEntities.all().size());
    }

    @Test
    void everyEntityMapsEveryColumnOfItsTableWithItsNullability() {
        SchemaModel model = new VibesSchema().schema();
        SessionFactoryImplementor factory = sessionFactory.unwrap(SessionFactoryImplementor.class);
        for (Class<?> entity : VibesEntities.all()) {
            AbstractEntityPersister persister = (AbstractEntityPersister) factory.getMappingMetamodel()
                    .getEntityDescriptor(entity);
            Map<String, Boolean> mapped = new TreeMap<>();
            SelectableConsumer collect = (index, selectable) ->
                    mapped.merge(selectable.getSelectionExpression(), selectable.isNullable(), Boolean::logicalAnd);
            persister.getIdentifierMapping().forEachSelectable(collect);
            persister.forEachSelectable(collect);
            Table table = model.table(QualifiedName.of("public", persister.getTableName())).orElseThrow();
            Map<String, Boolean> declared = new TreeMap<>();
            table.columns().forEach(c -> declared.put(c.name(), c.nullable()));
            assertEquals(declared, mapped, entity.getSimpleName() + " columns (name=nullable)");
        }
    }

    @Test
    void validationFailsWhenTheSchemaLacksAMappedColumn() throws SQLException {
        SchemaModel model = new VibesSchema().schema();
        Table users = model.table(QualifiedName.of("public", "users")).orElseThrow();
        List<Column> withoutLastName = users.columns().stream()
                .filter(col -> !col.name().equals("last_name")).toList();
        SchemaModel broken = model.withTables(model.tables().stream()
                .map(t -> t == users ? t.withColumns(withoutLastName) : t).toList());
        try (TestDatabase other = VibesDatabase.create(broken)) {
            SchemaManagementException e = assertThrows(SchemaManagementException.class,
                    () -> VibesDatabase.sessionFactory(other).close());
            assertTrue(e.getMessage().contains("last_name"), e.getMessage());
        }
    }
}
