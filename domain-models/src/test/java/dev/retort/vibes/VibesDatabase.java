package dev.retort.vibes;

import dev.retort.diff.DiffEngine;
import dev.retort.diff.plan.PlannedStatement;
import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.schema.model.SchemaModel;
import dev.retort.vibes.entity.VibesEntities;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * VibesDatabase builds the Vibes schema in a fresh test database and boots Hibernate on it.
 *
 * <p>Until the Vibes migrations exist the schema comes from the declared model through the diff engine's
 * create-everything plan, which is what {@code retort revision --autogenerate} writes as the first migration.
 */
final class VibesDatabase {

    private VibesDatabase() {
    }

    /** A fresh database holding {@code model}; the caller closes it. */
    static TestDatabase create(SchemaModel model) throws SQLException {
        TestDatabase db = TestDatabases.fresh();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (PlannedStatement statement : new DiffEngine().createAll(model).statements()) {
                try {
                    st.execute(statement.sql());
                } catch (SQLException e) {
                    throw new SQLException("creating the Vibes schema failed at: " + statement.sql(), e);
                }
            }
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** A fresh database holding the Vibes schema. */
    static TestDatabase create() throws SQLException {
        return create(new VibesSchema().schema());
    }

    /** A SessionFactory over all Vibes entities that validates the mapping against {@code db} on start. */
    static SessionFactory sessionFactory(TestDatabase db) {
        Configuration cfg = new Configuration();
        VibesEntities.all().forEach(cfg::addAnnotatedClass);
        cfg.setProperty("jakarta.persistence.jdbc.url", db.url().jdbcUrl());
        if (db.url().user() != null) {
            cfg.setProperty("jakarta.persistence.jdbc.user", db.url().user());
        }
        if (db.url().password() != null) {
            cfg.setProperty("jakarta.persistence.jdbc.password", db.url().password());
        }
        cfg.setProperty("hibernate.hbm2ddl.auto", "validate");
        cfg.setProperty("hibernate.connection.pool_size", "2");
        return cfg.buildSessionFactory();
    }
}
