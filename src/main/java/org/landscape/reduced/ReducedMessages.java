package org.landscape.reduced;

import org.landscape.base.MessagePattern;

/**
 * The user-facing message formats of the orbit-reduced model (STYLE 8): each names the problem and the fix, with
 * numbered placeholders; arguments are inserted with {@code String.valueOf}.
 */
enum ReducedMessages implements MessagePattern {
    /** A factor size below one: size. */
    FACTOR_SIZE("a block of size {0} cannot carry a symmetric group: block sizes must be finite and >= 1", 1),
    /** A pattern of the wrong length: given, expected. */
    PATTERN_LENGTH("{0} pattern values given, but Fix(H) has dimension {1}: give one value per orbit", 2),
    /** A dead neuron in a derivative: row part. */
    DEAD_NEURON("the neurons of student block {0} are zero (dead): the loss is not differentiable there; use the "
            + "one-sided escape test (landscape escape), or move the block off zero", 1),
    /** A structure that does not fit the matrix: what, expected, given. */
    SHAPE_MISMATCH("the block structure describes a {1} {0} but the matrix has {2}: give a partition that "
            + "matches the matrix", 3),
    /** Not block-structured: distance, tolerance. */
    NOT_STRUCTURED("W is not constant on the blocks of this structure: it is {0} from Fix(H), above the tolerance "
            + "{1}; give a block-structured point or a larger symmetry tolerance", 2),
    /** A refinement that splits more positions than a block has: factor, positions, size. */
    SPLIT_TOO_MANY("cannot split {1} positions off block {0} of size {2}", 3),
    /** Non-finite input: what. */
    NOT_FINITE("{0} has a NaN or infinite entry: give finite numbers", 1);

    private final String pattern;
    private final int arity;

    ReducedMessages(String pattern, int arity) {
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
