package dev.retort.diff.change;

/**
 * SchemaChangeVisitor has one method per {@link SchemaChange} type (Java 17 has no pattern-matching switch).
 *
 * <pre>{@code
 * String sql = change.accept(new MyVisitor());
 * }</pre>
 *
 * @param <R> what a visit returns
 */
public interface SchemaChangeVisitor<R> {

    R visit(AddCheckConstraint change);

    R visit(AddColumn change);

    R visit(AddForeignKey change);

    R visit(AddPrimaryKey change);

    R visit(AddUniqueConstraint change);

    R visit(AlterConstraintComment change);

    R visit(AlterConstraintValidation change);

    R visit(AlterColumnComment change);

    R visit(AlterColumnDefault change);

    R visit(AlterColumnGenerated change);

    R visit(AlterColumnIdentity change);

    R visit(AlterColumnNullability change);

    R visit(AlterColumnStorage change);

    R visit(AlterColumnType change);

    R visit(AlterEnum change);

    R visit(AlterIndexComment change);

    R visit(AlterObject change);

    R visit(AlterSequence change);

    R visit(AlterTableComment change);

    R visit(AlterTableInheritance change);

    R visit(AlterTableOptions change);

    R visit(AttachPartition change);

    R visit(AttachIndexCopy change);

    R visit(DetachIndexCopy change);

    R visit(RenameIndexCopy change);

    R visit(CreateEnum change);

    R visit(CreateIndex change);

    R visit(CreatePartitionedIndex change);

    R visit(CreateObject change);

    R visit(CreateSchema change);

    R visit(CreateSequence change);

    R visit(CreateTable change);

    R visit(DetachPartition change);

    R visit(DropCheckConstraint change);

    R visit(DropColumn change);

    R visit(DropEnum change);

    R visit(DropForeignKey change);

    R visit(DropIndex change);

    R visit(DropPartitionedIndex change);

    R visit(DropObject change);

    R visit(DropPrimaryKey change);

    R visit(DropSchema change);

    R visit(DropSequence change);

    R visit(DropTable change);

    R visit(DropUniqueConstraint change);

    R visit(RenameColumn change);

    R visit(RenameConstraint change);

    R visit(RenameIndex change);

    R visit(RenameIdentitySequence change);

    R visit(RenameTable change);

    R visit(RepartitionTable change);
}
