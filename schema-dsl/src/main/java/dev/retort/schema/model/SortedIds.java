package dev.retort.schema.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * SortedIds is an unmodifiable set of object ids held as one sorted array: what {@link Dependencies} keeps per object
 * (10,000 tables give 200,000 such sets, where a tree set per object took four objects and an entry per id).
 * Iteration is in {@link ObjectId} order; {@code contains} is a binary search.
 *
 * <pre>{@code
 * Set<ObjectId> ids = SortedIds.ofSorted(new ObjectId[] {a, b});   // a before b
 * }</pre>
 */
final class SortedIds extends AbstractSet<ObjectId> {

    private final ObjectId[] ids;

    private SortedIds(ObjectId[] ids) {
        this.ids = ids;
    }

    /** The set of {@code ids}, which are sorted and distinct (the array is taken over, never changed). */
    static SortedIds ofSorted(ObjectId[] ids) {
        return new SortedIds(ids);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof ObjectId id && Arrays.binarySearch(ids, id) >= 0;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public Iterator<ObjectId> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.length;
            }

            @Override
            public ObjectId next() {
                if (next >= ids.length) {
                    throw new NoSuchElementException();
                }
                return ids[next++];
            }
        };
    }
}
