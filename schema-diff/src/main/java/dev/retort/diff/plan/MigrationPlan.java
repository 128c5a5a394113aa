package dev.retort.diff.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MigrationPlan is the ordered list of statements that performs a list of changes.
 *
 * <pre>{@code
 * MigrationPlan plan = new ChangePlanner().plan(changes);
 * if (plan.isDestructive() && !allowDestructive) { refuse(plan.destructiveStatements()); }
 * }</pre>
 */
public record MigrationPlan(List<PlannedStatement> statements) {

    public MigrationPlan {
        statements = List.copyOf(statements);
    }

    public static MigrationPlan empty() {
        return new MigrationPlan(List.of());
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** Every hazard of any statement, in declaration order. */
    public Set<Hazard> hazards() {
        EnumSet<Hazard> all = EnumSet.noneOf(Hazard.class);
        statements.forEach(s -> all.addAll(s.hazards()));
        return all;
    }

    /**
     * True when running the plan can lose data: a statement deletes data (dropped table or column, narrowing type
     * change, dropped sequence) or cannot be fully undone. A CLI refuses such a plan without an explicit opt-in.
     */
    public boolean isDestructive() {
        return !destructiveStatements().isEmpty();
    }

    /** The statements that make the plan destructive, for an error message that names them. */
    public List<PlannedStatement> destructiveStatements() {
        return statements.stream()
                .filter(s -> s.has(Hazard.DELETES_DATA) || s.has(Hazard.IRREVERSIBLE))
                .toList();
    }

    /** True when every statement may run in one transaction. */
    public boolean isTransactional() {
        return statements.stream().allMatch(PlannedStatement::transactional);
    }

    /** The statements as SQL, each ending with a semicolon, separated by blank lines; no comments. */
    public String sql() {
        return statements.stream().map(s -> s.sql() + ";").collect(Collectors.joining("\n\n", "", statements.isEmpty() ? "" : "\n"));
    }
}
