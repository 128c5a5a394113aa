/**
 * Reading a live PostgreSQL (14 to 18) into the schema model.
 *
 * <p>{@link dev.retort.diff.inspect.PostgresInspector} runs a fixed number of set-based catalog queries per
 * database in one snapshot and returns an {@link dev.retort.diff.inspect.Inspection}: the model of the
 * managed schemas plus every {@link dev.retort.diff.inspect.UnmanagedObject} found there.
 *
 * <p>The readers of each kind are in its package under {@code dev.retort.diff.kind}; this package holds the
 * inspector, the catalog access they share ({@link dev.retort.diff.inspect.CatalogQuery}), and the readers of what
 * is not managed (unmanaged objects, details, dependents). Objects that belong to an extension are skipped and the
 * extension is reported once. Expressions are read with {@code search_path = pg_catalog}, so user objects in
 * them are schema-qualified. Identity sequences belong to their column; serial sequences are Sequences with
 * {@code ownedBy}.
 */
package dev.retort.diff.inspect;
