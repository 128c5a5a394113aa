package dev.retort.diff.kind.table;

import dev.retort.diff.change.RepartitionTable;
import dev.retort.schema.model.Identifiers;
import dev.retort.schema.model.QualifiedName;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * RepartitionNames are the names a repartitioning by copy uses for a while: the new table, its keys and indexes
 * under {@code <name>__retort_new} until the swap, and the old ones afterwards under {@code <name>__retort_old_<form>}
 * ({@code plain}, {@code range}, {@code list}, {@code hash}: what the old table was, so that a conversion and its
 * inverse never need the same backup name). A name that would pass 63 bytes is cut and given a short hash of the
 * whole, so that it stays unique.
 */
final class RepartitionNames {

    static final String NEW = "__retort_new";

    private RepartitionNames() {
    }

    /** The suffix of the backup names of {@code side}'s objects. */
    static String backupSuffix(RepartitionTable.Side side) {
        return "__retort_old_" + (side.partitioned()
                ? side.table().hierarchy().partitionBy().strategy().name().toLowerCase(Locale.ROOT) : "plain");
    }

    /** The name PostgreSQL gives the sequence of an identity (or serial) column when it creates the table. */
    static String sequence(String table, String column) {
        return Identifiers.madeName(table, column, "seq");
    }

    static QualifiedName with(QualifiedName name, String suffix) {
        return QualifiedName.of(name.schema(), with(name.name(), suffix));
    }

    static String with(String name, String suffix) {
        String whole = name + suffix;
        if (Identifiers.byteLength(whole) <= Identifiers.MAX_BYTES) {
            return whole;
        }
        String hash = String.format("_%08x", whole.hashCode());
        int room = Identifiers.MAX_BYTES - Identifiers.byteLength(suffix) - hash.length();
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            String next = new String(Character.toChars(cp));
            if (cut.toString().getBytes(StandardCharsets.UTF_8).length + next.getBytes(StandardCharsets.UTF_8).length > room) {
                break;
            }
            cut.append(next);
            i += Character.charCount(cp);
        }
        return cut + hash + suffix;
    }
}
