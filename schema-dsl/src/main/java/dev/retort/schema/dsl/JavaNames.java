package dev.retort.schema.dsl;

import dev.retort.schema.model.QualifiedName;

import java.util.HashSet;
import java.util.Set;

/** JavaNames makes unique, readable Java field names for the handles {@link JavaSourceWriter} declares. */
final class JavaNames {

    private static final Set<String> TAKEN = Set.of(
            // Java keywords and literals
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "record", "yield", "sealed", "permits", "_",
            // names the generated class uses itself: the builder, the table-body parameter, its methods
            "s", "t", "schema", "declareTypes", "declareSequences");

    private final Set<String> used = new HashSet<>();

    /** A unique camelCase field for {@code name}, prefixed with its schema outside {@code public}. */
    String field(QualifiedName name, String suffix) {
        String raw = SchemaBuilder.DEFAULT_SCHEMA.equals(name.schema()) ? name.name() : name.schema() + "_" + name.name();
        String base = camel(raw) + suffix;
        if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
            base = "t" + base;
        }
        String candidate = base;
        for (int n = 2; TAKEN.contains(candidate) || !used.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static String camel(String raw) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : raw.toCharArray()) {
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!ascii) {
                upper = out.length() > 0;
                continue;
            }
            out.append(upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
            upper = false;
        }
        return out.toString();
    }
}
