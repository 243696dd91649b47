package org.landscape.analysis;

import org.landscape.base.InvalidInputException;
import org.landscape.model.Matrices;

/**
 * Chooses how to compute a Hessian spectrum (STYLE 4; the choice is named in the result's evidence): the dense
 * symmetry-adapted spectrum ({@link SymmetryAdaptedSpectra}) when \( kd \le \) {@link SymmetryAdaptedSpectra#MAX_DENSE},
 * otherwise the \( \Delta S_k \) block spectrum from Hessian-vector products ({@link DeltaSymmetricSpectra}), which
 * needs k = n = d, \( V = I_k \) and \( W = aI + b(J - I) \).
 */
public final class HessianSpectra {
    private HessianSpectra() {
    }

    /** @return the spectrum at W, dense-blocked for small kd, Delta S_k-blocked for large k */
    public static HessianSpectrum of(double[][] w, double[][] teacher, double alpha) {
        Matrices.checkRectangular(w, "student W");
        Matrices.checkRectangular(teacher, "teacher V");
        if (teacher[0].length != w[0].length) {
            throw new InvalidInputException("student has d = " + w[0].length + " but teacher has d = "
                    + teacher[0].length + ": rows of --student and --teacher must have the same length");
        }
        if (w.length * w[0].length <= SymmetryAdaptedSpectra.MAX_DENSE) {
            return SymmetryAdaptedSpectra.of(w, teacher, alpha);
        }
        return DeltaSymmetricSpectra.of(w, teacher, alpha);
    }
}
