package dev.retort.diff.kind;

import dev.retort.diff.change.AlterObject;
import dev.retort.diff.change.CreateObject;
import dev.retort.diff.change.DropObject;
import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.schema.model.SchemaObject;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * ManagedKind is everything Retort knows about one kind of {@link SchemaObject} (extensions, views, functions ...):
 * how to read all of them from the catalog in one query, how PostgreSQL names them in {@code pg_depend}, how two
 * states of one object differ, the SQL that creates, drops and alters one (each statement with its hazards), and
 * where those statements fall among the other changes when dependencies do not decide.
 *
 * <p>A kind is a package under {@code dev.retort.diff.kind} holding its {@code ManagedKind} and whatever helpers it
 * needs, plus one line in {@link ManagedKinds}; its model record lives in {@code dev.retort.schema.model}, its DSL in
 * {@code dev.retort.schema.dsl} (a default method of {@code Namespace} and an {@code ObjectDraft}) and its Java source
 * in {@code ObjectSources}. The changes are the generic {@link CreateObject}, {@link DropObject} and
 * {@link AlterObject}, whose inverses are each other: the downgrade is derived.
 *
 * <pre>{@code
 * ManagedKind<Extension> kind = ManagedKinds.kindOf(Extension.class);
 * kind.create(new Extension("pg_trgm", "public", null, null));   // [CREATE EXTENSION pg_trgm SCHEMA public]
 * }</pre>
 *
 * @param <T> the kind's model record
 */
public interface ManagedKind<T extends SchemaObject> {

    /** The kind's model record type. */
    Class<T> type();

    /** The {@link UnmanagedKind}s this kind takes over: the inspector no longer reports those as unmanaged. */
    Set<UnmanagedKind> takesOver();

    /** Every object of this kind in the inspected schemas, read in one query; extension members left out. */
    List<T> read(CatalogQuery catalog) throws SQLException;

    /**
     * How {@code pg_depend} names this kind's objects: a {@code SELECT} of rows {@code (classid regclass, objid oid,
     * objsubid integer, kind text, nspname name, relname name, member name)}, where kind is the
     * {@link dev.retort.schema.model.ObjectKind} name and relname and member are the object's {@code ObjectId} name
     * and member; several selects may be joined with {@code UNION ALL}. Null when no object of the kind is a
     * dependency or a dependent.
     */
    default String dependencyObjects() {
        return null;
    }

    /**
     * A cheap SQL condition that is true when the inspected schemas may hold objects of this kind (false only when
     * {@link #read} would find none), e.g. {@code EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t ... WHERE
     * n.nspname = ANY (?))}. The inspector asks every kind's condition in one query and skips {@link #read} and
     * {@link #dependencyObjects} of the kinds that are absent: fewer queries for small schemas, and no catalog scans
     * for kinds a database does not use. Null (the default): always read.
     */
    default String presence() {
        return null;
    }

    /** The changes that turn {@code from} into {@code to}, two states of one object: in place or drop and create. */
    default List<SchemaChange> diff(T from, T to) {
        if (from.equals(to)) {
            return List.of();
        }
        if (alterable(from, to)) {
            return List.of(new AlterObject(from, to));
        }
        return List.of(new DropObject(from), new CreateObject(to));
    }

    /** True when {@link #alter} turns {@code from} into {@code to} in place (what depends on it is kept). */
    default boolean alterable(T from, T to) {
        return false;
    }

    /** The statements that create {@code object}. */
    List<SqlStatement> create(T object);

    /** The statements that drop {@code object}. */
    List<SqlStatement> drop(T object);

    /** The statements that change {@code from} into {@code to} in place; only called when {@link #alterable}. */
    default List<SqlStatement> alter(T from, T to) {
        throw new IllegalStateException(from.id() + " cannot be changed in place");
    }

    /**
     * True when {@link #alter} builds something over the rows of an object that serves queries (a materialized
     * view's new index): the lock-safe plan then asks for {@link #alterConcurrently} instead, as it builds a table's
     * new index concurrently.
     */
    default boolean buildsInPlace(T from, T to) {
        return false;
    }

    /**
     * The statements of {@link #alter} in the lock-safe form: what it builds or drops, {@code CONCURRENTLY}, each such
     * statement outside a transaction. Only called when {@link #buildsInPlace}.
     */
    default List<SqlStatement> alterConcurrently(T from, T to) {
        return alter(from, to);
    }

    /**
     * The normalized object with what the catalog cannot hold carried over from the declaration (e.g. an extension
     * declared without a version), so that the declaration compares as it was meant.
     */
    default T withHints(T normalized, T declared) {
        return normalized;
    }

    /** The priority of its creation among changes the dependencies leave free (see PlanPhase). */
    int createPhase();

    /** The priority of its drop among changes the dependencies leave free. */
    int dropPhase();

    /** The priority of an in-place change. */
    default int alterPhase() {
        return createPhase();
    }

    /** The priority of creating this {@code object}: by default the kind's {@link #createPhase()}. */
    default int createPhase(T object) {
        return createPhase();
    }

    /** The priority of dropping this {@code object}: by default the kind's {@link #dropPhase()}. */
    default int dropPhase(T object) {
        return dropPhase();
    }

    /** The priority of changing {@code object} in place: by default the kind's {@link #alterPhase()}. */
    default int alterPhase(T object) {
        return alterPhase();
    }
}
