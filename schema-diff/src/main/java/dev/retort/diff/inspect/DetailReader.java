package dev.retort.diff.inspect;

import dev.retort.schema.model.QualifiedName;

import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * DetailReader reads, in one query, every detail of a managed object that the model does not hold and whose value
 * is not PostgreSQL's default (see {@link DetailCatalog} for the list). A value that is unset where the default is
 * not (e.g. the public schema without its comment) reads {@code (none)}.
 */
final class DetailReader {

    private DetailReader() {
    }

    static void read(Catalog catalog, Consumer<UnmodeledDetail> details) throws SQLException {
        catalog.query(DetailCatalog.SQL, rs -> details.accept(new UnmodeledDetail(rs.getString(1),
                QualifiedName.of(rs.getString(2), rs.getString(3)), rs.getString(4),
                rs.getString(5) == null ? "(none)" : rs.getString(5))));
    }
}
