/**
 * Canonicalizing a declared model through PostgreSQL itself instead of regexes.
 *
 * <p>{@link dev.retort.diff.normalize.Normalizer} builds the declaration in a scratch database, reads it back
 * with the inspector until the printed expressions settle, and drops the database; rename hints are carried
 * over from the declaration. Undeclared types must exist first: an extension of the type's name is created
 * automatically, anything else comes as prelude SQL, which {@link dev.retort.diff.normalize.TypePrelude}
 * can read from a live database.
 */
package dev.retort.diff.normalize;
