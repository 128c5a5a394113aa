package dev.retort.schema.dsl;

import dev.retort.schema.model.DataType;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.RangeType;
import dev.retort.schema.model.SchemaObject;
import dev.retort.schema.model.UserDefinedType;

import java.util.List;
import java.util.Objects;

/**
 * RangeTypeBuilder declares a range type ({@code CREATE TYPE ... AS RANGE}) and is its handle: use it as a column
 * type. Options left out are the server's defaults; its multirange type is {@link #multirange()}.
 *
 * <pre>{@code
 * RangeTypeBuilder floats = s.rangeType("floatrange", doublePrecision()).subtypeDiff("float8mi");
 * s.table("readings", t -> t.column("span", floats));
 * }</pre>
 */
public final class RangeTypeBuilder implements ObjectDraft, SqlType {

    private final QualifiedName name;
    private final SqlType subtype;
    private String subtypeOpclass;
    private QualifiedName collation;
    private String canonical;
    private String subtypeDiff;
    private String multirangeName;
    private String comment;

    RangeTypeBuilder(QualifiedName name, SqlType subtype) {
        this.name = Objects.requireNonNull(name, "name");
        this.subtype = Objects.requireNonNull(subtype, "subtype");
    }

    /** The btree operator class that orders the bounds, qualified ({@code "pg_catalog.text_pattern_ops"}). */
    public RangeTypeBuilder subtypeOpclass(String opclass) {
        this.subtypeOpclass = Objects.requireNonNull(opclass, "opclass");
        return this;
    }

    /** COLLATE a collation of pg_catalog for the bounds. */
    public RangeTypeBuilder collate(String collationName) {
        return collate("pg_catalog", collationName);
    }

    /** COLLATE a collation of another schema for the bounds. */
    public RangeTypeBuilder collate(String schema, String collationName) {
        this.collation = QualifiedName.of(schema, collationName);
        return this;
    }

    /** The canonical function, as {@code regproc} prints it. */
    public RangeTypeBuilder canonical(String function) {
        this.canonical = Objects.requireNonNull(function, "function");
        return this;
    }

    /** The subtype difference function, as {@code regproc} prints it ({@code "float8mi"}). */
    public RangeTypeBuilder subtypeDiff(String function) {
        this.subtypeDiff = Objects.requireNonNull(function, "function");
        return this;
    }

    /** The name of the multirange type, in the same schema, instead of the derived one. */
    public RangeTypeBuilder multirangeName(String multirange) {
        this.multirangeName = Objects.requireNonNull(multirange, "multirange");
        return this;
    }

    /** The comment of the type. */
    public RangeTypeBuilder comment(String text) {
        this.comment = text;
        return this;
    }

    /** The qualified name of the type. */
    public QualifiedName name() {
        return name;
    }

    /** Its multirange type, as a column type. */
    public SqlType multirange() {
        RangeType model = new RangeType(name, subtype.dataType(), null, null, null, null, multirangeName, null);
        return TypeSpec.of(new UserDefinedType(QualifiedName.of(name.schema(), model.multirange())));
    }

    @Override
    public DataType dataType() {
        return new UserDefinedType(name);
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        int before = problems.size();
        if (name.name().isBlank()) {
            problems.add("range type in schema " + name.schema() + ": the name is empty"
                    + " (rangeType(\"floatrange\", doublePrecision()))");
        }
        if (subtype instanceof TypeSpec spec && spec.problem() != null) {
            problems.add("range type " + Messages.table(name) + ": subtype " + spec.dataType().sql() + ": " + spec.problem());
        }
        if (problems.size() > before) {
            return null;
        }
        return new RangeType(name, subtype.dataType(), subtypeOpclass, collation, canonical, subtypeDiff, multirangeName,
                comment);
    }

    @Override
    public String toString() {
        return name.toString();
    }
}
