package dev.retort.diff.unmanaged;

import dev.retort.diff.inspect.Inspection;
import dev.retort.diff.inspect.UnmanagedObject;
import dev.retort.diff.inspect.UnmodeledDetail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * UnmanagedComparison compares what two inspections hold outside the model: unmanaged objects by kind and name
 * (then by definition) and details of managed objects by object and detail (then by value). A missing detail is
 * PostgreSQL's default.
 *
 * <pre>{@code
 * List<UnmanagedDifference> found = UnmanagedComparison.compare(live, declared, Scope.SCHEMAS);
 * }</pre>
 */
public final class UnmanagedComparison {

    /** Whether database-level objects (event triggers, publications) take part. */
    public enum Scope {
        /** Only what lives in the inspected schemas: a database against a declaration or a schema subset. */
        SCHEMAS,
        /** Whole databases against each other. */
        DATABASE
    }

    private UnmanagedComparison() {
    }

    /** Every difference between {@code from} and {@code to} outside the model, sorted by subject. */
    public static List<UnmanagedDifference> compare(Inspection from, Inspection to, Scope scope) {
        List<UnmanagedDifference> found = new ArrayList<>();
        found.addAll(compare(objects(from.unmanaged(), scope), objects(to.unmanaged(), scope)));
        found.addAll(compare(details(from.details()), details(to.details())));
        found.sort(null);
        return List.copyOf(found);
    }

    private static Map<String, String> objects(List<UnmanagedObject> objects, Scope scope) {
        Map<String, String> byName = new TreeMap<>();
        for (UnmanagedObject o : objects) {
            if (scope == Scope.DATABASE || !o.kind().databaseLevel()) {
                byName.put(o.toString(), o.definition());
            }
        }
        return byName;
    }

    private static Map<String, String> details(List<UnmodeledDetail> details) {
        Map<String, String> byName = new TreeMap<>();
        details.forEach(d -> byName.put(d.subject() + ": " + d.detail(), d.value()));
        return byName;
    }

    private static List<UnmanagedDifference> compare(Map<String, String> from, Map<String, String> to) {
        List<UnmanagedDifference> found = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(from.keySet());
        all.addAll(to.keySet());
        for (String subject : all) {
            String a = from.get(subject);
            String b = to.get(subject);
            if (a == null) {
                found.add(UnmanagedDifference.onlyInTo(subject, b));
            } else if (b == null) {
                found.add(UnmanagedDifference.onlyInFrom(subject, a));
            } else if (!Objects.equals(a, b)) {
                found.add(UnmanagedDifference.differs(subject, a, b));
            }
        }
        return found;
    }
}
