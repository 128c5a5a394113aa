package dev.retort.testing.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FixtureCase is one old/new schema pair of a fixture file, in the acceptance-case format of schema-diff
 * ({@code == name}, then {@code -- old}, {@code -- new} and optionally {@code -- options}); any other section
 * ({@code -- plan}, {@code -- downgrade}, {@code -- hazards}) is ignored: the sweep judges a plan by what it does.
 *
 * <p>Options, one a line: {@code roles a b} (roles created first, as they are cluster-wide), {@code since 15} (the
 * least PostgreSQL major version), {@code expect empty} (the two sides are equal).
 *
 * @param file    the file it comes from
 * @param number  its position in the file, from 1
 * @param name    the case's name
 * @param oldDdl  the DDL of the database the plan starts from (may be empty)
 * @param newDdl  the DDL of the database the plan must reach (may be empty)
 * @param options the option lines
 */
record FixtureCase(String file, int number, String name, String oldDdl, String newDdl, List<String> options) {

    private static final List<String> SECTIONS = List.of("old", "new", "declare", "options", "plan", "downgrade", "hazards");

    List<String> roles() {
        return options.stream().filter(o -> o.startsWith("roles ")).flatMap(o -> List.of(o.substring(6).trim().split("\\s+")).stream())
                .toList();
    }

    int minimumMajor() {
        return options.stream().filter(o -> o.startsWith("since ")).map(o -> Integer.parseInt(o.substring(6).trim()))
                .findFirst().orElse(13);
    }

    boolean expectsEmpty() {
        return options.contains("expect empty");
    }

    /** A short name for files: the file's stem, the number and the case name's letters. */
    String slug() {
        String stem = file.replaceFirst("\\.cases$", "");
        String words = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return stem + "/" + String.format("%03d", number) + "-" + (words.length() > 60 ? words.substring(0, 60) : words);
    }

    /** Every case of one file, in order. */
    static List<FixtureCase> parse(String file, String text) {
        List<FixtureCase> cases = new ArrayList<>();
        String name = null;
        String section = null;
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        for (String line : (text + "\n== ").lines().toList()) {
            if (line.startsWith("== ")) {
                if (name != null) {
                    cases.add(new FixtureCase(file, cases.size() + 1, name, body(sections, "old"), body(sections, "new"),
                            body(sections, "options").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
                }
                name = line.substring(3).strip();
                section = null;
                sections = new LinkedHashMap<>();
            } else if (name != null && line.startsWith("-- ") && SECTIONS.contains(line.substring(3).strip())) {
                section = line.substring(3).strip();
                sections.put(section, new StringBuilder());
            } else if (section != null) {
                sections.get(section).append(line).append('\n');
            }
        }
        return cases;
    }

    private static String body(Map<String, StringBuilder> sections, String key) {
        StringBuilder b = sections.get(key);
        return b == null ? "" : b.toString().strip();
    }

    @Override
    public String toString() {
        return file + " #" + number + ": " + name;
    }
}
