package dev.retort.schema.dsl;

import dev.retort.schema.model.QualifiedName;

/** Messages spells objects the way problem reports name them: tables in {@code public} without the schema. */
final class Messages {

    private Messages() {
    }

    /** {@code users} for {@code public.users}, {@code billing.invoices} otherwise. */
    static String table(QualifiedName name) {
        return SchemaBuilder.DEFAULT_SCHEMA.equals(name.schema()) ? name.name() : name.toString();
    }
}
