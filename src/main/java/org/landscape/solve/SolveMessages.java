package org.landscape.solve;

import org.landscape.base.MessagePattern;

/**
 * The message formats of this package (STYLE 8): each names the problem and the fix, with numbered placeholders
 * {@code {0}, {1}, ...}. Arguments are inserted with {@code String.valueOf} (no locale grouping of numbers).
 */
enum SolveMessages implements MessagePattern {
    /** A setting outside its range: name, value, allowed range. */
    OUT_OF_RANGE("{0} = {1} is outside the allowed range {2}", 3),
    /** An upper limit not above its lower limit: name, value, other name, other value. */
    NOT_LARGER("{0} = {1} must be larger than {2} = {3}", 4),
    /** The start parameter outside the continuation range: p0, pMin, pMax. */
    START_OUTSIDE_RANGE("continuation start p0 = {0} is outside the parameter range [{1}, {2}]: start inside it"
            + " or widen the range", 3),
    /** A branch-switching direction along the parent's tangent. */
    DIRECTION_PARALLEL("branch switching direction is parallel to the parent branch''s tangent: give a kernel"
            + " direction transverse to the branch", 0),
    /** {@code next()} after the end of a run: the status. */
    RUN_ENDED("the continuation has ended with status {0}: check hasNext() first", 1);

    private final String pattern;
    private final int arity;

    SolveMessages(String pattern, int arity) {
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
