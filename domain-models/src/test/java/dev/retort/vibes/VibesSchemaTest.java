package dev.retort.vibes;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UserDefinedType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VibesSchemaTest {

    private static final SchemaModel MODEL = new VibesSchema().schema();

    private static final List<String> TABLES = List.of(
            "users", "journal_entries", "tags", "journal_entry_tags", "reminders", "secret_tags", "wrapped_keys",
            "vault_blobs", "opaque_sessions", "security_audit_logs", "security_metrics", "security_alerts",
            "system_health", "service_health", "alerts", "alert_rules", "alert_channels", "alert_escalations",
            "monitoring_configuration", "monitoring_metrics", "monitoring_dashboards");

    @Test
    void declaresExactlyTheTwentyOneVibesTablesInPublic() {
        Set<String> names = MODEL.tables().stream().map(t -> t.name().name()).collect(Collectors.toSet());
        assertEquals(new HashSet<>(TABLES), names);
        assertEquals(VibesSchema.TABLE_COUNT, MODEL.tables().size());
        assertTrue(MODEL.tables().stream().allMatch(t -> t.name().schema().equals("public")));
        assertEquals(List.of("public"), MODEL.schemas());
    }

    @Test
    void holdsOneHundredTwentyFourPhysicalIndexes() {
        assertEquals(VibesSchema.PHYSICAL_INDEX_COUNT, MODEL.physicalIndexCount());
        // counted independently of the model's own method: every key, unique constraint and index by name
        List<String> all = new ArrayList<>();
        for (Table t : MODEL.tables()) {
            if (t.primaryKey() != null) {
                all.add(t.primaryKey().name());
            }
            t.uniqueConstraints().forEach(u -> all.add(u.name()));
            t.indexes().forEach(i -> all.add(i.name()));
        }
        assertEquals(124, all.size());
        assertEquals(124, new HashSet<>(all).size(), "index and key names are unique in the schema");
    }

    @Test
    void everyTableHasAPrimaryKey() {
        List<String> missing = MODEL.tables().stream().filter(t -> t.primaryKey() == null)
                .map(t -> t.name().name()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyForeignKeyColumnLeadsAnIndexOrKey() {
        List<String> uncovered = new ArrayList<>();
        int foreignKeys = 0;
        for (Table t : MODEL.tables()) {
            Set<String> leading = leadingColumns(t);
            for (ForeignKey fk : t.foreignKeys()) {
                foreignKeys++;
                if (!leading.contains(fk.columns().get(0))) {
                    uncovered.add(t.name().name() + "." + fk.columns().get(0) + " (" + fk.name() + ")");
                }
            }
        }
        assertEquals(List.of(), uncovered, "foreign-key columns without an index that starts with them");
        assertEquals(32, foreignKeys);
    }

    @Test
    void foreignKeysPointAtDeclaredTablesAndTheirKeys() {
        for (Table t : MODEL.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = MODEL.table(fk.referencedTable()).orElseThrow();
                assertEquals(target.primaryKey().columns(), fk.referencedColumns(), fk.name());
            }
        }
    }

    @Test
    void declaresTheSixEnumTypesAndUsesEachOfThem() {
        List<String> enums = MODEL.enums().stream().map(e -> e.name().name()).sorted().toList();
        assertEquals(List.of("alert_severity", "alert_status", "health_status", "mood", "opaque_session_state",
                "reminder_status"), enums);
        Set<QualifiedName> used = MODEL.tables().stream().flatMap(t -> t.columns().stream())
                .filter(c -> c.type() instanceof UserDefinedType)
                .map(c -> ((UserDefinedType) c.type()).name()).collect(Collectors.toSet());
        assertEquals(MODEL.enums().stream().map(e -> e.name()).collect(Collectors.toSet()), used);
        assertEquals(List.of("pending", "sent", "snoozed", "dismissed", "cancelled"),
                MODEL.enumType(QualifiedName.of("public", "reminder_status")).orElseThrow().values());
        // worst to best, so that ORDER BY mood sorts by feeling
        assertEquals(List.of("awful", "bad", "okay", "good", "great"),
                MODEL.enumType(QualifiedName.of("public", "mood")).orElseThrow().values());
    }

    @Test
    void usersHaveOneFullNameAndEntriesAnOptionalMood() {
        Table users = table("users");
        assertTrue(users.column("first_name").isEmpty(), "first_name went into full_name");
        assertTrue(users.column("last_name").isEmpty(), "last_name went into full_name");
        Column fullName = users.column("full_name").orElseThrow();
        assertEquals(new BuiltinType("character varying(201)"), fullName.type());
        assertTrue(fullName.nullable());
        assertNull(fullName.defaultExpression());

        Column mood = table("journal_entries").column("mood").orElseThrow();
        assertEquals(new UserDefinedType(QualifiedName.of("public", "mood")), mood.type());
        assertTrue(mood.nullable(), "existing entries have no mood");
        Index byMood = index("journal_entries", "ix_journal_entries_user_id_mood");
        assertEquals(List.of("user_id", "mood"), byMood.elements().stream().map(IndexElement::column).toList());
        assertEquals("mood IS NOT NULL AND deleted_at IS NULL", byMood.predicate());
        assertFalse(byMood.unique());
        assertTrue(table("journal_entries").indexes().stream()
                        .noneMatch(i -> i.name().equals("ix_journal_entries_user_id")), "user_id alone is served by the composite indexes that start with it");
    }

    @Test
    void hasThePartialIndexesTheGuideAsksFor() {
        assertEquals("deleted_at IS NULL",
                index("journal_entries", "ix_journal_entries_user_id_entry_date").predicate());
        assertEquals("resolved_at IS NULL", index("alerts", "ix_alerts_unresolved").predicate());
        assertEquals("state = 'established'", index("opaque_sessions", "ix_opaque_sessions_active").predicate());
        Index entriesByDate = index("journal_entries", "ix_journal_entries_user_id_entry_date");
        assertEquals(List.of("user_id", "entry_date"),
                entriesByDate.elements().stream().map(IndexElement::column).toList());
        assertTrue(entriesByDate.elements().get(1).descending());
        assertTrue(table("tags").uniqueConstraints().stream()
                .anyMatch(u -> u.columns().equals(List.of("user_id", "name"))), "a user's tag names are unique");
    }

    @Test
    void everyNameFitsPostgresIdentifierLength() {
        List<String> tooLong = MODEL.tables().stream().flatMap(VibesSchemaTest::objectNames)
                .filter(n -> Identifiers.byteLength(n) > Identifiers.MAX_BYTES).toList();
        assertEquals(List.of(), tooLong);
    }

    @Test
    void buildsTheSameModelEveryTime() {
        assertEquals(MODEL, new VibesSchema().schema());
    }

    static Set<String> leadingColumns(Table t) {
        Set<String> leading = new HashSet<>();
        if (t.primaryKey() != null) {
            leading.add(t.primaryKey().columns().get(0));
        }
        t.uniqueConstraints().forEach(u -> leading.add(u.columns().get(0)));
        for (Index i : t.indexes()) {
            IndexElement first = i.elements().get(0);
            if (!first.isExpression()) {
                leading.add(first.column());
            }
        }
        return leading;
    }

    private static Stream<String> objectNames(Table t) {
        return Stream.of(
                Stream.of(t.name().name()),
                t.columns().stream().map(c -> c.name()),
                Stream.ofNullable(t.primaryKey()).map(k -> k.name()),
                t.foreignKeys().stream().map(ForeignKey::name),
                t.uniqueConstraints().stream().map(u -> u.name()),
                t.checkConstraints().stream().map(c -> c.name()),
                t.indexes().stream().map(Index::name)).flatMap(s -> s);
    }

    private static Table table(String name) {
        return MODEL.table(QualifiedName.of("public", name)).orElseThrow();
    }

    private static Index index(String table, String name) {
        return table(table).indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
