package dev.retort.schema.model;

import java.util.Set;

/**
 * SchemaObject is an object of one of the kinds that live beside the tables: an extension, a view, a function, a
 * trigger, a policy, a domain, a set of privileges ... Each kind is a small immutable record of this interface,
 * registered with schema-diff's kind registry, which reads, compares and renders it. A {@link SchemaModel} holds
 * them sorted by {@link #id()}; two objects with the same id are the same object in two states.
 *
 * <p>The interface is open rather than sealed because each kind is registered where it is implemented, so adding a
 * kind is a new package and one registration line, not an edit of every switch.
 *
 * <pre>{@code
 * SchemaObject trgm = new Extension("pg_trgm", "public", null);
 * trgm.id();   // extension pg_trgm
 * }</pre>
 */
public interface SchemaObject {

    /** Its identity: kind and qualified name (and member, for table members, routines and privileges). */
    ObjectId id();

    /**
     * This object and {@code other}, declared a second time with the same id, as one object (the grants of two
     * {@code grant(...)} statements on one table); null for the kinds that are declared once.
     */
    default SchemaObject mergedWith(SchemaObject other) {
        return null;
    }

    /**
     * The objects its own data names and needs first (a domain's base type, a composite type's attribute types, as
     * {@link ObjectId#type} ids): what orders its creation when the model has no catalog dependencies, as a
     * declaration has none. Empty by default.
     */
    default Set<ObjectId> uses() {
        return Set.of();
    }
}
