/**
 * Change types: one record per kind of schema difference, each with its {@code inverse()}. Drops carry the whole
 * dropped object and modifications carry {@code from} and {@code to}, so a downgrade is derived, never written.
 * Dispatch with {@link dev.retort.diff.change.SchemaChangeVisitor}.
 */
package dev.retort.diff.change;
