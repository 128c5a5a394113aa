package dev.retort.diff.render;

import dev.retort.diff.change.*;
import dev.retort.diff.plan.SqlRenderer;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.IdentityOptions;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.TableConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgresSqlRenderer turns one {@link SchemaChange} into the PostgreSQL statements that perform it (without
 * trailing semicolons). Identifiers are quoted where needed and literals escaped; expressions (defaults, checks,
 * predicates) are emitted as the model holds them.
 *
 * <pre>{@code
 * List<String> sql = new PostgresSqlRenderer().render(new DropColumn(users, email));
 * // ["ALTER TABLE public.users DROP COLUMN email"]
 * }</pre>
 */
public final class PostgresSqlRenderer implements SqlRenderer {

    private final Visitor visitor = new Visitor();

    /** The statements for {@code change}, in execution order; empty when the change needs no SQL. */
    @Override
    public List<String> render(SchemaChange change) {
        return change.accept(visitor);
    }

    private static final class Visitor implements SchemaChangeVisitor<List<String>> {

        @Override
        public List<String> visit(CreateSchema change) {
            return List.of("CREATE SCHEMA " + SqlNames.name(change.name()));
        }

        @Override
        public List<String> visit(DropSchema change) {
            return List.of("DROP SCHEMA " + SqlNames.name(change.name()));
        }

        @Override
        public List<String> visit(CreateEnum change) {
            return TypeSql.createEnum(change.type());
        }

        @Override
        public List<String> visit(DropEnum change) {
            return List.of("DROP TYPE " + SqlNames.name(change.type().name()));
        }

        @Override
        public List<String> visit(AlterEnum change) {
            return TypeSql.alterEnum(change);
        }

        @Override
        public List<String> visit(CreateSequence change) {
            return TypeSql.createSequence(change.sequence());
        }

        @Override
        public List<String> visit(DropSequence change) {
            return List.of("DROP SEQUENCE " + SqlNames.name(change.sequence().name()));
        }

        @Override
        public List<String> visit(AlterSequence change) {
            return TypeSql.alterSequence(change.from(), change.to());
        }

        @Override
        public List<String> visit(CreateTable change) {
            Table table = change.table();
            List<String> parts = new ArrayList<>();
            table.columns().forEach(c -> parts.add(ColumnSql.definition(c)));
            List<TableConstraint> inline = new ArrayList<>();
            if (table.primaryKey() != null) {
                inline.add(table.primaryKey());
            }
            inline.addAll(table.uniqueConstraints());
            // CREATE TABLE validates a NOT VALID check anyway (the table is empty): it is added afterwards
            List<CheckConstraint> unvalidated = table.checkConstraints().stream().filter(CheckConstraint::notValid).toList();
            table.checkConstraints().stream().filter(c -> !c.notValid()).forEach(inline::add);
            inline.forEach(c -> parts.add(ConstraintSql.clause(c)));
            List<String> sql = new ArrayList<>();
            sql.add("CREATE TABLE " + SqlNames.name(table.name()) + " ("
                    + (parts.isEmpty() ? "" : "\n    " + String.join(",\n    ", parts) + "\n") + ")");
            unvalidated.forEach(c -> sql.add(ConstraintSql.addConstraint(table.name(), ConstraintSql.check(c))));
            inline.addAll(unvalidated);
            inline.stream().filter(c -> c.comment() != null)
                    .forEach(c -> sql.add(ConstraintSql.commentOnConstraint(table.name(), c.name(), c.comment())));
            if (table.comment() != null) {
                sql.add(commentOnTable(change.table().name(), table.comment()));
            }
            for (Column column : table.columns()) {
                if (column.storage() != null) {
                    sql.add(ColumnSql.setStorage(table.name(), column));
                }
            }
            for (Column column : table.columns()) {
                if (column.comment() != null) {
                    sql.add(ColumnSql.commentOnColumn(table.name(), column.name(), column.comment()));
                }
            }
            return sql;
        }

        @Override
        public List<String> visit(DropTable change) {
            return List.of("DROP TABLE " + SqlNames.name(change.table().name()));
        }

