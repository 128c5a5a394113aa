package dev.retort.schema.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model records whose equals and hashCode are written out (for start-up speed) compare every component: two
 * values that differ in any one component are not equal. A component left out of a written-out equals is a silent
 * "no changes" for every difference in it, the worst bug Retort can have; this test finds it for any model record,
 * including ones added later, by building two instances that differ in one component at a time.
 */
class WrittenOutEqualityTest {

    // components that are deliberately not part of equality, with the reason in their record's Javadoc
    private static final Map<Class<?>, Set<String>> NOT_COMPARED = Map.of(
            Extension.class, Set.of("updatableTo"),
            SchemaModel.class, Set.of("dependencies"));

    @Test
    void everyComponentOfAWrittenOutEqualsIsCompared() throws Exception {
        List<String> missed = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : modelRecords()) {
            boolean writtenOut = Stream.of(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals("equals")
                    && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class);
            if (!writtenOut) {
                continue;
            }
            RecordComponent[] components = type.getRecordComponents();
            Object[] base = buildable(type, 0);
            Object baseValue = base == null ? null : build(type, base);
            if (baseValue == null) {
                untested.add(type.getSimpleName() + " (no instance could be built)");
                continue;
            }
            for (int i = 0; i < components.length; i++) {
                String component = components[i].getName();
                if (NOT_COMPARED.getOrDefault(type, Set.of()).contains(component)) {
                    continue;
                }
                Object[] other = base.clone();
                other[i] = sample(components[i].getGenericType(), 1, 0);
                Object otherValue = build(type, other);
                Object read = otherValue == null ? null : components[i].getAccessor().invoke(otherValue);
                Object baseRead = components[i].getAccessor().invoke(baseValue);
                if (otherValue == null || Objects.equals(read, baseRead)) {
                    // the constructor refused or normalized the other value away: nothing to compare
                    untested.add(type.getSimpleName() + "." + component);
                    continue;
                }
                checked++;
                if (baseValue.equals(otherValue)) {
                    missed.add(type.getSimpleName() + "." + component);
                }
            }
        }
        assertEquals(List.of(), missed, "components a written-out equals ignores");
        System.out.println("written-out equality: " + checked + " components checked; not built: " + untested);
        assertTrue(checked > 50, "too few components checked (" + checked + "); not built: " + untested);
    }

    /**
     * Component values the record's constructor accepts: the first samples, else with one component made null or
     * given its other sample (constructors check that exactly one of two is set, that a list is not empty, ...).
     */
    private static Object[] buildable(Class<?> type, int depth) {
        if (type == TableOptions.class) {
            // the replica identity's index is set exactly when the identity is USING INDEX
            return new Object[] {false, List.of(), TableOptions.USING_INDEX, "a"};
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sample(components[i].getGenericType(), 0, depth);
        }
        if (build(type, values) != null) {
            return values;
        }
        for (int i = 0; i < components.length; i++) {
            for (int attempt = 0; attempt < 2; attempt++) {
                Object[] tried = values.clone();
                tried[i] = attempt == 0 ? (components[i].getType().isPrimitive() ? values[i] : null)
                        : sample(components[i].getGenericType(), 1, depth);
                if (build(type, tried) != null) {
                    return tried;
                }
            }
        }
        return null;
    }

    private static Object build(Class<?> type, Object[] values) {
        try {
            Class<?>[] types = Stream.of(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** A value of {@code type}; {@code variant} 0 and 1 give two different ones. */
    private static Object sample(Type type, int variant, int depth) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (variant == 0 && (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)
                    || Map.class.isAssignableFrom(raw))) {
                return List.class.isAssignableFrom(raw) ? List.of() : Set.class.isAssignableFrom(raw) ? Set.of() : Map.of();
            }
            Object element = sample(args[0], 0, depth + 1);
            if (element == null) {
                return null;
            }
            if (List.class.isAssignableFrom(raw)) {
                return List.of(element);
            }
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(element);
            }
            if (Map.class.isAssignableFrom(raw)) {
                Object value = sample(args[1], 0, depth + 1);
                return value == null ? null : Map.of(element, value);
            }
            return sample(raw, variant, depth);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return variant == 0 ? "a" : "b";
        }
        if (c == boolean.class || c == Boolean.class) {
            return variant != 0;
        }
        if (c == int.class || c == Integer.class) {
            return variant + 1;
        }
        if (c == long.class || c == Long.class) {
            return (long) variant + 1;
        }
        if (c == short.class || c == Short.class) {
            return (short) (variant + 1);
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[Math.min(variant, constants.length - 1)];
        }
        if (c == QualifiedName.class) {
            return QualifiedName.of("s", variant == 0 ? "a" : "b");
        }
        if (depth > 4) {
            return null;
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            Object[] buildable = buildable(c, depth + 1);
            if (buildable == null) {
                return null;
            }
            if (variant != 0) {
                buildable[0] = sample(components[0].getGenericType(), variant, depth + 1);
            }
            return build(c, buildable);
        }
        if (c.isSealed()) {
            for (Class<?> sub : c.getPermittedSubclasses()) {
                Object value = sample(sub, variant, depth + 1);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static List<Class<?>> modelRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(QualifiedName.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/retort/schema/model");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .forEach(names::add);
        }
        List<Class<?>> records = new ArrayList<>();
        for (String name : names) {
            Class<?> c = Class.forName("dev.retort.schema.model." + name.substring(0, name.length() - 6));
            if (c.isRecord()) {
                records.add(c);
            }
        }
        return records;
    }
}
