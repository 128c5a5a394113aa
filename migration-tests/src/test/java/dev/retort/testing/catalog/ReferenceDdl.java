package dev.retort.testing.catalog;

import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.DataType;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.UserDefinedType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ReferenceDdl writes the CREATE statements for a model on its own, independently of Retort's renderer and
 * planner, quoting every identifier. Tests use it to check that generated models are valid PostgreSQL and as
 * a second, independent way to build the expected database for catalog fingerprints.
 */
public final class ReferenceDdl {

    private ReferenceDdl() {
    }

    /** Creates everything in {@code model} on {@code c}, statement by statement (so errors name the statement). */
    public static void apply(Connection c, SchemaModel model) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements(model)) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  in: " + sql, e.getSQLState(), e);
                }
            }
        }
    }

    public static List<String> statements(SchemaModel m) {
        List<String> out = new ArrayList<>();
        for (String schema : m.schemas()) {
            if (!schema.equals("public")) {
                out.add("CREATE SCHEMA " + q(schema));
            }
        }
        for (dev.retort.schema.model.Extension x : m.objects(dev.retort.schema.model.Extension.class)) {
            out.add("CREATE EXTENSION " + q(x.name()) + " WITH SCHEMA " + q(x.schema())
                    + (x.version() == null ? "" : " VERSION " + literal(x.version())));
            if (x.comment() != null) {
                out.add("COMMENT ON EXTENSION " + q(x.name()) + " IS " + literal(x.comment()));
            }
        }
        // routines as declared: the generated ones use no table
        for (dev.retort.schema.model.Routine r : m.objects(dev.retort.schema.model.Routine.class)) {
            out.add(r.definition());
            if (r.comment() != null) {
                out.add("COMMENT ON " + r.kind().name() + " " + q(r.name()) + "(" + r.identityArguments() + ") IS "
                        + literal(r.comment()));
            }
        }
        for (EnumType e : m.enums()) {
            out.add("CREATE TYPE " + q(e.name()) + " AS ENUM ("
                    + e.values().stream().map(ReferenceDdl::literal).collect(Collectors.joining(", ")) + ")");
            if (e.comment() != null) {
                out.add("COMMENT ON TYPE " + q(e.name()) + " IS " + literal(e.comment()));
            }
        }
        out.addAll(ReferenceObjects.types(m));
        for (Sequence sq : m.sequences()) {
            out.add("CREATE SEQUENCE " + q(sq.name()) + " AS " + sq.dataType().sql() + " INCREMENT BY " + sq.increment()
                    + " MINVALUE " + sq.minValue() + " MAXVALUE " + sq.maxValue() + " START WITH " + sq.start()
                    + " CACHE " + sq.cache() + (sq.cycle() ? " CYCLE" : " NO CYCLE"));
            if (sq.comment() != null) {
                out.add("COMMENT ON SEQUENCE " + q(sq.name()) + " IS " + literal(sq.comment()));
            }
        }
        for (Table t : m.tables()) {
            out.add(createTable(t));
            if (t.options().replicaIdentity() != null) {
                out.add("ALTER TABLE " + q(t.name()) + " REPLICA IDENTITY " + t.options().replicaIdentity());
            }
            if (t.comment() != null) {
                out.add("COMMENT ON TABLE " + q(t.name()) + " IS " + literal(t.comment()));
            }
            for (Column col : t.columns()) {
                if (col.comment() != null) {
                    out.add("COMMENT ON COLUMN " + q(t.name()) + "." + q(col.name()) + " IS " + literal(col.comment()));
                }
            }
            for (Column col : t.columns()) {
                if (col.storage() != null) {
                    out.add("ALTER TABLE " + q(t.name()) + " ALTER COLUMN " + q(col.name()) + " SET STORAGE " + col.storage());
                }
            }
            for (CheckConstraint ck : t.checkConstraints()) {
                if (ck.notValid()) {
                    // CREATE TABLE would mark it validated
                    out.add("ALTER TABLE " + q(t.name()) + " ADD " + check(ck));
                }
            }
            List<dev.retort.schema.model.TableConstraint> commented = new ArrayList<>(t.uniqueConstraints());
            if (t.primaryKey() != null) {
                commented.add(t.primaryKey());
            }
            commented.addAll(t.checkConstraints());
            for (var constraint : commented) {
                if (constraint.comment() != null) {
                    out.add(commentOnConstraint(t, constraint));
                }
            }
            for (Index ix : t.indexes()) {
                out.add(createIndex(t, ix));
                if (ix.comment() != null) {
                    out.add("COMMENT ON INDEX " + q(QualifiedName.of(t.name().schema(), ix.name())) + " IS " + literal(ix.comment()));
                }
            }
        }
        for (Table t : m.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                out.add("ALTER TABLE " + q(t.name()) + " ADD CONSTRAINT " + q(fk.name()) + " FOREIGN KEY ("
                        + names(fk.columns()) + ") REFERENCES " + q(fk.referencedTable()) + " ("
                        + names(fk.referencedColumns()) + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE "
                        + fk.onUpdate().sql() + (fk.matchFull() ? " MATCH FULL" : "") + deferral(fk.deferrable(), fk.initiallyDeferred())
                        + (fk.notValid() ? " NOT VALID" : ""));
                if (fk.comment() != null) {
                    out.add(commentOnConstraint(t, fk));
                }
            }
        }
        // a partition's copies of its parent's indexes declared under names of their own: the copy PostgreSQL made is
        // found through pg_inherits (not by the name it was given) and renamed
        for (Table t : m.tables()) {
            if (!t.hierarchy().isPartition()) {
                continue;
            }
            QualifiedName parent = t.hierarchy().partitionOf().parent();
            for (dev.retort.schema.model.IndexCopy copy : t.hierarchy().indexCopies()) {
                if (copy.attached()) {
                    out.add(renameCopy(t.name(), QualifiedName.of(parent.schema(), copy.parentIndex()), copy.name()));
                }
            }
        }
        out.addAll(ReferenceObjects.afterTables(m));
        return out;
    }

    private static String renameCopy(QualifiedName partition, QualifiedName parentIndex, String name) {
        return "DO $gx$ DECLARE gx_copy text; BEGIN"
                + " SELECT c.relname INTO gx_copy FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid"
                + " JOIN pg_index i ON i.indexrelid = c.oid"
                + " WHERE h.inhparent = to_regclass(" + literal(q(parentIndex)) + ") AND i.indrelid = to_regclass("
                + literal(q(partition)) + ");"
                + " IF gx_copy IS NULL THEN RAISE EXCEPTION 'no copy of % on %', " + literal(q(parentIndex)) + ", "
                + literal(q(partition)) + "; END IF;"
                + " IF gx_copy <> " + literal(name) + " THEN EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', "
                + literal(partition.schema()) + ", gx_copy, " + literal(name) + "); END IF; END $gx$";
    }

    private static String createTable(Table t) {
        var hierarchy = t.hierarchy();
        String partitionBy = hierarchy.partitioned() ? " PARTITION BY " + hierarchy.partitionBy().sql() : "";
        if (hierarchy.isPartition()) {
            return "CREATE TABLE " + q(t.name()) + " PARTITION OF " + q(hierarchy.partitionOf().parent()) + " "
                    + hierarchy.partitionOf().bound() + partitionBy;
        }
        List<String> parts = new ArrayList<>();
        for (Column c : t.columns()) {
            StringBuilder b = new StringBuilder(q(c.name())).append(' ').append(type(c.type()));
            if (c.compression() != null) {
                b.append(" COMPRESSION ").append(c.compression());
            }
            if (c.collation() != null) {
                b.append(" COLLATE ").append(q(c.collation()));
            }
            if (c.identity() != null) {
                b.append(" GENERATED ").append(c.identity().sql()).append(" AS IDENTITY");
                var o = c.identityOptions();
                List<String> options = new ArrayList<>();
                if (c.identitySequence() != null) {
                    options.add("SEQUENCE NAME " + q(t.name().schema()) + "." + q(c.identitySequence()));
                }
                if (o != null) {
                    options.add("START " + o.start() + " INCREMENT " + o.increment() + " MINVALUE " + o.minValue()
                            + " MAXVALUE " + o.maxValue() + " CACHE " + o.cache() + (o.cycle() ? " CYCLE" : ""));
                }
                if (!options.isEmpty()) {
                    b.append(" (").append(String.join(" ", options)).append(')');
                }
            }
            if (c.generatedExpression() != null) {
                b.append(" GENERATED ALWAYS AS (").append(c.generatedExpression()).append(") STORED");
            }
            if (c.defaultExpression() != null) {
                b.append(" DEFAULT ").append(c.defaultExpression());
            }
            if (!c.nullable()) {
                b.append(" NOT NULL");
            }
            parts.add(b.toString());
        }
        if (t.primaryKey() != null) {
            parts.add("CONSTRAINT " + q(t.primaryKey().name()) + " PRIMARY KEY (" + names(t.primaryKey().columns()) + ")"
                    + include(t.primaryKey().include()) + deferral(t.primaryKey().deferrable(), t.primaryKey().initiallyDeferred()));
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            parts.add("CONSTRAINT " + q(u.name()) + " UNIQUE" + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                    + " (" + names(u.columns()) + ")" + include(u.include()) + deferral(u.deferrable(), u.initiallyDeferred()));
        }
        for (CheckConstraint ck : t.checkConstraints()) {
            if (!ck.notValid()) {
                parts.add(check(ck));
            }
        }
        return "CREATE " + (t.options().unlogged() ? "UNLOGGED " : "") + "TABLE " + q(t.name()) + " (\n  "
                + String.join(",\n  ", parts) + "\n)" + partitionBy + (t.options().storageParameters().isEmpty() ? ""
                : " WITH (" + String.join(", ", t.options().storageParameters()) + ")");
    }

    private static String check(CheckConstraint ck) {
        return "CONSTRAINT " + q(ck.name()) + " CHECK (" + ck.expression() + ")" + (ck.noInherit() ? " NO INHERIT" : "")
                + (ck.notValid() ? " NOT VALID" : "");
    }

    private static String include(List<String> columns) {
        return columns.isEmpty() ? "" : " INCLUDE (" + names(columns) + ")";
    }

    private static String deferral(boolean deferrable, boolean initiallyDeferred) {
        return (deferrable ? " DEFERRABLE" : "") + (initiallyDeferred ? " INITIALLY DEFERRED" : "");
    }

    private static String commentOnConstraint(Table t, dev.retort.schema.model.TableConstraint c) {
        return "COMMENT ON CONSTRAINT " + q(c.name()) + " ON " + q(t.name()) + " IS " + literal(c.comment());
    }

    private static String createIndex(Table t, Index ix) {
        List<String> elements = new ArrayList<>();
        boolean ordered = ix.method().equals("btree");
        for (IndexElement e : ix.elements()) {
            StringBuilder b = new StringBuilder(e.isExpression() ? "(" + e.expression() + ")" : q(e.column()));
            if (e.collation() != null) {
                b.append(" COLLATE ").append(q(e.collation()));
            }
            if (e.operatorClass() != null) {
                b.append(' ').append(e.operatorClass());
            }
            if (ordered) {
                b.append(e.descending() ? " DESC" : " ASC").append(e.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
            }
            elements.add(b.toString());
        }
        return "CREATE " + (ix.unique() ? "UNIQUE " : "") + "INDEX " + q(ix.name()) + " ON " + q(t.name())
                + " USING " + ix.method() + " (" + String.join(", ", elements) + ")"
                + (ix.include().isEmpty() ? "" : " INCLUDE (" + names(ix.include()) + ")")
                + (ix.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                + (ix.storageParameters().isEmpty() ? "" : " WITH (" + String.join(", ", ix.storageParameters()) + ")")
                + (ix.predicate() == null ? "" : " WHERE " + ix.predicate());
    }

    static String type(DataType t) {
        if (t instanceof ArrayType) {
            return type(((ArrayType) t).element()) + "[]";
        }
        if (t instanceof UserDefinedType) {
            String modifiers = ((UserDefinedType) t).modifiers();
            return q(((UserDefinedType) t).name()) + (modifiers == null ? "" : modifiers);
        }
        return ((BuiltinType) t).name();
    }

    private static String names(List<String> names) {
        return names.stream().map(ReferenceDdl::q).collect(Collectors.joining(", "));
    }

    static String q(QualifiedName n) {
        return q(n.schema()) + "." + q(n.name());
    }

    static String q(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
