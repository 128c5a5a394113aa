package dev.retort.diff.render;

import dev.retort.diff.change.SchemaChange;
import dev.retort.diff.kind.BuiltInSql;
import dev.retort.diff.plan.SqlRenderer;
import dev.retort.diff.plan.SqlStatement;

import java.util.List;

/**
 * PostgresSqlRenderer turns one {@link SchemaChange} into the PostgreSQL statements that perform it (without
 * trailing semicolons), each with its hazards and whether it may run in a transaction, decided here from the typed
 * change. Identifiers are quoted where needed and literals escaped; expressions (defaults, checks, predicates) are
 * emitted as the model holds them.
 *
 * <p>The SQL of each kind lives in the kind's package ({@code dev.retort.diff.kind.table}, {@code .enumtype},
 * {@code .sequence}, {@code .schema}, and one package per {@code ManagedKind}); {@link BuiltInSql} dispatches a change
 * to it, and the table locks come from {@link Locks}.
 *
 * <pre>{@code
 * List<SqlStatement> sql = new PostgresSqlRenderer().render(new DropColumn(users, email));
 * // [ALTER TABLE public.users DROP COLUMN email  (DELETES_DATA, ACCESS_EXCLUSIVE_LOCK)]
 * }</pre>
 */
public final class PostgresSqlRenderer implements SqlRenderer {

    /** The statements for {@code change}, in execution order; empty when the change needs no SQL. */
    @Override
    public List<SqlStatement> render(SchemaChange change) {
        return change.accept(BuiltInSql.INSTANCE);
    }

    /** The SQL text of {@code change}'s statements, for tests and messages. */
    public List<String> sql(SchemaChange change) {
        return render(change).stream().map(SqlStatement::sql).toList();
    }
}
