package dev.retort.diff.render;

import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;

import java.util.List;
import java.util.stream.Collectors;

/**
 * SqlNames quotes identifiers and literals for PostgreSQL SQL text, refusing names that PostgreSQL would
 * silently truncate.
 *
 * <pre>{@code
 * SqlNames.name("user");                            // "user"
 * SqlNames.name(QualifiedName.of("App", "t"));      // "App".t
 * SqlNames.literal("it's");                         // 'it''s'
 * }</pre>
 */
public final class SqlNames {

    private SqlNames() {
    }

    /**
     * Quotes one identifier when needed (reserved word, upper case, quotes, spaces, unicode, ...).
     *
     * @throws IllegalArgumentException when the name is empty or longer than 63 UTF-8 bytes, which PostgreSQL
     *                                  would truncate into another name
     */
    public static String name(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("an identifier cannot be empty; give the object a name");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("identifier \"" + identifier + "\" contains a NUL character");
        }
        int bytes = Identifiers.byteLength(identifier);
        if (bytes > Identifiers.MAX_BYTES) {
            throw new IllegalArgumentException("identifier \"" + identifier + "\" is " + bytes + " bytes; PostgreSQL"
                    + " keeps only " + Identifiers.MAX_BYTES + " and would truncate it: choose a shorter name");
        }
        return Identifiers.quote(identifier);
    }

    /** {@code schema.name}, each part quoted when needed. */
    public static String name(QualifiedName qualified) {
        return name(qualified.schema()) + "." + name(qualified.name());
    }

    /** A comma-separated list of quoted identifiers. */
    public static String names(List<String> identifiers) {
        return identifiers.stream().map(SqlNames::name).collect(Collectors.joining(", "));
    }

    /** A string literal, or {@code NULL} for null. */
    public static String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("PostgreSQL text cannot hold a NUL character: " + value.replace('\0', '?'));
        }
        return Identifiers.literal(value);
    }
}
