package dev.retort.diff.change;

/**
 * RefusedChangeException (and its subclasses, such as the partitioning refusal) is a difference no plan can make on a database that holds the objects as they are (a
 * domain's base type changed while columns use it): the message names the object, what stops it and what to do.
 *
 * <pre>{@code
 * try { engine.diff(live, declared); } catch (RefusedChangeException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public class RefusedChangeException extends RuntimeException {

    public RefusedChangeException(String message) {
        super(message);
    }
}
