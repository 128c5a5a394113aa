package dev.retort.testing.gen;

import dev.retort.schema.model.CheckOption;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.QualifiedName;

import java.util.List;

/**
 * ObjectSpec is a generated object beside the tables (a view, a trigger, a domain, a policy, a grant ...) held by
 * what it is built on, with concrete names, so that {@link ObjectSpecs} can follow the tables' edits (renames, dropped
 * and retyped columns) and write the object's declaration again for the edited schema.
 */
sealed interface ObjectSpec {

    /** Its name, unique among the specs of one schema. */
    String name();

    /** {@code SELECT columns FROM source [WHERE where IS NOT NULL]}; the source is a table or another view. */
    record ViewSpec(String name, QualifiedName source, boolean overView, List<String> columns, String where,
                    boolean securityBarrier, CheckOption checkOption, String comment) implements ObjectSpec {
    }

    /** A materialized view over a table, with an index on {@code indexColumn} when it is not null. */
    record MaterializedViewSpec(String name, QualifiedName table, List<String> columns, String indexColumn,
                                boolean withData, String comment) implements ObjectSpec {
    }

    /** A trigger running the generated trigger function; {@code when} is a column for a ROW trigger's WHEN. */
    record TriggerSpec(String name, QualifiedName table, boolean before, String events, boolean row, String when,
                       boolean disabled, String comment) implements ObjectSpec {
    }

    /** A domain over integer or text with a check, and a column of it in {@code table} when that is not null. */
    record DomainSpec(String name, boolean text, int bound, boolean notNull, boolean withDefault,
                      QualifiedName table, String comment) implements ObjectSpec {
    }

    /** A composite type of two or three attributes, and a column of it in {@code table} when that is not null. */
    record CompositeSpec(String name, boolean third, QualifiedName table, String comment) implements ObjectSpec {
    }

    /** A range type over double precision or integer. */
    record RangeSpec(String name, boolean overInteger, String comment) implements ObjectSpec {
    }

    /** ENABLE (and FORCE) ROW LEVEL SECURITY on a table; the name is the table's. */
    record RowSecuritySpec(String name, QualifiedName table, boolean forced) implements ObjectSpec {
    }

    /** A policy; {@code column} is the column its expressions test, or null for {@code true}. */
    record PolicySpec(String name, QualifiedName table, String command, boolean permissive, List<String> roles,
                      String column, String comment) implements ObjectSpec {
    }

    /**
     * An exclusion constraint on a table, over columns of its own it adds to the table ({@code gx_xc<slot>} circle,
     * {@code gx_xr<slot>} int4range, both with {@code &&}, which need no extension). {@code shape} picks the definition
     * (see {@link ObjectRender}); a {@code conventional} name follows the table's name (so a table rename renames it),
     * otherwise it is the spec's own.
     */
    record ExclusionSpec(String name, QualifiedName table, int shape, boolean conventional, String comment)
            implements ObjectSpec {
    }

    /**
     * A partitioned table {@code id, k, v} and its partitions, by the number of their bound. The strategy follows
     * from the name's slot (RANGE, LIST or HASH), so that a family dropped and declared again keeps it: changing it
     * is refused on purpose. Partition 0 of a LIST family is sub-partitioned by HASH (id).
     *
     * @param key         a primary key (id, k), or (id) for HASH
     * @param index       a partitioned index on v
     * @param withDefault a default partition (not for HASH)
     * @param fkOut       a foreign key (id) from the parent to a table {@code <name>_ref} of the family, cloned onto
     *                    the partitions
     * @param fkIn        a table {@code <name>_in} of the family whose foreign key references the parent's key (when
     *                    there is one)
     */
    record PartitionedSpec(String name, int strategy, boolean key, boolean index, boolean withDefault,
                           List<PartSpec> partitions, boolean fkOut, boolean fkIn) implements ObjectSpec {

        PartitionedSpec(String name, int strategy, boolean key, boolean index, boolean withDefault,
                        List<PartSpec> partitions) {
            this(name, strategy, key, index, withDefault, partitions, false, false);
        }
    }

    /**
     * One partition of a {@link PartitionedSpec}: attached, or detached (a plain table of the same columns, with copies
     * of the parent's key and index when {@code keepCopies}, as DETACH leaves them).
     *
     * @param fkCopy    for a detached one, the copy of the parent's foreign key it keeps: 0 under the parent's name,
     *                  1 under a name of its own, 2 none
     * @param copyNames the copies of the parent's indexes it declares under names PostgreSQL would not give them
     *                  (attachedIndexName): bit 0 the index on v, bit 1 the key's; a detached one keeps those names
     */
    record PartSpec(int bound, boolean attached, boolean keepCopies, int fkCopy, int copyNames) {

        PartSpec(int bound, boolean attached, boolean keepCopies) {
            this(bound, attached, keepCopies, 0, 0);
        }
    }

    /**
     * Privileges on one target for one grantee ({@code revoke}: PUBLIC's default taken away); the name is the
     * target's and the grantee's.
     */
    record GrantSpec(String name, ObjectId target, String grantee, List<String> privileges, boolean grantOption,
                     boolean revoke) implements ObjectSpec {
    }
}
