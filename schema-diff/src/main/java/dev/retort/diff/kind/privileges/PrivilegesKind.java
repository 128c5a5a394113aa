package dev.retort.diff.kind.privileges;

import dev.retort.diff.inspect.CatalogQuery;
import dev.retort.diff.inspect.UnmanagedKind;
import dev.retort.diff.kind.ManagedKind;
import dev.retort.diff.kind.ManagedKinds;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.schema.model.ObjectKind;
import dev.retort.schema.model.Privileges;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * PrivilegesKind manages the privileges on tables, views, materialized views, columns, sequences, routines, schemas
 * and types: every change is the GRANTs and REVOKEs of the differences ({@link PrivilegeSql}), so privileges always
 * change in place. Retort never creates roles; the normalizer names a declared grantee that does not exist. Default privileges
 * ({@code ALTER DEFAULT PRIVILEGES}) are left alone. Grants go after everything they are on exists, column grants after
 * table grants (a REVOKE on a table revokes the same privilege on its columns); revokes go before the drops.
 *
 * <pre>{@code
 * GRANT SELECT, INSERT ON TABLE public.users TO app_user
 * REVOKE EXECUTE ON FUNCTION public.purge() FROM PUBLIC
 * }</pre>
 */
public final class PrivilegesKind implements ManagedKind<Privileges> {

    @Override
    public Class<Privileges> type() {
        return Privileges.class;
    }

    @Override
    public Set<UnmanagedKind> takesOver() {
        return Set.of();
    }

    @Override
    public List<Privileges> read(CatalogQuery catalog) throws SQLException {
        return PrivilegesReader.read(catalog, ManagedKinds.takenOver());
    }

    @Override
    public boolean alterable(Privileges from, Privileges to) {
        return true;
    }

    @Override
    public List<SqlStatement> create(Privileges privileges) {
        return PrivilegeSql.change(none(privileges), privileges);
    }

    @Override
    public List<SqlStatement> drop(Privileges privileges) {
        return PrivilegeSql.change(privileges, none(privileges));
    }

    @Override
    public List<SqlStatement> alter(Privileges from, Privileges to) {
        return PrivilegeSql.change(from, to);
    }

    @Override
    public int createPhase() {
        return 600;
    }

    @Override
    public int dropPhase() {
        return 15;
    }

    @Override
    public int createPhase(Privileges privileges) {
        return onColumn(privileges) ? 601 : 600;
    }

    @Override
    public int alterPhase(Privileges privileges) {
        return createPhase(privileges);
    }

    @Override
    public int dropPhase(Privileges privileges) {
        return onColumn(privileges) ? 16 : 15;
    }

    private static boolean onColumn(Privileges privileges) {
        return privileges.target().kind() == ObjectKind.COLUMN;
    }

    private static Privileges none(Privileges privileges) {
        return new Privileges(privileges.target(), List.of(), List.of());
    }
}
