/**
 * Reading a live PostgreSQL (14 to 18) into the schema model.
 *
 * <p>{@link dev.retort.diff.inspect.PostgresInspector} runs a fixed number of set-based catalog queries per
 * database in one snapshot and returns an {@link dev.retort.diff.inspect.Inspection}: the model of the
 * managed schemas plus every {@link dev.retort.diff.inspect.UnmanagedObject} found there.
 *
 * <p>Decisions: partitioned tables and their partitions are not in the model (the model has no partitioning);
 * they are reported, as is a foreign key of a managed table into one of them and a sequence owned by one of
 * them. Tables that use INHERITS are reported too. Objects that belong to an extension are skipped and the
 * extension is reported once. Expressions are read with {@code search_path = pg_catalog}, so user objects in
 * them are schema-qualified. Identity sequences belong to their column; serial sequences are Sequences with
 * {@code ownedBy}.
 */
package dev.retort.diff.inspect;
