package org.landscape.claims;

/**
 * How a paper's statement is read into the model of MATH.md.
 *
 * @param parameter        the paper's name of its parameter (for display), e.g. "alpha"
 * @param slope            Symja expression of the model's negative-side slope in the paper's parameter {@code a}
 *                         ("a": the paper's parameter is the slope; "1 - a", "1/a": other conventions)
 * @param normalisation    "half" for \( L = \frac12 E[(f_W - f_V)^2] \) (default), "mean" for \( E[(f_W - f_V)^2] \)
 * @param teacherActivation "same" (default), or a Symja expression of the teacher's slope in {@code a}
 * @param teacher          "identity" (V = I_k; the only teacher for the global-minimum family)
 */
public record ModelReading(String parameter, String slope, String normalisation, String teacherActivation,
                           String teacher) {

    /** @return the standard reading: the parameter is the slope, L = 1/2 E[...], same activation, V = I */
    public static ModelReading standard() {
        return new ModelReading("alpha", "a", "half", "same", "identity");
    }

    /** @return the factor relating the paper's loss to ours (2 for "mean", 1 for "half") */
    public double lossFactor() {
        return normalisation.equals("mean") ? 2 : 1;
    }
}
