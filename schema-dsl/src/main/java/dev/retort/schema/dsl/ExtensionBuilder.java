package dev.retort.schema.dsl;

import dev.retort.schema.model.Extension;
import dev.retort.schema.model.SchemaObject;

import java.util.List;
import java.util.Objects;

/**
 * ExtensionBuilder declares an extension the schema needs. It is created in the namespace it is declared in
 * ({@code s.extension(...)} puts it in {@code public}, {@code s.inSchema("ext").extension(...)} in {@code ext});
 * without a version the server's default is installed and any installed version matches.
 *
 * <pre>{@code
 * s.extension("pg_trgm");
 * s.inSchema("gis").extension("postgis").version("3.4.2");
 * }</pre>
 */
public final class ExtensionBuilder implements ObjectDraft {

    private final String name;
    private final String schema;
    private String version;
    private String comment;

    ExtensionBuilder(String name, String schema) {
        this.name = Objects.requireNonNull(name, "name");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Pins the version ({@code ALTER EXTENSION ... UPDATE TO} when the database has another one). */
    public ExtensionBuilder version(String version) {
        this.version = version;
        return this;
    }

    /** A comment of the application's own on the extension. */
    public ExtensionBuilder comment(String comment) {
        this.comment = comment;
        return this;
    }

    @Override
    public SchemaObject toModel(List<String> problems) {
        if (name.isBlank()) {
            problems.add("extension in schema " + schema + ": the name is empty (name it as pg_available_extensions"
                    + " lists it, e.g. extension(\"pg_trgm\"))");
            return null;
        }
        if (version != null && version.isBlank()) {
            problems.add("extension " + name + ": the version is empty (leave version(...) out for the server's default)");
            return null;
        }
        return new Extension(name, schema, version, comment);
    }
}
