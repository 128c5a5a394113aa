package dev.retort.vibes;

import dev.retort.postgres.TestDatabase;
import dev.retort.vibes.entity.JournalEntry;
import dev.retort.vibes.entity.Mood;
import dev.retort.vibes.entity.Reminder;
import dev.retort.vibes.entity.ReminderStatus;
import dev.retort.vibes.entity.Tag;
import dev.retort.vibes.entity.User;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's journal goes through Hibernate into the Vibes schema built by its migrations and comes back through
 * HQL and criteria queries: entries, tags through journal_entry_tags, reminders, moods, enum and jsonb columns,
 * and the business rules the schema enforces. Each test works on its own user, so they share one database and
 * SessionFactory.
 */
class VibesPersistenceTest {

    private static TestDatabase db;
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void createSchemaAndBootHibernate() throws SQLException {
        db = VibesDatabase.migrated();
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
    void persistsAUsersJournalAndReadsItBackWithQueries() {
        Instant dueAt = Instant.parse("2026-12-01T08:00:00Z");
        UUID userId = sessionFactory.fromTransaction(s -> {
            User ada = newUser("ada");
            ada.setFullName("Ada Lovelace");
            ada.getSettings().put("theme", "dark");
            s.persist(ada);
            Tag gratitude = new Tag(ada, "gratitude");
            gratitude.setColor("#22aa66");
            Tag work = new Tag(ada, "work");
            s.persist(gratitude);
            s.persist(work);

            JournalEntry sea = entry(ada, "By the sea", "Walked by the sea at dawn", LocalDate.of(2026, 11, 20));
            sea.addTag(gratitude);
            sea.setFavorite(true);
            sea.getMetadata().put("weather", "windy");
            JournalEntry engine = entry(ada, "Engine notes", "Sketched the analytical engine's store",
                    LocalDate.of(2026, 11, 22));
            engine.addTag(work);
            engine.addTag(gratitude);
            JournalEntry discarded = entry(ada, "Draft", "Nothing to keep", LocalDate.of(2026, 11, 23));
            discarded.setDeletedAt(Instant.now());
            s.persist(sea);
            s.persist(engine);
            s.persist(discarded);

            Reminder write = new Reminder();
            write.setUser(ada);
            write.setEntry(engine);
            write.setTitle("Finish the notes");
            write.setRemindAt(dueAt);
            Reminder sent = new Reminder();
            sent.setUser(ada);
            sent.setTitle("Morning pages");
            sent.setRemindAt(dueAt.minus(3, ChronoUnit.DAYS));
            sent.setStatus(ReminderStatus.SENT);
            sent.setSentAt(dueAt.minus(3, ChronoUnit.DAYS));
            s.persist(write);
            s.persist(sent);
            return ada.getId();
        });

        sessionFactory.inTransaction(s -> {
            List<String> live = s.createSelectionQuery(
                            "select e.title from JournalEntry e where e.user.id = :user and e.deletedAt is null"
                                    + " order by e.entryDate desc", String.class)
                    .setParameter("user", userId).getResultList();
            assertEquals(List.of("Engine notes", "By the sea"), live);

            List<String> grateful = s.createSelectionQuery(
                            "select l.entry.title from JournalEntryTag l join l.tag t"
                                    + " where t.user.id = :user and t.name = :name order by l.entry.entryDate",
                            String.class)
                    .setParameter("user", userId).setParameter("name", "gratitude").getResultList();
            assertEquals(List.of("By the sea", "Engine notes"), grateful);

            Map<String, Integer> usage = Map.copyOf(s.createSelectionQuery(
                            "select t.name, t.usageCount from Tag t where t.user.id = :user", Object[].class)
                    .setParameter("user", userId).getResultList().stream()
                    .collect(Collectors.toMap(r -> (String) r[0], r -> (Integer) r[1])));
            assertEquals(Map.of("gratitude", 2, "work", 1), usage);

            CriteriaBuilder cb = s.getCriteriaBuilder();
            CriteriaQuery<Reminder> pending = cb.createQuery(Reminder.class);
            Root<Reminder> r = pending.from(Reminder.class);
            pending.select(r).where(cb.equal(r.get("user").get("id"), userId),
                    cb.equal(r.get("status"), ReminderStatus.PENDING));
            List<Reminder> due = s.createQuery(pending).getResultList();
            assertEquals(1, due.size());
            assertEquals("Finish the notes", due.get(0).getTitle());
            assertEquals(dueAt, due.get(0).getRemindAt());
            assertEquals("Engine notes", due.get(0).getEntry().getTitle());
            assertEquals("UTC", due.get(0).getTimezone());

            JournalEntry engine = s.createSelectionQuery("from JournalEntry e where e.title = :t and e.user.id = :user",
                    JournalEntry.class).setParameter("t", "Engine notes").setParameter("user", userId)
                    .getSingleResult();
            assertEquals(List.of("work", "gratitude"), engine.getTags().stream().map(Tag::getName).sorted(
                    Comparator.reverseOrder()).toList());
            assertEquals(5, engine.getWordCount());
            assertNotNull(engine.getCreatedAt());

            User ada = s.find(User.class, userId);
            assertEquals("Ada Lovelace", ada.getDisplayName());
            assertEquals("dark", ada.getSettings().get("theme"));
            JournalEntry sea = s.createSelectionQuery("from JournalEntry e where e.favorite and e.user.id = :user",
                    JournalEntry.class).setParameter("user", userId).getSingleResult();
            assertEquals(Map.of("weather", "windy"), sea.getMetadata());
        });

        // What Hibernate wrote is what the schema means: enum labels, jsonb documents, one row per link.
        sessionFactory.inTransaction(s -> {
            List<String> statuses = s.createNativeQuery(
                            "SELECT status::text FROM reminders WHERE user_id = :user ORDER BY status", String.class)
                    .setParameter("user", userId).getResultList();
            assertEquals(List.of("pending", "sent"), statuses);
            Long links = s.createNativeQuery("SELECT count(*) FROM journal_entry_tags l JOIN journal_entries e"
                    + " ON e.id = l.entry_id WHERE e.user_id = :user", Long.class).setParameter("user", userId)
                    .getSingleResult();
            assertEquals(3L, links);
            String theme = s.createNativeQuery("SELECT settings ->> 'theme' FROM users WHERE id = :user", String.class)
                    .setParameter("user", userId).getSingleResult();
            assertEquals("dark", theme);
            String fullName = s.createNativeQuery("SELECT full_name FROM users WHERE id = :user", String.class)
                    .setParameter("user", userId).getSingleResult();
            assertEquals("Ada Lovelace", fullName);
        });
    }

    @Test
    void moodsAreStoredAsTheEnumLabelsAndSortFromWorstToBest() {
        UUID userId = sessionFactory.fromTransaction(s -> {
            User mary = newUser("mary");
            mary.setFullName("Mary Ann Evans");
            s.persist(mary);
            JournalEntry storm = entry(mary, "Storm", "The mill flooded", LocalDate.of(2026, 10, 1));
            storm.setMood(Mood.AWFUL);
            JournalEntry letters = entry(mary, "Letters", "A parcel of letters came", LocalDate.of(2026, 10, 2));
            letters.setMood(Mood.GREAT);
            JournalEntry walk = entry(mary, "Walk", "Walked along the river", LocalDate.of(2026, 10, 3));
            walk.setMood(Mood.OKAY);
            JournalEntry plain = entry(mary, "Plain", "Nothing to note", LocalDate.of(2026, 10, 4));
            s.persist(storm);
            s.persist(letters);
            s.persist(walk);
            s.persist(plain);
            return mary.getId();
        });
        sessionFactory.inTransaction(s -> {
            // ORDER BY on a PostgreSQL enum follows the declared labels, not the alphabet
            List<Object[]> rows = s.createSelectionQuery("select e.title, e.mood from JournalEntry e"
                            + " where e.user.id = :user and e.mood is not null order by e.mood", Object[].class)
                    .setParameter("user", userId).getResultList();
            assertEquals(List.of("Storm AWFUL", "Walk OKAY", "Letters GREAT"),
                    rows.stream().map(r -> r[0] + " " + r[1]).toList());
            JournalEntry plain = s.createSelectionQuery("from JournalEntry e where e.user.id = :user and e.title = 'Plain'",
                    JournalEntry.class).setParameter("user", userId).getSingleResult();
            assertNull(plain.getMood());
            List<String> labels = s.createNativeQuery("SELECT mood::text AS label FROM journal_entries WHERE user_id = :user"
                            + " AND mood IS NOT NULL ORDER BY mood DESC", String.class)
                    .setParameter("user", userId).getResultList();
            assertEquals(List.of("great", "okay", "awful"), labels);
            assertEquals("Mary Ann Evans", s.find(User.class, userId).getDisplayName());
        });
    }

    @Test
    void removingATagFromAnEntryDeletesTheLinkRow() {
        UUID entryId = sessionFactory.fromTransaction(s -> {
            User grace = newUser("grace");
            s.persist(grace);
            Tag navy = new Tag(grace, "navy");
            s.persist(navy);
            JournalEntry log = entry(grace, "Bug", "Found a moth in the relay", LocalDate.of(2026, 9, 9));
            log.addTag(navy);
            s.persist(log);
            return log.getId();
        });
        sessionFactory.inTransaction(s -> {
            JournalEntry log = s.find(JournalEntry.class, entryId);
            log.removeTag(log.getTags().get(0));
        });
        sessionFactory.inTransaction(s -> {
            Long links = s.createSelectionQuery(
                            "select count(*) from JournalEntryTag l where l.entry.id = :e", Long.class)
                    .setParameter("e", entryId).getSingleResult();
            assertEquals(0L, links);
            Integer usage = s.createSelectionQuery(
                            "select t.usageCount from Tag t where t.name = 'navy'", Integer.class)
                    .getSingleResult();
            assertEquals(0, usage);
        });
    }

    @Test
    void aUsersTagNamesAreUnique() {
        UUID userId = sessionFactory.fromTransaction(s -> {
            User alan = newUser("alan");
            s.persist(alan);
            s.persist(new Tag(alan, "enigma"));
            return alan.getId();
        });
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> sessionFactory.inTransaction(s -> {
                    s.persist(new Tag(s.find(User.class, userId), "enigma"));
                    s.flush();
                }));
        assertEquals("uq_tags_user_id_name", e.getConstraintName());
        // another user may use the same name
        sessionFactory.inTransaction(s -> {
            User other = newUser("joan");
            s.persist(other);
            s.persist(new Tag(other, "enigma"));
        });
    }

