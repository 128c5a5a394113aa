package dev.retort.vibes;

import dev.retort.schema.dsl.ColumnBuilder;
import dev.retort.schema.dsl.TableBuilder;

import static dev.retort.schema.dsl.Types.jsonb;
import static dev.retort.schema.dsl.Types.timestamptz;
import static dev.retort.schema.dsl.Types.uuid;

/** Columns declares the columns every Vibes table spells the same way (see the conventions in SCHEMA.md). */
final class Columns {

    private Columns() {
    }

    /** {@code id uuid PRIMARY KEY DEFAULT gen_random_uuid()}. */
    static ColumnBuilder id(TableBuilder t) {
        return t.column("id", uuid()).primaryKey().defaultSql("gen_random_uuid()");
    }

    /** A {@code timestamp with time zone NOT NULL DEFAULT now()} column. */
    static ColumnBuilder now(TableBuilder t, String name) {
        return t.column(name, timestamptz()).notNull().defaultSql("now()");
    }

    /** A nullable {@code timestamp with time zone} column. */
    static ColumnBuilder time(TableBuilder t, String name) {
        return t.column(name, timestamptz());
    }

    /** {@code created_at} and {@code updated_at}, both {@code NOT NULL DEFAULT now()}. */
    static void audited(TableBuilder t) {
        now(t, "created_at");
        now(t, "updated_at");
    }

    /** {@code created_at}, {@code updated_at} and the soft-delete marker {@code deleted_at}. */
    static void auditedSoftDeleted(TableBuilder t) {
        audited(t);
        time(t, "deleted_at");
    }

    /** A {@code jsonb NOT NULL DEFAULT '{}'::jsonb} column. */
    static ColumnBuilder jsonObject(TableBuilder t, String name) {
        return t.column(name, jsonb()).notNull().defaultSql("'{}'::jsonb");
    }
}
