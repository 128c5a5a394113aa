/**
 * The planner: orders changes as a graph and renders each into statements with their
 * {@link dev.retort.diff.plan.Hazard}s and transaction mode.
 *
 * <h2>How a plan is made</h2>
 * <ul>
 *   <li>Every schema object has an identity, {@link dev.retort.schema.model.ObjectId} (kind and qualified name;
 *       columns, constraints and indexes are members of their table).</li>
 *   <li>Every change names its {@link dev.retort.diff.change.Footprint}: the object it acts on, what it requires,
 *       creates, removes and releases.</li>
 *   <li>Each model holds its {@link dev.retort.schema.model.Dependencies}, read from the catalog by the inspector
 *       ({@code inspect.ObjectDependencyReader}: pg_depend, with constraints' and indexes' columns, defaults as their
 *       columns); a declaration gets them from the normalizer, which builds it in a scratch database and inspects
 *       it. Nothing decides from SQL text what depends on what.</li>
 *   <li>{@link dev.retort.diff.plan.ChangeGraph} sorts the changes: a change runs after the changes that create what
 *       it (and, by the target model's dependencies, what it creates) requires; a change that takes something away
 *       runs before the changes that take away what that used (by the source model's dependencies). So what depends
 *       on an object that is dropped, recreated or retyped is dropped before and created again after, in the upgrade
 *       and, planned from the inverses with the models swapped, in the downgrade. Ties keep the order of
 *       {@link dev.retort.diff.plan.PlanPhase}, then descriptions: plans are deterministic. Foreign keys are their
 *       own changes that require their tables, so cycles are added after all their tables.</li>
 *   <li>The renderer ({@link dev.retort.diff.plan.SqlRenderer}) returns {@link dev.retort.diff.plan.SqlStatement}s
 *       with their hazards, each with a message, and whether they can run in a transaction, decided from the typed
 *       change; the planner adds {@code HAS_UNTRACKABLE_DEPENDENCIES} where an unmanaged object uses what a
 *       statement takes away. Statements a user wrote are classified by {@link dev.retort.diff.plan.HandWrittenSql}.</li>
 * </ul>
 *
 * <h2>What adding an object kind takes</h2>
 * Today the kinds live in the role packages (inspect, compare, change, render, plan); a kind added now (a view, a
 * function, a trigger) needs:
 * <ol>
 *   <li>its model record and an {@link dev.retort.schema.model.ObjectKind} (routines: an identity with their argument
 *       types), its reader in {@code inspect} (one set-based query, counted in
 *       {@code PostgresInspector.QUERY_COUNT}), and its rows in {@code ObjectDependencyReader}'s object list so that its
 *       dependencies are named as the model names it (it then stops being {@code UNMANAGED});</li>
 *   <li>its differ in {@code compare}, comparing by identity and deciding "recreate" from the dependencies of the
 *       objects it uses, never from its text;</li>
 *   <li>its change records in {@code change}, each with {@code inverse()}, {@code describe()} and a
 *       {@code footprint()}, and a visit method in {@link dev.retort.diff.change.SchemaChangeVisitor};</li>
 *   <li>its SQL in {@code render}, each statement with the hazards and lock it really takes, and its phase in
 *       {@link dev.retort.diff.plan.PlanPhase} (a tie-break only: the order comes from the footprints and
 *       dependencies);</li>
 *   <li>a file of acceptance cases in {@code src/test/resources/acceptance} (old DDL, new DDL, plan, downgrade,
 *       hazards), run up, down and diff(B, B) = empty on a real PostgreSQL.</li>
 * </ol>
 * Moving each kind into a package of its own ({@code diff.kind.table}, {@code diff.kind.index} ...) behind one
 * interface (reader, differ, renderer, phase) would make steps 1 to 4 "a new package and one registration".
 */
package dev.retort.diff.plan;
