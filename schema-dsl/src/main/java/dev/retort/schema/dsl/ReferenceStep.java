package dev.retort.schema.dsl;

import dev.retort.schema.model.ReferentialAction;

/**
 * ReferenceStep sets a foreign key's actions, deferrability and name once its target is known.
 *
 * <pre>{@code
 * t.column("user_id", uuid()).notNull().references(users.column("id"))
 *         .onDelete(CASCADE).onUpdate(RESTRICT).initiallyDeferred().named("fk_entries_user");
 * t.foreignKey("order_id", "line_no").references(lines, "order_id", "line_no").matchFull().notValid();
 * }</pre>
 */
public interface ReferenceStep {

    /** What happens to this row when the referenced row is deleted (default NO ACTION). */
    ReferenceStep onDelete(ReferentialAction action);

    /** What happens to this row when the referenced key is updated (default NO ACTION). */
    ReferenceStep onUpdate(ReferentialAction action);

    /** DEFERRABLE INITIALLY IMMEDIATE. */
    ReferenceStep deferrable();

    /** DEFERRABLE INITIALLY DEFERRED: checked at commit. */
    ReferenceStep initiallyDeferred();

    /** MATCH FULL: a multicolumn key is either entirely NULL or checked in full (default MATCH SIMPLE). */
    ReferenceStep matchFull();

    /**
     * NOT VALID: checked for new and updated rows, not for the rows already there. Removing it later from the
     * declaration plans a {@code VALIDATE CONSTRAINT}.
     */
    ReferenceStep notValid();

    /** COMMENT ON CONSTRAINT. */
    ReferenceStep comment(String text);

    /** Names the constraint explicitly instead of using the naming convention. */
    ReferenceStep named(String name);
}
