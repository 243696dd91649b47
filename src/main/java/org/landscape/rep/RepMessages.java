package org.landscape.rep;

import org.landscape.base.MessagePattern;

/** Every user-facing message of the {@code rep} package ({@code {0}} placeholders, checked by a test). */
public enum RepMessages implements MessagePattern {
    BAD_SHAPE(2, "M(k,d) needs k, d >= 1, got {0},{1}"),
    DEGREE_DOES_NOT_FIT(7, "group {0} acts on {1} points; for M({2},{3}) it must act on k+d = {4}, k = {5} or 2k+d = {6} points"),
    SIGNED_DEGREE(4, "a signed row action on M({0},{1}) needs a group on 2k+d = {2} points, got {3}"),
    SUBGROUP_DEGREE(3, "subgroup {0} acts on {1} points, expected {2}"),
    FOREIGN_IRREDUCIBLES(1, "irreducibles of {0} belong to another group instance: compute them for the action''s group"),
    NEGATIVE_TOLERANCE(1, "tolerance must be >= 0, got {0}"),
    BAD_COUNT(1, "bad count in ''{0}'': write LABEL=m with an integer m"),
    REGULAR_TOO_LARGE(3, "real irreducibles from the regular representation are limited to |G| <= {0}; {1} has {2} "
            + "elements: use a product of symmetric groups");

    private final int arity;
    private final String pattern;

    RepMessages(int arity, String pattern) {
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
