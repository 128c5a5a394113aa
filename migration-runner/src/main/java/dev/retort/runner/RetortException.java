package dev.retort.runner;

/**
 * RetortException is an error the user can act on: its message names the object, what is wrong and what to do,
 * and the CLI prints it as one line (no stack trace unless {@code --debug}).
 *
 * <pre>{@code
 * throw new RetortException("no downgrade for V20261128031500__add_tags.sql; write U20261128031500__add_tags.sql");
 * }</pre>
 */
public class RetortException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
