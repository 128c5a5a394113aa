package dev.retort.diff.kind;

import dev.retort.diff.change.*;
import dev.retort.diff.kind.enumtype.EnumSql;
import dev.retort.diff.kind.schema.SchemaSql;
import dev.retort.diff.kind.sequence.SequenceSql;
import dev.retort.diff.kind.table.ColumnChangeSql;
import dev.retort.diff.kind.table.IndexCopySql;
import dev.retort.diff.kind.table.IndexSql;
import dev.retort.diff.kind.table.KeySql;
import dev.retort.diff.kind.table.PartitionSql;
import dev.retort.diff.kind.table.RepartitionSql;
import dev.retort.diff.kind.table.TableOptionsSql;
import dev.retort.diff.kind.table.TableSql;
import dev.retort.diff.plan.SqlStatement;

import java.util.List;

/**
 * BuiltInSql sends each {@link SchemaChange} to the SQL of its kind's package: {@code kind.schema},
 * {@code kind.enumtype}, {@code kind.sequence} and {@code kind.table} for the built-in kinds, and the registered
 * {@link ManagedKind} for {@link CreateObject}, {@link DropObject} and {@link AlterObject}. It holds no SQL itself.
 *
 * <pre>{@code
 * List<SqlStatement> sql = new DropColumn(users, email).accept(BuiltInSql.INSTANCE);
 * }</pre>
 */
public final class BuiltInSql implements SchemaChangeVisitor<List<SqlStatement>> {

    /** The one instance (it has no state). */
    public static final BuiltInSql INSTANCE = new BuiltInSql();

    private BuiltInSql() {
    }

    @Override
    public List<SqlStatement> visit(CreateObject change) {
        return ManagedKinds.of(change.object()).create(change.object());
    }

    @Override
    public List<SqlStatement> visit(DropObject change) {
        return ManagedKinds.of(change.object()).drop(change.object());
    }

    @Override
    public List<SqlStatement> visit(AlterObject change) {
        return change.concurrently() ? ManagedKinds.of(change.to()).alterConcurrently(change.from(), change.to())
                : ManagedKinds.of(change.to()).alter(change.from(), change.to());
    }

    @Override
    public List<SqlStatement> visit(CreateSchema change) {
        return SchemaSql.create(change);
    }

    @Override
    public List<SqlStatement> visit(DropSchema change) {
        return SchemaSql.drop(change);
    }

    @Override
    public List<SqlStatement> visit(CreateEnum change) {
        return EnumSql.create(change);
    }

    @Override
    public List<SqlStatement> visit(DropEnum change) {
        return EnumSql.drop(change);
    }

    @Override
    public List<SqlStatement> visit(AlterEnum change) {
        return EnumSql.alter(change);
    }

    @Override
    public List<SqlStatement> visit(CreateSequence change) {
        return SequenceSql.create(change);
    }

    @Override
    public List<SqlStatement> visit(DropSequence change) {
        return SequenceSql.drop(change);
    }

    @Override
    public List<SqlStatement> visit(AlterSequence change) {
        return SequenceSql.alter(change);
    }

    @Override
    public List<SqlStatement> visit(CreateTable change) {
        return TableSql.create(change);
    }

    @Override
    public List<SqlStatement> visit(DropTable change) {
        return TableSql.drop(change);
    }

    @Override
    public List<SqlStatement> visit(RenameTable change) {
        return TableSql.rename(change);
    }

    @Override
    public List<SqlStatement> visit(RepartitionTable change) {
        return RepartitionSql.statements(change);
    }

    @Override
    public List<SqlStatement> visit(AlterTableComment change) {
        return TableSql.comment(change);
    }

    @Override
    public List<SqlStatement> visit(AlterTableOptions change) {
        return TableOptionsSql.alter(change);
    }

    @Override
    public List<SqlStatement> visit(AttachPartition change) {
        return PartitionSql.attachStatement(change.table(), change.partitionOf());
    }

    @Override
    public List<SqlStatement> visit(DetachPartition change) {
        return PartitionSql.detachStatements(change);
    }

