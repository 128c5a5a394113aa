package dev.retort.diff.normalize;

/**
 * NormalizationException says that a declared model could not be built in the scratch database: it names the
 * object, the statement PostgreSQL refused and PostgreSQL's reason, or the unmanaged type that is missing.
 */
public final class NormalizationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NormalizationException(String message, Throwable cause) {
        super(message, cause);
    }
}
