/**
 * The differ: compares two {@link dev.retort.schema.model.SchemaModel}s by name, without a database, and lists the
 * changes. Renames only when declared ({@code renamedFrom}), never guessed. Each kind's differ is in its package
 * under {@code dev.retort.diff.kind}; {@code SchemaDiffer} calls them in order, and {@code ObjectDiffer} applies the
 * dependents rule across kinds.
 */
package dev.retort.diff.compare;
