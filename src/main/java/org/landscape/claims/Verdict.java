package org.landscape.claims;

/** Outcome of checking a claim. */
public enum Verdict {
    /** The claim is true, with evidence. */
    HOLDS,
    /** The claim is false; the result names the counterexample. */
    FAILS,
    /** Neither could be established by the methods available; the result says why. */
    UNDECIDED;

    /** @return lower-case name used in reports */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
