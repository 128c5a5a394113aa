package dev.retort.diff.inspect;

/**
 * InspectionException says that reading a database's catalog failed, naming the database and the step.
 */
public final class InspectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InspectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
