package dev.retort.schema.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * RangeType is a user range type ({@code CREATE TYPE floatrange AS RANGE (subtype = float8)}) and the multirange
 * type PostgreSQL creates with it. Options left null are the server's defaults: the subtype's default btree operator
 * class, its collation, no canonical function, no subtype difference function, and the multirange name derived from
 * the range's ({@code floatrange} gives {@code floatmultirange}).
 *
 * <pre>{@code
 * RangeType floats = new RangeType(QualifiedName.of("public", "floatrange"), new BuiltinType("double precision"),
 *         null, null, null, "float8mi", null, null);
 * floats.id();   // range type public.floatrange
 * }</pre>
 *
 * @param name           its qualified name
 * @param subtype        the type of its bounds
 * @param subtypeOpclass the btree operator class ordering the bounds ({@code schema.name}), or null for the default
 * @param collation      the collation of the bounds, or null for the subtype's
 * @param canonical      the canonical function (as {@code regproc} prints it), or null
 * @param subtypeDiff    the subtype difference function (as {@code regproc} prints it), or null
 * @param multirangeName the multirange type's name in the same schema, or null for the derived one
 * @param comment        its comment, or null
 */
public record RangeType(QualifiedName name, DataType subtype, String subtypeOpclass, QualifiedName collation,
                        String canonical, String subtypeDiff, String multirangeName, String comment)
        implements SchemaObject {

    public RangeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subtype, "subtype");
        if (multirangeName != null && multirangeName.equals(derivedMultirangeName(name.name()))) {
            multirangeName = null;
        }
    }

    @Override
    public ObjectId id() {
        return ObjectId.of(ObjectKind.RANGE_TYPE, name);
    }

    /** Its subtype, when that is a user-defined type. */
    @Override
    public Set<ObjectId> uses() {
        return UserTypes.of(subtype);
    }

    /** The multirange type's name: the declared one or the one PostgreSQL derives. */
    public String multirange() {
        return multirangeName != null ? multirangeName : derivedMultirangeName(name.name());
    }

    public RangeType withComment(String newComment) {
        return new RangeType(name, subtype, subtypeOpclass, collation, canonical, subtypeDiff, multirangeName, newComment);
    }

    /**
     * The name PostgreSQL gives the multirange of range {@code range}: the first {@code range} replaced by
     * {@code multirange}, else {@code _multirange} appended; cut to 63 bytes.
     */
    static String derivedMultirangeName(String range) {
        int at = range.indexOf("range");
        String name = at >= 0 ? range.substring(0, at) + "multirange" + range.substring(at + "range".length())
                : range + "_multirange";
        while (name.getBytes(StandardCharsets.UTF_8).length > 63) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
