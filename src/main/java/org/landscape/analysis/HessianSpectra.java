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
    /**
     * From this k on, \( \Delta S_k \)-symmetric points use the Hessian-vector route: \( k! \) exceeds
     * {@link SymmetryAdaptedSpectra#MAX_GROUP_ORDER} for k >= 9, where the dense route would lose the blocks.
     */
    static final int DELTA_FROM = 9;

    private HessianSpectra() {
    }

    /** @return true if k = n = d, V = I_k and W = aI + b(J - I) exactly up to 1e-12 relative */
    static boolean isDeltaSymmetric(double[][] w, double[][] v) {
        int k = w.length;
        if (w[0].length != k || v.length != k || v[0].length != k) {
            return false;
        }
        double a = w[0][0];
        double b = k > 1 ? w[0][1] : 0;
        double tol = 1e-12 * Math.max(Math.abs(a), Math.abs(b));
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (Math.abs(w[i][j] - (i == j ? a : b)) > tol || v[i][j] != (i == j ? 1 : 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return the spectrum at W, dense-blocked for small kd, Delta S_k-blocked for large k */
    public static HessianSpectrum of(double[][] w, double[][] teacher, double alpha) {
        Matrices.checkRectangular(w, "student W");
        Matrices.checkRectangular(teacher, "teacher V");
        if (teacher[0].length != w[0].length) {
            throw new InvalidInputException("student has d = " + w[0].length + " but teacher has d = "
                    + teacher[0].length + ": rows of --student and --teacher must have the same length");
        }
        if (w.length >= DELTA_FROM && isDeltaSymmetric(w, teacher)) {
            return DeltaSymmetricSpectra.of(w, teacher, alpha);
        }
        if (w.length * w[0].length <= SymmetryAdaptedSpectra.MAX_DENSE) {
            return SymmetryAdaptedSpectra.of(w, teacher, alpha);
        }
        return DeltaSymmetricSpectra.of(w, teacher, alpha);
    }
}
