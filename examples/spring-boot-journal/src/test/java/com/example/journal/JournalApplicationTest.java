package com.example.journal;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The application started on a fresh database: Flyway applied the V file (never its U file), and the app works. */
@SpringBootTest
class JournalApplicationTest {

    static final TestDatabase DB = TestDatabases.fresh();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        Databases.register(properties, DB);
    }

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Autowired
    Journal journal;

    @Autowired
    JdbcClient jdbc;

    @Test
    void flywayRanTheGeneratedUpgradeAtStartUp() {
        assertEquals(List.of("V20261202021006__create_journal.sql"),
                jdbc.sql("SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                        .query(String.class).list());
        assertEquals(List.of("authors", "entries", "flyway_schema_history"),
                jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
                        .query(String.class).list());
    }

    @Test
    void theApplicationUsesTheTables() {
        journal.write("ada@example.com", "first");
        journal.write("ada@example.com", "second");
        assertEquals(List.of("first", "second"), journal.entries("ada@example.com"));
    }
}
