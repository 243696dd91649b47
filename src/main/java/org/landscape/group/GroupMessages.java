package org.landscape.group;

import org.landscape.base.MessagePattern;

/**
 * Every user-facing message of the {@code group} package: one parameterised format each ({@code {0}} placeholders),
 * naming the problem and the fix. {@code GroupMessagesTest} checks the placeholder counts.
 */
public enum GroupMessages implements MessagePattern {
    UNKNOWN_GROUP(1, "unknown group ''{0}'': use S<k>, A<k>, Z<m>, B<k> (signed rows), products such as S4xZ2 or S3xS2, "
            + "Young(3,2), or diagonals DeltaS5, Delta(S4xS1)"),
    DEGREE_OUT_OF_RANGE(2, "group degree {0} is outside 1..{1}: use a group on fewer points"),
    DEGREE_TOO_SMALL(1, "group degree {0} is below 1: a group acts on at least one point (S1, Z1 are trivial)"),
    TOO_MANY_POINTS(3, "group {0} acts on {1} points; at most {2} are supported: use a smaller group"),
    TOO_LARGE(2, "group {0} has more than {1} elements, the limit of element-wise algorithms: use a smaller group"),
    NO_CLOSED_FORM_TABLE(1, "character tables are implemented for products of symmetric groups (S_k, Z2, Young "
            + "subgroups, diagonals); {0} is not one: use such a group, or rep.RealIrreducibles for small groups"),
    UNKNOWN_IRREP(3, "unknown irreducible ''{0}'' of {1}: use one of {2}"),
    NOT_AN_ELEMENT(2, "permutation {0} is not an element of {1}: give an element of the group"),
    NOT_A_SUBGROUP(1, "the given elements do not form a subgroup of {0}: give all elements of a subgroup"),
    GENERATOR_DEGREE(3, "generator {0} has degree {1}, expected {2}: give permutations of the group''s points"),
    MARK_VECTOR_LENGTH(2, "mark vector has length {0}, expected {1} (one mark per class)"),
    NOT_A_MARK_VECTOR(1, "not the mark vector of a virtual G-set (class {0}): give marks of a virtual G-set"),
    NEGATIVE_PART(1, "partition parts must be non-negative, got {0}"),
    BAD_PARTITION(1, "bad partition ''{0}'': write parts as integers, e.g. 3,2"),
    NOT_A_PERMUTATION(2, "not a permutation of 0..{0}: {1}; give each image exactly once"),
    BAD_CYCLES(2, "bad cycle notation ''{0}'': {1}, e.g. (1,2,3)(4,5)"),
    BAD_POINT(2, "bad point ''{0}'' in ''{1}'': use 1-based integers"),
    POINT_OUT_OF_RANGE(3, "point {0} in ''{1}'' is outside 1..{2}");

    private final int arity;
    private final String pattern;

    GroupMessages(int arity, String pattern) {
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
