/**
 * The differ: compares two {@link dev.retort.schema.model.SchemaModel}s by name, without a database, and lists the
 * changes. Renames only when declared ({@code renamedFrom}), never guessed.
 */
package dev.retort.diff.compare;
