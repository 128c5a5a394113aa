/**
 * Object kinds: one package per kind, each holding how the kind is read from the catalog, compared, and written as
 * SQL with its hazards. This package is the registry the inspector, differ, planner and renderer ask for the kinds;
 * it is the one place that knows every kind's package.
 *
 * <h2>The built-in kinds</h2>
 * The model holds these in its own lists ({@code SchemaModel.tables()}, {@code enums()}, {@code sequences()}):
 * <ul>
 *   <li>{@code kind.table}: tables and what PostgreSQL keeps with a table (columns, primary keys, unique
 *   constraints, checks, foreign keys, indexes, comments, options, partitions and inheritance). They are one
 *   package because a table pair is compared in one pass: a declared table or column rename carries over to its
 *   constraints and indexes ({@code ConstraintRenames}), and a partition inherits its parent's columns, keys and
 *   indexes ({@code Hierarchies}), which the differ must not report twice.</li>
 *   <li>{@code kind.enumtype}: enums (an enum recreate converts the columns using it, which it learns from
 *   {@code kind.table}'s {@code TablePairs}).</li>
 *   <li>{@code kind.sequence}: sequences (an identity sequence's options belong to its column).</li>
 *   <li>{@code kind.schema}: schemas.</li>
 * </ul>
 * {@link dev.retort.diff.kind.BuiltInKinds} reads them and {@link dev.retort.diff.kind.BuiltInSql} sends each of
 * their changes to its package's SQL; {@code compare.SchemaDiffer} calls each package's differ.
 *
 * <h2>Adding a kind</h2>
 * Every kind added since is a {@link dev.retort.diff.kind.ManagedKind}: a package {@code dev.retort.diff.kind.<kind>}
 * and one line in {@link dev.retort.diff.kind.ManagedKinds}. It takes:
 * <ol>
 *   <li>A model record implementing {@code SchemaObject} in {@code dev.retort.schema.model}, with its
 *   {@code ObjectKind} and {@code ObjectId}.</li>
 *   <li>Its DSL: a default method of {@code Namespace} returning an {@code ObjectDraft}, and its Java source in
 *   {@code ObjectSources} (for {@code inspect --format java}).</li>
 *   <li>The {@code ManagedKind}: one set-based catalog query for all objects of the kind ({@code read}); how
 *   {@code pg_depend} names them ({@code dependencyObjects}), from which the graph orders the changes and finds the
 *   dependents to drop and recreate; {@code diff}, {@code create}, {@code drop} and {@code alter} returning
 *   {@code SqlStatement}s with their hazards; the {@code UnmanagedKind}s it takes over.</li>
 *   <li>Its changes are the generic {@code CreateObject}, {@code DropObject} and {@code AlterObject}, which are each
 *   other's inverses, so the downgrade is derived and no new change type is needed.</li>
 *   <li>Tests: a {@code <kind>.cases} file of acceptance cases (found automatically; a create and a drop case are
 *   required), the DSL, and the Java source round trip.</li>
 * </ol>
 * The change records stay in {@code dev.retort.diff.change}: {@code SchemaChange} is sealed, and Java allows a
 * sealed type's subclasses in other packages only inside a named module.
 */
package dev.retort.diff.kind;
