package org.landscape.dynamics;

/** Outcome of the one-sided test at one dead neuron. */
public enum EscapeVerdict {
    /** A unit direction with \( D(u^*) < 0 \) was found and evaluated: the neuron escapes, the point is no local minimum. */
    ESCAPE,
    /** The certified lower bound of \( \min_{|u|=1} D(u) \) is positive: no first-order escape (necessary, not sufficient, for a minimum). */
    NO_ESCAPE,
    /** No negative value was found but the certified lower bound is not positive (e.g. \( \min D = 0 \)), or the budget ran out. */
    UNDECIDED
}
