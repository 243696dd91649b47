package org.landscape.analysis;

import org.landscape.base.MessagePattern;

/**
 * The user-facing message formats of the critical-point, spectrum and census classes (STYLE 8): each names the
 * problem and the fix, with numbered placeholders; arguments are inserted with {@code String.valueOf}.
 */
enum AnalysisMessages implements MessagePattern {
    /** Student and teacher in different R^d: student d, teacher d. */
    DIMENSION_MISMATCH("student has d = {0} columns but the teacher has d = {1}: rows of `student` and `teacher` "
            + "must have the same length", 2),
    /** A subgroup whose action does not fit the student: name, rows, columns, k, d. */
    SUBGROUP_SHAPE("subgroup {0} acts on M({1},{2}) but the student is {3} x {4}: give a group of degree k + d "
            + "(or k when k = d), e.g. DeltaS<k>", 5),
    /** A subgroup of the wrong degree: name, degree, k, d. */
    SUBGROUP_DEGREE("subgroup {0} acts on {1} points, which fits neither the {2} rows nor the rows and columns of a "
            + "{2} x {3} student: give a group of degree k + d (or k when k = d), e.g. DeltaS<k>", 4),
    /** A subgroup that is no symmetry of the loss: name, generator, gradient change, k. */
    NOT_A_SYMMETRY("subgroup {0} is not a symmetry of the loss for this teacher (generator {1} changes the gradient "
            + "by {2}); choose a subgroup of S_k x Stab(V), e.g. DeltaS{3} for V = I_{3}", 4),
    /** Fix(H) is the zero space. */
    EMPTY_FIX("the fixed-point subspace is zero: every W in it has dead neurons; choose a smaller subgroup", 0),
    /** A bad isotropy tolerance: value. */
    BAD_TOLERANCE("isotropy tolerance {0} must be finite and >= 0", 1),
    /** Dense route too large: kd, limit. */
    DENSE_TOO_LARGE("k*d = {0} exceeds {1} for the dense symmetry-adapted spectrum: for Delta S_k-symmetric points "
            + "(W = aI + b(J - I), V = I_k) the Delta S_k block spectrum is used automatically", 2),
    /** Delta S_k route needs k >= 4: k. */
    DELTA_SMALL_K("the Delta S_k block spectrum needs k >= 4, got {0}: use the dense symmetry-adapted spectrum", 1),
    /** W = 0. */
    ALL_DEAD("W = 0: every neuron is dead and the Hessian does not exist there; move the point off zero", 0),
    /** Shapes for the Delta S_k route: k, d, n, teacher d. */
    DELTA_SHAPE("the Delta S_k block spectrum needs k = n = d; got a {0} x {1} student and a {2} x {3} teacher", 4),
    /** Not Delta S_k-symmetric: row, column. */
    NOT_DELTA_SYMMETRIC("W is not Delta S_k-symmetric at entry ({0},{1}) or the teacher is not I_k: the Delta S_k "
            + "block spectrum needs W = a I + b (J - I) and V = I_k", 2),
    /** A census setting out of range: name, value, range. */
    OUT_OF_RANGE("{0} = {1} is out of range: give {2}", 3),
    /** Merging nothing. */
    NOTHING_TO_MERGE("nothing to merge: give at least one shard file", 0),
    /** Merging shards of different censuses. */
    /** A family template that does not parse: template, the syntax ({@link YoungFamily#SYNTAX}). */
    BAD_FAMILY("family ''{0}'' is not a Young family template: {1}", 2),
    /** A width too small for the family: template, k, minimum. */
    FAMILY_WIDTH("family {0} needs width k >= {2}, got k = {1}", 3),
    /** The start is not in Fix(H) of the family, in any position: template, width, distance. */
    FAMILY_START("the start is not {0}-symmetric at k = {1} (distance {2} from Fix of the family''s group, also "
            + "after permuting rows and columns by its isotropy): give a start of that symmetry, e.g. from "
            + "a critical point found with `fix`", 3),
    /**
     * As {@link #FAMILY_START}, naming the start's own block structure: template, width, distance, the structure's
     * name at that width, how a growing block is written.
     */
    FAMILY_START_OWN("the start is not {0}-symmetric at k = {1} (distance {2} from Fix of the family''s group, also "
            + "after permuting rows and columns by its isotropy); its own block structure at k = {1} is {3}: follow "
            + "that family with its growing blocks written {4} in `fix`, or give a start of {0} symmetry", 5),
    /** A non-square family start: rows, columns. */
    FAMILY_SQUARE("a family in the width needs a square start (k = n = d, teacher I_k); got {0} rows of length {1}", 2),
    /** A start outside Fix(H): group, distance, tolerance, the start's own isotropy. */
    START_OUTSIDE_FIX("the start is {1} (largest entry) from Fix({0}), above the tolerance {2}: it is not "
            + "{0}-symmetric (its own isotropy is {3}); give a start in Fix({0}), use `fix` with the start''s own "
            + "isotropy, or `project` to project the start onto Fix({0}) deliberately", 4),
    DIFFERENT_CENSUSES("shards of different censuses (k, n, d, alpha, seed or inits differ): merge only the shard "
            + "files of one census", 0);

    private final String pattern;
    private final int arity;

    AnalysisMessages(String pattern, int arity) {
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
