package org.landscape.solve;

/** Initial direction of travel along a branch, by the sign of \( \dot p \) at the start. */
public enum Direction {
    /** Start with \( \dot p > 0 \). */
    INCREASING_P,
    /** Start with \( \dot p < 0 \). */
    DECREASING_P;

    /** @return +1 or -1 */
    public int sign() {
        return this == INCREASING_P ? 1 : -1;
    }
}
