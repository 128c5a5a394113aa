/**
 * Change types: one record per kind of schema difference, each with its {@code inverse()}. Drops carry the whole
 * dropped object and modifications carry {@code from} and {@code to}, so a downgrade is derived, never written.
 * Each change names its {@link dev.retort.diff.change.Footprint} (subject, what it requires, creates, removes and
 * releases) for the planner's graph. Dispatch with {@link dev.retort.diff.change.SchemaChangeVisitor}.
 */
package dev.retort.diff.change;