        @Override
        public List<String> visit(RenameTable change) {
            return List.of("ALTER TABLE " + SqlNames.name(change.from()) + " RENAME TO " + SqlNames.name(change.to().name()));
        }

        @Override
        public List<String> visit(AlterTableComment change) {
            return List.of(commentOnTable(change.toTable(), change.to()));
        }

        @Override
        public List<String> visit(AddColumn change) {
            return addColumn(change.table(), change.column());
        }

        @Override
        public List<String> visit(DropColumn change) {
            return List.of(dropColumn(change.table(), change.column()));
        }

        @Override
        public List<String> visit(RenameColumn change) {
            return List.of("ALTER TABLE " + SqlNames.name(change.fromTable()) + " RENAME COLUMN "
                    + SqlNames.name(change.from()) + " TO " + SqlNames.name(change.to()));
        }

        @Override
        public List<String> visit(AlterColumnType change) {
            Column from = change.from();
            Column to = change.to();
            String alter = ColumnSql.alterColumn(change.toTable(), to.name());
            List<String> sql = new ArrayList<>();
            // PostgreSQL casts the old default to the new type and fails when it cannot; drop it, set the target after
            boolean hasDefault = from.defaultExpression() != null;
            if (hasDefault) {
                sql.add(alter + " DROP DEFAULT");
            }
            // a generated column is recomputed from its expression; PostgreSQL refuses USING for it
            // a collation going back to the type's own is spelled "default"
            String collate = to.collation() != null ? " COLLATE " + ColumnSql.collation(to.collation())
                    : from.collation() != null ? " COLLATE pg_catalog.\"default\"" : "";
            sql.add(alter + " TYPE " + to.type().sql() + collate
                    + (from.generatedExpression() != null ? "" : " USING " + ColumnSql.using(to.name(), from.type(), to.type())));
            if (to.defaultExpression() != null) {
                sql.add(alter + " SET DEFAULT " + to.defaultExpression());
            }
            return sql;
        }

