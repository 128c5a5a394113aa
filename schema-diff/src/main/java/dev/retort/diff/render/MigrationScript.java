package dev.retort.diff.render;

import dev.retort.diff.plan.Hazard;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * MigrationScript is the text of one migration file: a header comment (what changes, which hazards) and the
 * statements, each preceded by its description and hazards as SQL comments. An upgrade and its downgrade are two
 * scripts.
 *
 * <pre>{@code
 * MigrationScript up = new ScriptWriter().write("add email to users", plan);
 * Files.writeString(dir.resolve("V2__add_email_to_users.sql"), up.sql());
 * }</pre>
 *
 * @param description   what the script does, as given to the writer
 * @param sql           the whole script
 * @param hazards       every hazard of its statements
 * @param transactional false when a statement must run outside a transaction block (e.g. ALTER TYPE ... ADD VALUE)
 * @param statements    number of statements
 */
public record MigrationScript(String description, String sql, Set<Hazard> hazards, boolean transactional, int statements) {

    public MigrationScript {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
        hazards = hazards.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hazards));
    }

    public boolean isEmpty() {
        return statements == 0;
    }
}
