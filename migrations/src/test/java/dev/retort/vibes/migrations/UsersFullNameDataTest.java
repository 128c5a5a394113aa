package dev.retort.vibes.migrations;

import dev.retort.postgres.TestDatabase;
import dev.retort.postgres.TestDatabases;
import dev.retort.runner.Downgrader;
import dev.retort.runner.MigrationRunner;
import dev.retort.runner.RetortException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written data migration "users full name" keeps every row's data: on a database at the migration before
 * it, {@value #BULK_ROWS} generated users (more than two of its 5,000-row batches) and the hand-picked
 * {@link #CASES} get {@code full_name = first_name + ' ' + last_name}; the downgrade splits it back at the last
 * space, and every other column of every row is untouched by both.
 *
 * <p>What cannot round-trip, because one string does not tell where the first name ended:
 * <ul>
 *   <li>a last name that contains a space: "Guido" + "van Rossum" comes back as "Guido van" + "Rossum";</li>
 *   <li>a last name without a first name: null + "Curie" comes back as "Curie" + null (a one-word name is taken
 *       as a first name);</li>
 *   <li>a first name that contains a space, without a last name: "Mary Ann" + null comes back as "Mary" +
 *       "Ann";</li>
 *   <li>spaces around a name are trimmed and a blank name becomes null ("" + "Hopper" comes back as
 *       "Hopper" + null), which is the upgrade's cleanup, not a loss of a name's characters.</li>
 * </ul>
 * The downgrade still loses no character of any name: joining the restored parts gives the full name back. A full
 * name written after the upgrade whose first or last part is longer than the old 100 characters makes the
 * downgrade stop (rolled back, nothing lost) instead of truncating it.
 */
class UsersFullNameDataTest {

    static final int BULK_ROWS = 12_000;

    /** {first, last, full_name after the upgrade, first and last after the downgrade}. */
    record NameCase(String first, String last, String fullName, String firstAfter, String lastAfter) {
        boolean roundTrips() {
            return Objects.equals(first, firstAfter) && Objects.equals(last, lastAfter);
        }
    }

    private static final String HUNDRED_A = "A".repeat(100);
    private static final String HUNDRED_B = "B".repeat(100);

    static final List<NameCase> CASES = List.of(
            // these round-trip
            new NameCase("Ada", "Lovelace", "Ada Lovelace", "Ada", "Lovelace"),
            new NameCase("Mary Ann", "Evans", "Mary Ann Evans", "Mary Ann", "Evans"),
            new NameCase("José María", "García-Márquez", "José María García-Márquez", "José María", "García-Márquez"),
            new NameCase("Zoë", "Saldaña", "Zoë Saldaña", "Zoë", "Saldaña"),
            new NameCase("Мария", "Склодовская", "Мария Склодовская", "Мария", "Склодовская"),
            new NameCase("李", "小龙", "李 小龙", "李", "小龙"),
            new NameCase("Conan", "O'Brien", "Conan O'Brien", "Conan", "O'Brien"),
            // a no-break space is not the separator the downgrade splits at
            new NameCase("Jean\u00a0Pierre", "Rampal", "Jean\u00a0Pierre Rampal", "Jean\u00a0Pierre", "Rampal"),
            new NameCase("Cher", null, "Cher", "Cher", null),
            new NameCase(null, null, null, null, null),
            new NameCase(HUNDRED_A, HUNDRED_B, HUNDRED_A + " " + HUNDRED_B, HUNDRED_A, HUNDRED_B),
            // these cannot round-trip (see the class comment)
            new NameCase("Guido", "van Rossum", "Guido van Rossum", "Guido van", "Rossum"),
            new NameCase("Juan", "de la Cruz", "Juan de la Cruz", "Juan de la", "Cruz"),
            new NameCase(null, "Curie", "Curie", "Curie", null),
            new NameCase("Mary Ann", null, "Mary Ann", "Mary", "Ann"),
            new NameCase("", "Hopper", "Hopper", "Hopper", null),
            new NameCase("Grace", "", "Grace", "Grace", null),
            new NameCase("", "", null, null, null),
            new NameCase("  ", null, null, null, null),
            new NameCase("  Ada  ", " Byron ", "Ada Byron", "Ada", "Byron"));

    private static final String[] FIRST = {"Ada", "Mary Ann", "Zoë", "Søren", "Jean-Luc", "José María", "Олег", "美咲",
            "Ngozi", null};
    private static final String[] LAST = {"Lovelace", "Kierkegaard", "Müller", "Okonjo-Iweala", "O'Neil", "Ведерников",
            "van der Berg", "山田", null};

    private static final String OTHER_COLUMNS = "id::text || '|' || email || '|' || username || '|' || password_hash"
            + " || '|' || timezone || '|' || settings::text || '|' || is_active || '|' || created_at || '|' || updated_at"
            + " || '|' || coalesce(deleted_at::text, '-') || '|' || coalesce(last_login_at::text, '-')";

    @Test
    void upgradeJoinsTheNamesOfEveryRowAndDowngradeSplitsThemBack() throws SQLException {
        String fullNameVersion = VibesProject.version("users_full_name");
        String before = VibesProject.version("add_mood_to_journal_entries");
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            MigrationRunner runner = VibesProject.runner(db);
            runner.upgrade(before);
            assertEquals(before, runner.status().current().orElseThrow());

            List<String[]> rows = rows();
            insert(c, rows);
            Map<String, String> otherColumns = otherColumns(c);
            assertEquals(rows.size(), otherColumns.size());

            long started = System.nanoTime();
            assertEquals(List.of("V" + fullNameVersion + "__users_full_name.sql"), runner.upgrade("head"));
            long upgradeMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(Set.of("full_name"), nameColumns(c));
            Map<String, String[]> upgraded = read(c, "full_name", null);
            for (int i = 0; i < rows.size(); i++) {
                String username = username(i);
                assertEquals(expectedFullName(i, rows.get(i)), upgraded.get(username)[0], username);
            }
            assertEquals(otherColumns, otherColumns(c), "the upgrade changes no other column");

            started = System.nanoTime();
            List<String> reverted = new Downgrader(runner, VibesProject.quiet()).downgrade("-1");
            long downgradeMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(List.of("U" + fullNameVersion + "__users_full_name.sql"), reverted);
            assertEquals(before, runner.status().current().orElseThrow());
            assertEquals(Set.of("first_name", "last_name"), nameColumns(c));
            Map<String, String[]> restored = read(c, "first_name", "last_name");
            int roundTripped = 0;
            for (int i = 0; i < rows.size(); i++) {
                String username = username(i);
                String[] original = rows.get(i);
                String[] back = restored.get(username);
                String full = upgraded.get(username)[0];
                if (i < CASES.size()) {
                    NameCase nc = CASES.get(i);
                    assertEquals(nc.firstAfter(), back[0], "first name of " + nc);
                    assertEquals(nc.lastAfter(), back[1], "last name of " + nc);
                } else if (unambiguous(original)) {
                    assertEquals(original[0], back[0], username);
                    assertEquals(original[1], back[1], username);
                    roundTripped++;
                }
                // no character is lost: the parts join back to the full name
                assertEquals(full, joined(back[0], back[1]), username);
            }
            assertEquals(otherColumns, otherColumns(c), "the downgrade changes no other column");
            assertTrue(roundTripped > BULK_ROWS / 2, "most generated names round-trip: " + roundTripped);
            System.out.println("users full name on " + rows.size() + " users: upgrade " + upgradeMillis
                    + " ms, downgrade " + downgradeMillis + " ms");
        }
    }

    @Test
    void downgradeRefusesAFullNameWhosePartsDoNotFitTheOldColumns() throws SQLException {
        // full_name is varchar(201) so that any first + ' ' + last fits; a name written after the upgrade can
        // have a part longer than the old varchar(100) columns, and then the downgrade stops rather than truncate
        String fullNameVersion = VibesProject.version("users_full_name");
        String longName = "Wolfeschlegelsteinhausenbergerdorff".repeat(4);   // 140 characters, no space
        try (TestDatabase db = TestDatabases.fresh(); Connection c = db.connect()) {
            MigrationRunner runner = VibesProject.runner(db);
            runner.upgrade("head");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (email, username, password_hash,"
                    + " full_name) VALUES ('hubert@example.com', 'hubert', 'x', ?)")) {
                ps.setString(1, longName);
                ps.executeUpdate();
            }
            RetortException e = assertThrows(RetortException.class,
                    () -> new Downgrader(runner, VibesProject.quiet()).downgrade("-1"));
            assertTrue(e.getMessage().startsWith("U" + fullNameVersion + "__users_full_name.sql failed"), e.getMessage());
            assertTrue(e.getMessage().contains("value too long for type character varying(100)"), e.getMessage());
            assertTrue(e.getMessage().contains("the whole downgrade was rolled back"), e.getMessage());
            // nothing of the downgrade stayed: still at head, the name intact
            assertEquals(fullNameVersion, runner.status().current().orElseThrow());
            assertEquals(Set.of("full_name"), nameColumns(c));
            assertEquals(longName, read(c, "full_name", null).get("hubert")[0]);
        }
    }

    // The hand-picked cases first, then BULK_ROWS generated from every pairing of FIRST and LAST.
    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        CASES.forEach(nc -> rows.add(new String[] {nc.first(), nc.last()}));
        for (int i = 0; i < BULK_ROWS; i++) {
            rows.add(new String[] {FIRST[i % FIRST.length], LAST[(i / FIRST.length) % LAST.length]});
        }
        return rows;
    }

    private static String expectedFullName(int i, String[] row) {
        return i < CASES.size() ? CASES.get(i).fullName() : joined(row[0], row[1]);
    }

    // Generated names have no padding and no blanks, so their full name is the two joined with one space.
    private static String joined(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }

    // A split at the last space gives the parts back when there is a last name without a space and a first name,
    // or no last name and a first name without a space (or no name at all).
    private static boolean unambiguous(String[] row) {
        String first = row[0];
        String last = row[1];
        return last != null ? first != null && !last.contains(" ") : first == null || !first.contains(" ");
    }

    private static String username(int i) {
        return "user_" + i;
    }

    private static void insert(Connection c, List<String[]> rows) throws SQLException {
        String[] first = rows.stream().map(r -> r[0]).toArray(String[]::new);
        String[] last = rows.stream().map(r -> r[1]).toArray(String[]::new);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (email, username, password_hash,"
                + " first_name, last_name, settings, last_login_at)"
                + " SELECT 'user_' || (n - 1) || '@example.com', 'user_' || (n - 1), md5(n::text), f, l,"
                + " jsonb_build_object('n', n), now() - n * interval '1 minute'"
                + " FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS t(f, l, n)")) {
            ps.setArray(1, c.createArrayOf("text", first));
            ps.setArray(2, c.createArrayOf("text", last));
            assertEquals(rows.size(), ps.executeUpdate());
        }
    }

    private static Map<String, String[]> read(Connection c, String a, String b) throws SQLException {
        Map<String, String[]> byUser = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT username, " + a + ", " + (b == null ? "NULL" : b) + " FROM users")) {
            while (rs.next()) {
                byUser.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return byUser;
    }

    private static Map<String, String> otherColumns(Connection c) throws SQLException {
        Map<String, String> byId = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id::text, " + OTHER_COLUMNS + " FROM users")) {
            while (rs.next()) {
                byId.put(rs.getString(1), rs.getString(2));
            }
        }
        return byId;
    }

    private static Set<String> nameColumns(Connection c) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT attname FROM pg_attribute"
                + " WHERE attrelid = 'public.users'::regclass AND attnum > 0 AND NOT attisdropped"
                + " AND attname IN ('first_name', 'last_name', 'full_name')")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