    @Override
    public List<SqlStatement> visit(AlterTableInheritance change) {
        return PartitionSql.inheritance(change.table(), change.parent(), change.inherit());
    }

    @Override
    public List<SqlStatement> visit(AddColumn change) {
        return ColumnChangeSql.add(change.table(), change.column());
    }

    @Override
    public List<SqlStatement> visit(DropColumn change) {
        return List.of(ColumnChangeSql.drop(change.table(), change.column()));
    }

    @Override
    public List<SqlStatement> visit(RenameColumn change) {
        return TableSql.renameColumn(change);
    }

    @Override
    public List<SqlStatement> visit(AlterColumnType change) {
        return ColumnChangeSql.type(change);
    }

    @Override
    public List<SqlStatement> visit(AlterColumnNullability change) {
        return ColumnChangeSql.nullability(change);
    }

    @Override
    public List<SqlStatement> visit(AlterColumnDefault change) {
        return ColumnChangeSql.defaultValue(change);
    }

    @Override
    public List<SqlStatement> visit(AlterColumnIdentity change) {
        return ColumnChangeSql.identity(change);
    }

    @Override
    public List<SqlStatement> visit(AlterColumnGenerated change) {
        return ColumnChangeSql.generated(change);
    }

    @Override
    public List<SqlStatement> visit(AlterColumnComment change) {
        return List.of(ColumnChangeSql.comment(change.toTable(), change.to()));
    }

    @Override
    public List<SqlStatement> visit(AddPrimaryKey change) {
        return KeySql.addPrimaryKey(change);
    }

    @Override
    public List<SqlStatement> visit(DropPrimaryKey change) {
        return KeySql.dropPrimaryKey(change);
    }

    @Override
    public List<SqlStatement> visit(AddForeignKey change) {
        return KeySql.addForeignKey(change);
    }

    @Override
    public List<SqlStatement> visit(DropForeignKey change) {
        return KeySql.dropForeignKey(change);
    }

    @Override
    public List<SqlStatement> visit(AddUniqueConstraint change) {
        return KeySql.addUnique(change);
    }

    @Override
    public List<SqlStatement> visit(DropUniqueConstraint change) {
        return KeySql.dropUnique(change);
    }

    @Override
    public List<SqlStatement> visit(AddCheckConstraint change) {
        return KeySql.addCheck(change);
    }

    @Override
    public List<SqlStatement> visit(DropCheckConstraint change) {
        return KeySql.dropCheck(change);
    }

    @Override
    public List<SqlStatement> visit(RenameConstraint change) {
        return KeySql.rename(change);
    }

    @Override
    public List<SqlStatement> visit(RenameIndexCopy change) {
        return IndexCopySql.rename(change);
    }

    @Override
    public List<SqlStatement> visit(AttachIndexCopy change) {
        return IndexCopySql.attach(change);
    }

    @Override
    public List<SqlStatement> visit(DetachIndexCopy change) {
        return IndexCopySql.detach(change);
    }

    @Override
    public List<SqlStatement> visit(RenameIndex change) {
        return IndexSql.rename(change);
    }

    @Override
    public List<SqlStatement> visit(RenameIdentitySequence change) {
        return SequenceSql.rename(change);
    }

    @Override
    public List<SqlStatement> visit(AlterConstraintComment change) {
        return KeySql.comment(change);
    }

    @Override
    public List<SqlStatement> visit(AlterConstraintValidation change) {
        return KeySql.validation(change);
    }

    @Override
    public List<SqlStatement> visit(AlterColumnStorage change) {
        return ColumnChangeSql.storage(change);
    }

    @Override
    public List<SqlStatement> visit(CreateIndex change) {
        return IndexSql.create(change);
    }

    @Override
    public List<SqlStatement> visit(CreatePartitionedIndex change) {
        return PartitionSql.createPartitioned(change);
    }

    @Override
    public List<SqlStatement> visit(DropPartitionedIndex change) {
        return PartitionSql.dropPartitioned(change);
    }

    @Override
    public List<SqlStatement> visit(AlterIndexComment change) {
        return IndexSql.comment(change);
    }

    @Override
    public List<SqlStatement> visit(DropIndex change) {
        return IndexSql.drop(change);
    }
}
