/**
 * The immutable schema model: what the DSL builds, what the inspector reads and what the differ compares, with the
 * identities of its objects ({@link dev.retort.schema.model.ObjectId}) and the dependencies between them
 * ({@link dev.retort.schema.model.Dependencies}, read from the catalog). Depends on nothing but the JDK.
 */
package dev.retort.schema.model;
