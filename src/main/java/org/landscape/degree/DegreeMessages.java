package org.landscape.degree;

import org.landscape.base.MessagePattern;

/** Every user-facing message of the {@code degree} package ({@code {0}} placeholders, checked by a test). */
public enum DegreeMessages implements MessagePattern {
    MORSE_INDEX_COUNT(2, "expected {0} isotypic Morse indices (one per irreducible), got {1}"),
    NEGATIVE_MORSE_INDEX(2, "isotypic Morse index of {0} must be >= 0, got {1}"),
    COEFFICIENT_COUNT(2, "expected {0} coefficients (one per subgroup class), got {1}"),
    NOT_A_MARK_VECTOR(1, "not the mark vector of a virtual G-set at class {0}: give marks of a virtual G-set");

    private final int arity;
    private final String pattern;

    DegreeMessages(int arity, String pattern) {
        this.arity = arity;
        this.pattern = pattern;
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
