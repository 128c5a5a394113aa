package dev.retort.runner;

/**
 * ScriptMismatch is one applied migration whose file no longer is what the history recorded: edited, renamed,
 * deleted, or (for a {@code U} file) edited after its {@code V} was applied.
 *
 * <pre>{@code
 * new ScriptMismatch(ScriptMismatch.Kind.EDITED, "2", "V2__posts.sql", "V2__posts.sql", 1234, 5678).describe();
 * // V2__posts.sql was edited after it was applied (checksum recorded 1234, file now 5678)
 * }</pre>
 *
 * @param kind     what differs
 * @param version  the applied version, as the history writes it
 * @param recorded the script name in the history
 * @param file     the file name on disk now, or null when deleted
 * @param recordedChecksum checksum in the history, or null
 * @param fileChecksum     checksum of the file now, or null when deleted
 */
public record ScriptMismatch(Kind kind, String version, String recorded, String file, Integer recordedChecksum, Integer fileChecksum) {

    /** What differs between the history and the file. */
    public enum Kind {
        /** The {@code V} file's content changed. */
        EDITED,
        /** The {@code V} file of the version has another name (and maybe content). */
        RENAMED,
        /** No file has the applied version any more. */
        DELETED,
        /** The {@code U} file changed after its {@code V} was applied. */
        DOWNGRADE_EDITED
    }

    /** Whether {@code retort repair} can record the file as it is now. */
    public boolean repairable() {
        return kind != Kind.DELETED;
    }

    /** One line naming the file, the recorded and the current checksum. */
    public String describe() {
        String sums = "checksum recorded " + recordedChecksum + ", file now " + fileChecksum;
        switch (kind) {
            case EDITED:
                return recorded + " was edited after it was applied (" + sums + ")";
            case RENAMED:
                return recorded + " was applied, and the file of its version is now named " + file + " ("
                        + (java.util.Objects.equals(recordedChecksum, fileChecksum) ? "content unchanged, checksum "
                        + fileChecksum : sums) + ")";
            case DELETED:
                return recorded + " was applied (checksum " + recordedChecksum + "), and no file has its version any"
                        + " more" + (file == null ? "" : "; a file with the same content is now named " + file);
            default:
                return recorded + " was edited after its upgrade was applied (" + sums + "); a downgrade would run"
                        + " another script than the one recorded";
        }
    }
}
