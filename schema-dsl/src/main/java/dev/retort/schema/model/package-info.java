/**
 * The immutable schema model: what the DSL builds, what the inspector reads and what the differ compares.
 * Depends on nothing but the JDK.
 */
package dev.retort.schema.model;