        @Override
        public List<String> visit(AlterColumnNullability change) {
            return List.of(ColumnSql.alterColumn(change.toTable(), change.to().name())
                    + (change.to().nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }

        @Override
        public List<String> visit(AlterColumnDefault change) {
            String target = change.to().defaultExpression();
            return List.of(ColumnSql.alterColumn(change.toTable(), change.to().name())
                    + (target == null ? " DROP DEFAULT" : " SET DEFAULT " + target));
        }

        @Override
        public List<String> visit(AlterColumnIdentity change) {
            String alter = ColumnSql.alterColumn(change.toTable(), change.to().name());
            if (change.to().identity() == null) {
                return List.of(alter + " DROP IDENTITY");
            }
            if (change.from().identity() == null) {
                // the new identity sequence starts at 1; move it past the values the column already holds
                String column = SqlNames.name(change.to().name());
                String table = SqlNames.name(change.toTable());
                String options = change.to().identityOptions() == null ? ""
                        : " (" + ColumnSql.identityOptions(change.to().identityOptions()) + ")";
                return List.of(alter + " ADD GENERATED " + change.to().identity().sql() + " AS IDENTITY" + options,
                        "SELECT setval(pg_get_serial_sequence(" + SqlNames.literal(table) + ", "
                                + SqlNames.literal(change.to().name()) + "), COALESCE(MAX(" + column + "), 0) + 1, false) FROM " + table);
            }
            List<String> clauses = new ArrayList<>();
            if (change.from().identity() != change.to().identity()) {
                clauses.add("SET GENERATED " + change.to().identity().sql());
            }
            if (!java.util.Objects.equals(change.from().identityOptions(), change.to().identityOptions())) {
                String type = change.to().type() instanceof dev.retort.schema.model.BuiltinType b ? b.name() : "bigint";
                IdentityOptions from = IdentityOptions.resolved(change.from().identityOptions(), type);
                IdentityOptions to = IdentityOptions.resolved(change.to().identityOptions(), type);
                clauses.add(ColumnSql.setIdentityOptions(to));
                // as for a sequence: a new direction leaves the current value outside the bounds unless it restarts
                if (Long.signum(from.increment()) != Long.signum(to.increment())) {
                    clauses.add("RESTART");
                }
            }
            return List.of(alter + " " + String.join(" ", clauses));
        }

        @Override
        public List<String> visit(AlterColumnStorage change) {
            List<String> sql = new ArrayList<>();
            if (change.changesStorage()) {
                sql.add(ColumnSql.setStorage(change.toTable(), change.to()));
            }
            if (change.changesCompression()) {
                sql.add(ColumnSql.setCompression(change.toTable(), change.to()));
            }
            return sql;
        }

        @Override
        public List<String> visit(AlterColumnGenerated change) {
            if (change.to().generatedExpression() == null) {
                return List.of(ColumnSql.alterColumn(change.toTable(), change.to().name()) + " DROP EXPRESSION");
            }
            // PostgreSQL 14-16 cannot add or change a generation expression in place: recreate the column
            List<String> sql = new ArrayList<>();
            sql.add(dropColumn(change.toTable(), change.from().withName(change.to().name())));
            sql.addAll(addColumn(change.toTable(), change.to()));
            return sql;
        }

        @Override
        public List<String> visit(AlterColumnComment change) {
            return List.of(ColumnSql.commentOnColumn(change.toTable(), change.to().name(), change.to().comment()));
        }

        @Override
        public List<String> visit(AddPrimaryKey change) {
            return ConstraintSql.add(change.table(), change.key());
        }

        @Override
        public List<String> visit(DropPrimaryKey change) {
            return List.of(ConstraintSql.dropConstraint(change.table(), change.key().name()));
        }

        @Override
        public List<String> visit(AddForeignKey change) {
            return ConstraintSql.add(change.table(), change.foreignKey());
        }

        @Override
        public List<String> visit(DropForeignKey change) {
            return List.of(ConstraintSql.dropConstraint(change.table(), change.foreignKey().name()));
        }

        @Override
        public List<String> visit(AddUniqueConstraint change) {
            return ConstraintSql.add(change.table(), change.constraint());
        }

        @Override
        public List<String> visit(DropUniqueConstraint change) {
            return List.of(ConstraintSql.dropConstraint(change.table(), change.constraint().name()));
        }

        @Override
        public List<String> visit(AddCheckConstraint change) {
            return ConstraintSql.add(change.table(), change.constraint());
        }

        @Override
        public List<String> visit(DropCheckConstraint change) {
            return List.of(ConstraintSql.dropConstraint(change.table(), change.constraint().name()));
        }

        @Override
        public List<String> visit(AlterConstraintComment change) {
            return List.of(ConstraintSql.commentOnConstraint(change.toTable(), change.toConstraint(), change.to()));
        }

        @Override
        public List<String> visit(AlterConstraintValidation change) {
            if (change.validates()) {
                return List.of(ConstraintSql.validate(change.toTable(), change.to().name()));
            }
            // PostgreSQL cannot mark a validated constraint NOT VALID: drop it and add it back without checking rows
            List<String> sql = new ArrayList<>();
            sql.add(ConstraintSql.dropConstraint(change.toTable(), change.to().name()));
            sql.addAll(ConstraintSql.add(change.toTable(), change.to()));
            return sql;
        }

        @Override
        public List<String> visit(CreateIndex change) {
            return List.of(ConstraintSql.createIndex(change.table(), change.index()));
        }

        @Override
        public List<String> visit(DropIndex change) {
            return List.of(ConstraintSql.dropIndex(change.table(), change.index()));
        }

        private static List<String> addColumn(QualifiedName table, Column column) {
            List<String> sql = new ArrayList<>();
            sql.add("ALTER TABLE " + SqlNames.name(table) + " ADD COLUMN " + ColumnSql.definition(column));
            if (column.storage() != null) {
                sql.add(ColumnSql.setStorage(table, column));
            }
            if (column.comment() != null) {
                sql.add(ColumnSql.commentOnColumn(table, column.name(), column.comment()));
            }
            return sql;
        }

        private static String dropColumn(QualifiedName table, Column column) {
            return "ALTER TABLE " + SqlNames.name(table) + " DROP COLUMN " + SqlNames.name(column.name());
        }

        private static String commentOnTable(QualifiedName table, String comment) {
            return "COMMENT ON TABLE " + SqlNames.name(table) + " IS " + SqlNames.literal(comment);
        }
    }
}
