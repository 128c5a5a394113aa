package com.example.journal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The journal application. At start-up Spring Boot's Flyway applies the {@code V} files under
 * {@code src/main/resources/db/migration}, which {@code retort revision --autogenerate} wrote from
 * {@link JournalSchema}; {@code application.properties} holds the settings Retort's layout needs.
 */
@SpringBootApplication
public class JournalApplication {

    public static void main(String[] args) {
        SpringApplication.run(JournalApplication.class, args);
    }
}
