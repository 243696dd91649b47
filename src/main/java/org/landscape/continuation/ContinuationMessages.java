package org.landscape.continuation;

import org.landscape.base.MessagePattern;

/**
 * The message formats of this package (STYLE 8): each names the problem and the fix, with numbered placeholders
 * {@code {0}, {1}, ...}; arguments are inserted with {@code String.valueOf} (no locale grouping of numbers).
 */
enum ContinuationMessages implements MessagePattern {
    /** Target equal to the start: the value. */
    SAME_ALPHA("`alphaEnd` equals `alphaStart` ({0}): give a different target alpha to continue to", 1),
    /** A setting outside its range: name, value, range. */
    OUT_OF_RANGE("{0} = {1} is outside the allowed range {2}", 3),
    /** Student and teacher of different input dimension: d of W, d of V. */
    DIMENSION_MISMATCH("student has d = {0} but teacher has d = {1}: rows of `student` and `teacher` must have the"
            + " same length", 2),
    /** Newton at the start failed: alpha, status, residual. */
    START_NOT_CRITICAL("Newton at alpha = {0} did not reach a critical point ({1}, residual {2}): start closer to one"
            + " (for instance from ''critical'')", 3),
    /** The subgroup acts on the wrong shape: name, rows, columns, k, d. */
    WRONG_SHAPE("`fix` {0} acts on M({1},{2}) but the student is {3} x {4}: choose a group on matching points", 5),
    /** Fix(H) = 0. */
    EMPTY_FIX("the fixed-point subspace is zero-dimensional: choose a smaller subgroup for `fix`", 0);

    private final String pattern;
    private final int arity;

    ContinuationMessages(String pattern, int arity) {
        this.pattern = pattern;
        this.arity = arity;
    }

    @Override
    public int arity() {
        return arity;
    }

    @Override
    public String pattern() {
        return pattern;
    }
}
