package dev.retort.diff.change;

/**
 * SchemaChange is one difference between two schema models, as a value that knows its inverse.
 *
 * <p>A drop carries the whole dropped object and a modification carries {@code from} and {@code to}, so that
 * {@code c.inverse().inverse().equals(c)} for every change and a downgrade is the reversed list of inverses.
 * Java 17 has no pattern-matching switch: dispatch with {@link #accept(SchemaChangeVisitor)}.
 *
 * <pre>{@code
 * SchemaChange add = new AddColumn(users, Column.of("email", new BuiltinType("text")));
 * add.inverse();   // DropColumn[table=public.users, column=...email...]
 * }</pre>
 */
public sealed interface SchemaChange permits
        AddCheckConstraint,
        AddColumn,
        AddForeignKey,
        AddPrimaryKey,
        AddUniqueConstraint,
        AlterConstraintComment,
        AlterConstraintValidation,
        AlterColumnComment,
        AlterColumnDefault,
        AlterColumnGenerated,
        AlterColumnIdentity,
        AlterColumnNullability,
        AlterColumnStorage,
        AlterColumnType,
        AlterEnum,
        AlterIndexComment,
        AlterObject,
        AlterSequence,
        AlterTableComment,
        AlterTableInheritance,
        AlterTableOptions,
        AttachIndexCopy,
        AttachPartition,
        CreateEnum,
        CreateIndex,
        CreatePartitionedIndex,
        CreateObject,
        CreateSchema,
        CreateSequence,
        CreateTable,
        DetachIndexCopy,
        DetachPartition,
        DropCheckConstraint,
        DropColumn,
        DropEnum,
        DropForeignKey,
        DropIndex,
        DropPartitionedIndex,
        DropObject,
        DropPrimaryKey,
        DropSchema,
        DropSequence,
        DropTable,
        DropUniqueConstraint,
        RenameColumn,
        RenameConstraint,
        RenameIndex,
        RenameIdentitySequence,
        RenameIndexCopy,
        RenameTable,
        RepartitionTable {

    /** The change that undoes this one. */
    SchemaChange inverse();

    /** Calls the visitor method for this change's type. */
    <R> R accept(SchemaChangeVisitor<R> visitor);

    /**
     * What the change touches, for the planner's graph: its subject (named as its SQL names it), what it requires,
     * creates, removes and releases. What expressions use comes from the models' dependencies, not from here.
     */
    Footprint footprint();

    /** A short lower-case description for script headers and messages: {@code drop column public.users.email}. */
    String describe();
}
