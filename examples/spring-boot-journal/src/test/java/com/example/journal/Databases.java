package com.example.journal;

import org.springframework.test.context.DynamicPropertyRegistry;

import dev.retort.postgres.TestDatabase;

/** Points Spring Boot's data source at a test database. */
final class Databases {

    private Databases() {
    }

    static void register(DynamicPropertyRegistry properties, TestDatabase db) {
        properties.add("spring.datasource.url", () -> db.url().jdbcUrl());
        properties.add("spring.datasource.username", () -> db.url().user());
        properties.add("spring.datasource.password", () -> db.url().password() == null ? "" : db.url().password());
    }

    /** The same as command-line arguments of a {@code SpringApplication} run. */
    static String[] arguments(TestDatabase db, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "--spring.datasource.url=" + db.url().jdbcUrl();
        args[1] = "--spring.datasource.username=" + db.url().user();
        args[2] = "--spring.datasource.password=" + (db.url().password() == null ? "" : db.url().password());
        System.arraycopy(more, 0, args, 3, more.length);
        return args;
    }
}
