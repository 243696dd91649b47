package org.landscape.base;

/**
 * Between a long computation and its caller: the computation reports a short status now and then and polls whether
 * it should stop; the caller decides how often to show the status and when to ask for a stop (Ctrl-C, a deadline).
 * Computations call {@link #checkpoint()} at least every few hundred milliseconds of work, so a stop request is
 * honoured within about a second.
 */
public interface Monitor {
    /** A monitor that shows nothing and never asks to stop. */
    Monitor NONE = new Monitor() {
        @Override
        public void status(String line) {
        }

        @Override
        public boolean stopRequested() {
            return false;
        }
    };

    /**
     * @param line a one-line status, e.g. "subgroup classes: 120 found, order 24 of 362880"; may be called often,
     *             the monitor decides what to show
     */
    void status(String line);

    /** @return true once the caller asked the computation to stop */
    boolean stopRequested();

    /** @throws CancelledException if a stop was requested */
    default void checkpoint() {
        if (stopRequested()) {
            throw new CancelledException("stopped on request before the computation finished");
        }
    }
}
