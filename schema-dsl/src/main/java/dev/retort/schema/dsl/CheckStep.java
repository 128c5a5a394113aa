package dev.retort.schema.dsl;

/**
 * CheckStep follows {@link TableBuilder#check}.
 *
 * <pre>{@code
 * t.check("ends_at > starts_at").named("ck_events_period");
 * t.check("amount >= 0").notValid().comment("old rows are cleaned up first");
 * }</pre>
 */
public interface CheckStep {

    /** Names the constraint explicitly instead of {@code ck_<table>_<columns mentioned>}. */
    CheckStep named(String name);

    /**
     * NOT VALID: checked for new and updated rows, not for the rows already there. Removing it later from the
     * declaration plans a {@code VALIDATE CONSTRAINT}.
     */
    CheckStep notValid();

    /** NO INHERIT: the check does not apply to tables that inherit from this one. */
    CheckStep noInherit();

    /** COMMENT ON CONSTRAINT. */
    CheckStep comment(String text);
}
