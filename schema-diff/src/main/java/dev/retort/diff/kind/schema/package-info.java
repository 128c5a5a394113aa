/**
 * Schemas: compared by name ({@code SchemaChanges}; {@code public} is never created or dropped) and written as
 * {@code CREATE SCHEMA} and {@code DROP SCHEMA} ({@code SchemaSql}).
 */
package dev.retort.diff.kind.schema;
