package org.landscape.group;


/**
 * Every user-facing message of the {@code group} package: one parameterised format each ({@code %s} placeholders),
 * naming the problem and the fix. {@code GroupMessagesTest} checks the placeholder counts.
 */
public enum GroupMessages {
    UNKNOWN_GROUP(1, "unknown group '%s': use S<k>, A<k>, Z<m>, B<k> (signed rows), products such as S4xZ2 or S3xS2, "
            + "Young(3,2), or diagonals DeltaS5, Delta(S4xS1)"),
    DEGREE_OUT_OF_RANGE(2, "group degree %s is outside 1..%s: use a group on fewer points"),
    DEGREE_TOO_SMALL(1, "group degree %s is below 1: a group acts on at least one point (S1, Z1 are trivial)"),
    TOO_MANY_POINTS(3, "group %s acts on %s points; at most %s are supported: use a smaller group"),
    TOO_LARGE(2, "group %s has more than %s elements, the limit of element-wise algorithms: use a smaller group"),
    NO_CLOSED_FORM_TABLE(1, "character tables are implemented for products of symmetric groups (S_k, Z2, Young "
            + "subgroups, diagonals); %s is not one: use such a group, or rep.RealIrreducibles for small groups"),
    UNKNOWN_IRREP(3, "unknown irreducible '%s' of %s: use one of %s"),
    NOT_AN_ELEMENT(2, "permutation %s is not an element of %s: give an element of the group"),
    NOT_A_SUBGROUP(1, "the given elements do not form a subgroup of %s: give all elements of a subgroup"),
    GENERATOR_DEGREE(3, "generator %s has degree %s, expected %s: give permutations of the group's points"),
    MARK_VECTOR_LENGTH(2, "mark vector has length %s, expected %s (one mark per class)"),
    NOT_A_MARK_VECTOR(1, "not the mark vector of a virtual G-set (class %s): give marks of a virtual G-set"),
    NEGATIVE_PART(1, "partition parts must be non-negative, got %s"),
    BAD_PARTITION(1, "bad partition '%s': write parts as integers, e.g. 3,2"),
    NOT_A_PERMUTATION(2, "not a permutation of 0..%s: %s; give each image exactly once"),
    BAD_CYCLES(2, "bad cycle notation '%s': %s, e.g. (1,2,3)(4,5)"),
    BAD_POINT(2, "bad point '%s' in '%s': use 1-based integers"),
    POINT_OUT_OF_RANGE(3, "point %s in '%s' is outside 1..%s");

    private final int arity;
    private final String format;

    GroupMessages(int arity, String format) {
        this.arity = arity;
        this.format = format;
    }

    /** @return the number of {@code %s} placeholders */
    public int arity() {
        return arity;
    }

    /** @return the raw format */
    public String pattern() {
        return format;
    }

    /** @return the message with the arguments filled in (their number must equal {@link #arity()}) */
    public String format(Object... args) {
        return org.landscape.base.Messages.printf(name(), format, arity, args);
    }
}
