package dev.retort.diff.plan;

import dev.retort.diff.change.*;
import dev.retort.diff.kind.ManagedKinds;

/**
 * PlanPhase is the priority that breaks ties of the change graph ({@link ChangeGraph}): every change falls in one
 * phase, and among changes that are free to run, the lower phase runs first. The dependencies decide the rest (a
 * generated column after the columns it reads, an ownership released before its table goes).
 *
 * <p>Drops first (foreign keys, indexes, constraints, columns, tables), then renames, then creations (schemas,
 * types, sequences, tables, columns), column alterations (loosening ones before type changes before tightening
 * ones), constraints, indexes, foreign keys (after every table exists, so cycles and self references work),
 * comments, and last the drops of sequences, types and schemas that nothing uses any more.
 */
final class PlanPhase implements SchemaChangeVisitor<Integer> {

    static final PlanPhase INSTANCE = new PlanPhase();

    private PlanPhase() {
    }

    static int of(SchemaChange change) {
        return change.accept(INSTANCE);
    }

    // a partition leaves its parent after the parent's indexes and keys are dropped (their copies go with them) and
    // before columns are (the table keeps them); it joins one once its columns match
    @Override public Integer visit(DetachPartition c) { return 45; }
    @Override public Integer visit(AttachPartition c) { return 250; }
    @Override public Integer visit(AttachIndexCopy c) { return 412; }
    @Override public Integer visit(DetachIndexCopy c) { return 29; }
    // right after an attach (whose copies it names) by phase; after a new parent index by its requirement. One that
    // gives a partition's key back to its copy (the key goes with the parent's index, see CopyKeys) is a drop
    @Override public Integer visit(RenameIndexCopy c) { return c.to().name() == null && c.constraint() != null ? 29 : 260; }
    @Override public Integer visit(AlterTableInheritance c) { return c.inherit() ? 250 : 10; }
    // drops
    // a sequence gives up its owning column before anything is dropped, and so before it takes a new owner (300)
    @Override public Integer visit(AlterSequence c) { return c.releasesOwnership() ? 15 : 300; }
    @Override public Integer visit(DropForeignKey c) { return 20; }
    @Override public Integer visit(DropIndex c) { return 30; }
    @Override public Integer visit(DropPartitionedIndex c) { return 30; }
    @Override public Integer visit(DropCheckConstraint c) { return 40; }
    @Override public Integer visit(DropUniqueConstraint c) { return 41; }
    @Override public Integer visit(DropPrimaryKey c) { return 42; }
    @Override public Integer visit(DropColumn c) { return 50; }
    @Override public Integer visit(DropTable c) { return 60; }
    // renames: columns run on the old table name, before table renames
    @Override public Integer visit(RenameColumn c) { return 70; }
    @Override public Integer visit(RenameTable c) { return 71; }
    // constraints and indexes a declared rename gives new names: on the table's new name
    @Override public Integer visit(RenameConstraint c) { return 72; }
    @Override public Integer visit(RenameIndex c) { return 73; }
    // after the table and column renames, before anything created could want the name
    @Override public Integer visit(RenameIdentitySequence c) { return 74; }
    // creations
    @Override public Integer visit(CreateSchema c) { return 100; }
    @Override public Integer visit(CreateEnum c) { return 110; }
    @Override public Integer visit(AlterEnum c) { return 111; }
    @Override public Integer visit(CreateSequence c) { return 120; }
    @Override public Integer visit(CreateTable c) { return 130; }
    @Override public Integer visit(RepartitionTable c) { return 131; }
    @Override public Integer visit(AddColumn c) { return 140; }
    // loosening alterations: identity and generation go before NOT NULL can be dropped, defaults before identity;
    // a column recreated with a generation expression goes before tightening
    @Override public Integer visit(AlterColumnIdentity c) { return c.to().identity() == null ? 200 : 232; }
    @Override public Integer visit(AlterColumnGenerated c) { return c.to().generatedExpression() == null ? 201 : 225; }
    @Override public Integer visit(AlterColumnDefault c) { return c.to().defaultExpression() == null ? 202 : 233; }
    @Override public Integer visit(AlterColumnNullability c) { return c.to().nullable() ? 203 : 231; }
    @Override public Integer visit(AlterColumnType c) { return 220; }
    @Override public Integer visit(AlterColumnStorage c) { return 221; }
    // a replica identity that stops using an index runs among the drops, before the index's (or its table's)
    @Override public Integer visit(AlterTableOptions c) {
        return c.from().replicaIdentityIndex() != null && c.to().replicaIdentityIndex() == null ? 25 : 240;
    }
    // constraints, indexes, foreign keys, comments
    @Override public Integer visit(AddCheckConstraint c) { return 400; }
    @Override public Integer visit(AddPrimaryKey c) { return 401; }
    @Override public Integer visit(AddUniqueConstraint c) { return 402; }
    @Override public Integer visit(CreateIndex c) { return 410; }
    @Override public Integer visit(CreatePartitionedIndex c) { return 410; }
    @Override public Integer visit(AddForeignKey c) { return 420; }
    // validation checks the rows once every key it relies on exists
    @Override public Integer visit(AlterConstraintValidation c) { return 425; }
    @Override public Integer visit(AlterTableComment c) { return 500; }
    @Override public Integer visit(AlterConstraintComment c) { return 502; }
    @Override public Integer visit(AlterIndexComment c) { return 503; }
    @Override public Integer visit(AlterColumnComment c) { return 501; }
    // the other kinds say where they fall
    @Override public Integer visit(CreateObject c) { return ManagedKinds.of(c.object()).createPhase(c.object()); }
    @Override public Integer visit(AlterObject c) { return ManagedKinds.of(c.to()).alterPhase(c.to()); }
    @Override public Integer visit(DropObject c) { return ManagedKinds.of(c.object()).dropPhase(c.object()); }
    // what nothing uses any more
    @Override public Integer visit(DropSequence c) { return 900; }
    @Override public Integer visit(DropEnum c) { return 910; }
    @Override public Integer visit(DropSchema c) { return 920; }
}
