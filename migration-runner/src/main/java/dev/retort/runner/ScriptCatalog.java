package dev.retort.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;

/**
 * ScriptCatalog is every migration found in the configured locations, in Flyway's order (by version), with the
 * branch structure the {@code -- retort:parent} headers declare.
 *
 * <pre>{@code
 * ScriptCatalog catalog = ScriptCatalog.load(List.of(Path.of("migrations/src/main/resources/db/migration")));
 * catalog.heads();   // one version normally; two after branches that were not merged
 * }</pre>
 *
 * @param scripts migrations sorted by version
 */
public record ScriptCatalog(List<MigrationScript> scripts) {

    public ScriptCatalog {
        scripts = scripts.stream().sorted(Comparator.comparing(s -> MigrationVersion.fromVersion(s.version()))).toList();
    }

    /** Reads the locations (sub-folders included, as Flyway does). A missing location is an empty one. */
    public static ScriptCatalog load(List<Path> locations) {
        Map<String, Path> upgrades = new LinkedHashMap<>();
        Map<String, Path> downgrades = new LinkedHashMap<>();
        for (Path location : locations) {
            if (!Files.isDirectory(location)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Optional<ScriptName> name = ScriptName.parse(file.getFileName().toString());
                    if (name.isEmpty()) {
                        continue;
                    }
                    String key = normalize(name.get().version());
                    Map<String, Path> into = name.get().isUpgrade() ? upgrades : downgrades;
                    Path clash = into.putIfAbsent(key, file);
                    if (clash != null) {
                        throw new RetortException("two migrations have version " + key + ": " + clash + " and " + file
                                + "; rename one (retort versions are UTC timestamps, e.g. 20261128031500)");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration location " + location + ": " + e.getMessage(), e);
            }
        }
        List<MigrationScript> scripts = new ArrayList<>();
        for (Map.Entry<String, Path> e : upgrades.entrySet()) {
            ScriptName name = ScriptName.parse(e.getValue().getFileName().toString()).orElseThrow();
            scripts.add(new MigrationScript(name, e.getValue(), downgrades.get(e.getKey()), parentsOf(e.getValue())));
        }
        return new ScriptCatalog(scripts);
    }

    /** Migrations no other migration builds on; more than one means unmerged branches. */
    public List<String> heads() {
        Set<String> parents = new LinkedHashSet<>();
        for (int i = 0; i < scripts.size(); i++) {
            for (String p : effectiveParents(i)) {
                parents.add(normalize(p));
            }
        }
        return scripts.stream().map(MigrationScript::version).filter(v -> !parents.contains(normalize(v))).toList();
    }

    /** The single head, or empty for no migrations. */
    public Optional<String> head() {
        List<String> heads = heads();
        if (heads.size() > 1) {
            throw new RetortException("the migrations have " + heads.size() + " heads: " + String.join(", ", heads)
                    + " (branches that each added migrations from the same parent); run `retort merge` to order them");
        }
        return heads.stream().findFirst();
    }

    /** The parents a migration builds on: the declared ones, or else the previous version. */
    public List<String> effectiveParents(int index) {
        MigrationScript s = scripts.get(index);
        if (!s.parents().isEmpty()) {
            return s.parents().stream().filter(p -> !p.equals(MigrationScript.BASE)).toList();
        }
        return index == 0 ? List.of() : List.of(scripts.get(index - 1).version());
    }

    public Optional<MigrationScript> find(String version) {
        String key = normalize(version);
        return scripts.stream().filter(s -> normalize(s.version()).equals(key)).findFirst();
    }

    public boolean isEmpty() {
        return scripts.isEmpty();
    }

    public Optional<MigrationScript> last() {
        return scripts.isEmpty() ? Optional.empty() : Optional.of(scripts.get(scripts.size() - 1));
    }

    /** Compares two versions the way Flyway orders them. */
    public static int compare(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }

    /** A version's canonical spelling, so that 04, 4 and 4.0 are one version (as Flyway orders them). */
    public static String normalize(String version) {
        List<java.math.BigInteger> parts = new ArrayList<>();
        for (String p : version.trim().split("[._]")) {
            if (!p.matches("[0-9]+")) {
                return version.trim();   // not a version (a typo in a parent header): compared as written
            }
            parts.add(new java.math.BigInteger(p));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return String.join(".", parts.stream().map(java.math.BigInteger::toString).toList());
    }

    private static List<String> parentsOf(Path upgrade) {
        List<String> parents = new ArrayList<>();
        try (Stream<String> lines = Files.lines(upgrade, StandardCharsets.UTF_8)) {
            // headers sit in the leading comment block
            for (String line : (Iterable<String>) lines.takeWhile(l -> l.isBlank() || l.startsWith("--"))::iterator) {
                if (line.startsWith(MigrationScript.PARENT_HEADER)) {
                    parents.add(line.substring(MigrationScript.PARENT_HEADER.length()).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + upgrade + ": " + e.getMessage(), e);
        }
        return parents;
    }
}
