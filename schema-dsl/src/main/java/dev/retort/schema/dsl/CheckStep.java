package dev.retort.schema.dsl;

/**
 * CheckStep follows {@link TableBuilder#check}.
 *
 * <pre>{@code
 * t.check("ends_at > starts_at").named("ck_events_period");
 * }</pre>
 */
public interface CheckStep {

    /** Names the constraint explicitly instead of {@code ck_<table>_<columns mentioned>}. */
    CheckStep named(String name);
}
