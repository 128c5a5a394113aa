package dev.retort.testing.sweep;

/**
 * SweepOutcome is what became of one fixture: a pass (the plan round-trips, the sides are equal, or Retort names what
 * it will not do and exits non-zero), a fixture this server cannot build, or a bug.
 */
enum SweepOutcome {
    /** Retort says equal, and the independent catalog fingerprints agree. */
    EQUAL(false),
    /** The upgrade reached the new side exactly, and its downgrade gave the old side back. */
    ROUND_TRIP(false),
    /** Retort refused, naming what and why (exit 2, a Retort error). */
    REFUSED(false),
    /** Retort named differences outside its model (exit 3). */
    UNMANAGED(false),
    /** The fixture's own DDL fails on this server: not Retort's outcome. */
    SETUP_FAILED(false),
    /** Retort says equal, but the catalogs differ: the worst bug. */
    WRONG_EQUAL(true),
    /** The old and new sides are declared equal, but Retort plans changes. */
    SPURIOUS_CHANGES(true),
    /** Retort failed with an unexpected error (not one of its own). */
    CRASHED(true),
    /** The upgrade script fails under {@code psql}. */
    UPGRADE_FAILED(true),
    /** The upgrade dropped and recreated a table that both sides have (its rows would be lost). */
    RECREATED_TABLE(true),
    /** After the upgrade, Retort or the fingerprints still see differences from the new side. */
    NOT_CONVERGED(true),
    /** The downgrade script fails under {@code psql}. */
    DOWNGRADE_FAILED(true),
    /** After the downgrade, the database is not the old side again. */
    NOT_RESTORED(true);

    private final boolean bug;

    SweepOutcome(boolean bug) {
        this.bug = bug;
    }

    boolean isBug() {
        return bug;
    }
}
