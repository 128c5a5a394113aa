package dev.retort.runner;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.retort.schema.SchemaDefinition;
import dev.retort.schema.model.SchemaModel;

/**
 * DefinitionLoader loads the project's schema definition class by name, from the CLI's class path plus the
 * project's {@code retort.classpath} entries (e.g. {@code domain-models/target/classes}), and builds its model.
 *
 * <pre>{@code
 * SchemaModel declared = DefinitionLoader.load("dev.retort.vibes.VibesSchema", List.of(Path.of("domain-models/target/classes")));
 * }</pre>
 */
public final class DefinitionLoader {

    private DefinitionLoader() {
    }

    public static SchemaModel load(ProjectConfig config) {
        return load(config.definitionClass(), config.classpath());
    }

    public static SchemaModel load(String className, List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            if (!Files.exists(p)) {
                throw new RetortException("class path entry " + p + " (retort.classpath) does not exist; build the"
                        + " module that holds " + className + " first (e.g. mvn -q -DskipTests package)");
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new RetortException("bad class path entry " + p + ": " + e.getMessage(), e);
            }
        }
        ClassLoader parent = DefinitionLoader.class.getClassLoader();
        ClassLoader loader = urls.isEmpty() ? parent : new URLClassLoader(urls.toArray(URL[]::new), parent);
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException("schema definition class " + className + " not found on the class path "
                    + classpath + "; check retort.definition and retort.classpath, and build the module that holds it", e);
        }
        if (!SchemaDefinition.class.isAssignableFrom(type)) {
            throw new RetortException(className + " does not implement " + SchemaDefinition.class.getName());
        }
        try {
            SchemaDefinition definition = (SchemaDefinition) type.getConstructor().newInstance();
            return definition.schema();
        } catch (NoSuchMethodException e) {
            throw new RetortException(className + " needs a public no-argument constructor", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RetortException("building the schema of " + className + " failed: " + cause.getMessage(), cause);
        }
    }
}
