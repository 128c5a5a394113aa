package com.example.journal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Writes and reads entries through the tables the migrations created. */
@Service
public class Journal {

    private final JdbcClient jdbc;

    public Journal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an entry by {@code email}, creating the author on first use; returns the entry's id. */
    public long write(String email, String body) {
        long author = jdbc.sql("INSERT INTO authors (email) VALUES (:email)"
                        + " ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id")
                .param("email", email).query(Long.class).single();
        return jdbc.sql("INSERT INTO entries (author_id, body) VALUES (:author, :body) RETURNING id")
                .param("author", author).param("body", body).query(Long.class).single();
    }

    /** The bodies of an author's entries, oldest first. */
    public List<String> entries(String email) {
        return jdbc.sql("SELECT e.body FROM entries e JOIN authors a ON a.id = e.author_id"
                        + " WHERE a.email = :email ORDER BY e.created_at, e.id")
                .param("email", email).query(String.class).list();
    }
}
