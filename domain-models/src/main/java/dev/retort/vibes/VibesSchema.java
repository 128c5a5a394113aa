package dev.retort.vibes;

import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.dsl.Schema;
import dev.retort.schema.dsl.SchemaBuilder;
import dev.retort.schema.dsl.TableRef;
import dev.retort.schema.model.SchemaModel;

/**
 * VibesSchema declares the Vibes reference application's schema in the DSL: 21 tables in {@code public},
 * five enum types, 124 physical indexes. The design is written down in {@code domain-models/SCHEMA.md};
 * the Hibernate entities in {@code dev.retort.vibes.entity} map the same tables.
 *
 * <pre>{@code
 * SchemaModel vibes = new VibesSchema().schema();
 * vibes.tables().size();            // 21
 * vibes.physicalIndexCount();       // 124
 * }</pre>
 */
public final class VibesSchema implements SchemaDefinition {

    /** Tables in the schema. */
    public static final int TABLE_COUNT = 21;

    /** Indexes PostgreSQL holds for the schema: primary keys, unique constraints and explicit indexes. */
    public static final int PHYSICAL_INDEX_COUNT = 124;

    @Override
    public SchemaModel schema() {
        SchemaBuilder s = Schema.builder();
        VibesEnums enums = VibesEnums.declare(s);
        TableRef users = JournalTables.users(s);
        TableRef secretTags = SecretTables.secretTags(s, users);
        TableRef entries = JournalTables.journal(s, enums, users, secretTags);
        TableRef sessions = SecretTables.vault(s, enums, users, secretTags, entries);
        SecurityTables.declare(s, enums, users, sessions);
        MonitoringTables.declare(s, enums, users);
        return s.build();
    }
}
