package dev.retort.runner;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ScriptName is the parsed file name of a migration script: {@code V<version>__<description>.sql} for an upgrade
 * (Flyway's versioned migration, unchanged) and {@code U<version>__<description>.sql} for its downgrade (the name
 * Flyway Teams gives undo scripts; the community edition skips them, which a test verifies).
 *
 * <pre>{@code
 * ScriptName.parse("V20261128031500__add_tags.sql").get().isUpgrade();   // true
 * ScriptName.upgrade("20261128031500", "add tags").fileName();           // V20261128031500__add_tags.sql
 * }</pre>
 *
 * @param kind        {@code 'V'} or {@code 'U'}
 * @param version     version as written (digits, dots or underscores)
 * @param description description as written in the file name (underscores)
 */
public record ScriptName(char kind, String version, String description) {

    private static final Pattern NAME = Pattern.compile("([VU])([0-9]+(?:[._][0-9]+)*)__(.+)\\.sql");

    /** Parses a file name, or empty when it is not a Retort/Flyway versioned script name. */
    public static Optional<ScriptName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ScriptName(m.group(1).charAt(0), m.group(2), m.group(3)));
    }

    /** The upgrade name for a version and a free-text message ("add tags" → {@code add_tags}). */
    public static ScriptName upgrade(String version, String message) {
        return new ScriptName('V', version, slug(message));
    }

    public boolean isUpgrade() {
        return kind == 'V';
    }

    /** The downgrade that belongs to this upgrade (same version and description). */
    public ScriptName downgrade() {
        return new ScriptName('U', version, description);
    }

    public String fileName() {
        return kind + version + "__" + description + ".sql";
    }

    /** Description as Flyway shows it (underscores become spaces). */
    public String readableDescription() {
        return description.replace('_', ' ');
    }

    /** Lower-case words joined by underscores, safe in a file name; "migration" when nothing is left. */
    static String slug(String message) {
        return RevisionMessage.slug(message);
    }
}
