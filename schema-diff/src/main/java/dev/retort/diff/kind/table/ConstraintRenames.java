package dev.retort.diff.kind.table;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * ConstraintRenames finds the constraints and indexes of a table whose only difference is their name, when the table
 * or one of its columns is declared renamed: a naming convention gives them new names ({@code pk_old} becomes
 * {@code pk_new}), and they are renamed (RENAME CONSTRAINT, ALTER INDEX RENAME) instead of dropped and added again.
 * Without a declared rename nothing is matched: renames are never guessed.
 */
final class ConstraintRenames {

    /** Old constraint name to new name. */
    final Map<String, String> constraints = new HashMap<>();
    /** Old index name to new name. */
    final Map<String, String> indexes = new HashMap<>();

    ConstraintRenames(Table from, Table to, Renames renames, boolean declared) {
        if (!declared) {
            return;
        }
        UnaryOperator<List<String>> columns = c -> renames.columns(from.name(), c);
        PrimaryKey fk = from.primaryKey();
        PrimaryKey tk = to.primaryKey();
        if (fk != null && tk != null && !fk.name().equals(tk.name())
                && fk.withName(tk.name()).withColumns(columns.apply(fk.columns())).withInclude(columns.apply(fk.include()))
                .withComment(tk.comment()).equals(tk)) {
            constraints.put(fk.name(), tk.name());
        }
        match(from.uniqueConstraints(), to.uniqueConstraints(), UniqueConstraint::name, constraints,
                (u, name) -> u.withName(name).withColumns(columns.apply(u.columns())).withInclude(columns.apply(u.include())),
                UniqueConstraint::withComment, UniqueConstraint::comment);
        match(from.checkConstraints(), to.checkConstraints(), CheckConstraint::name, constraints,
                CheckConstraint::withName, CheckConstraint::withComment, CheckConstraint::comment);
        match(from.foreignKeys(), to.foreignKeys(), ForeignKey::name, constraints,
                (f, name) -> f.withName(name).withReference(columns.apply(f.columns()), renames.table(f.referencedTable()),
                        renames.columns(f.referencedTable(), f.referencedColumns())),
                ForeignKey::withComment, ForeignKey::comment);
        match(from.indexes(), to.indexes(), Index::name, indexes,
                (i, name) -> i.withName(name).withParts(i.elements().stream()
                        .map(e -> e.isExpression() ? e : e.withColumn(renames.column(from.name(), e.column()))).toList(), columns.apply(i.include())),
                Index::withComment, Index::comment);
    }

    /** Old name to new name, or the old name when the item is not renamed. */
    String constraint(String oldName) {
        return constraints.getOrDefault(oldName, oldName);
    }

    String index(String oldName) {
        return indexes.getOrDefault(oldName, oldName);
    }

    /**
     * Pairs each old item whose name is gone with the one new item, of a name the old table does not have, that equals
     * it once renamed (comments aside: a comment change is its own change).
     */
    private static <T> void match(List<T> old, List<T> target, Function<T, String> name, Map<String, String> out,
                                  java.util.function.BiFunction<T, String, T> renamed,
                                  java.util.function.BiFunction<T, String, T> commented, Function<T, String> comment) {
        Set<String> oldNames = new HashSet<>();
        old.forEach(o -> oldNames.add(name.apply(o)));
        Set<String> newNames = new HashSet<>();
        target.forEach(t -> newNames.add(name.apply(t)));
        Set<String> claimed = new HashSet<>();
        for (T o : old) {
            if (newNames.contains(name.apply(o))) {
                continue;
            }
            for (T t : target) {
                String candidate = name.apply(t);
                if (!oldNames.contains(candidate) && !claimed.contains(candidate)
                        && commented.apply(renamed.apply(o, candidate), comment.apply(t)).equals(t)) {
                    out.put(name.apply(o), candidate);
                    claimed.add(candidate);
                    break;
                }
            }
        }
    }
}