    @Test
    void aSoftDeletedAccountReleasesItsEmailAddress() {
        String email = "Linus@example.com";
        sessionFactory.inTransaction(s -> {
            User first = new User(email, "linus_one", "$argon2id$x");
            s.persist(first);
            s.flush();
            first.setDeletedAt(Instant.now());
        });
        sessionFactory.inTransaction(s -> s.persist(new User(email.toLowerCase(), "linus_two", "$argon2id$x")));
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> sessionFactory.inTransaction(s -> {
                    s.persist(new User(email.toUpperCase(), "linus_three", "$argon2id$x"));
                    s.flush();
                }));
        assertEquals("ux_users_email_live", e.getConstraintName());
        long accounts = sessionFactory.fromTransaction(s -> s.createSelectionQuery(
                "select count(*) from User u where lower(u.email) = :e", Long.class)
                .setParameter("e", email.toLowerCase()).getSingleResult());
        assertEquals(2, accounts);
        User first = sessionFactory.fromTransaction(s -> s.createSelectionQuery(
                "from User u where u.username = 'linus_one'", User.class).getSingleResult());
        assertTrue(first.isDeleted());
    }

    private static User newUser(String username) {
        return new User(username + "@example.com", username, "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA");
    }

    private static JournalEntry entry(User user, String title, String content, LocalDate date) {
        JournalEntry entry = new JournalEntry(user, content);
        entry.setTitle(title);
        entry.setEntryDate(date);
        return entry;
    }
}
