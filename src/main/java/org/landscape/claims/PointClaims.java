package org.landscape.claims;

import org.landscape.base.Evidence;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.symbolic.Symja;

import java.util.List;
import java.util.Locale;

/**
 * Claims about a given point: {@code minimum} (a non-degenerate local minimum with a given loss).
 * Evaluated with the compiled model (relative accuracy 1e-12 against 45-digit quadrature, see
 * {@code landscape verify}); the Hessian spectrum by a dense symmetric eigen-decomposition, whose
 * eigenvalues are accurate to about \( 10^{-15}\,\|H\| \) (Weyl), which is the margin required.
 */
final class PointClaims {
    private PointClaims() {
    }

    static ClaimResult minimum(ModelReading model, Claim c) {
        double alpha = Symja.numeric(Symja.eval(model.slope()), new String[]{"a"}, new double[]{c.at()}, 30)
                .doubleValue();
        double[][] w = c.student();
        int k = w.length;
        int d = w[0].length;
        double[][] v = Matrices.identity(d);
        NetworkLoss loss = Models.loss(alpha, v);
        double value = loss.loss(w) * model.lossFactor();
        double[] g = new double[k * d];
        loss.gradient(w, g);
        double gn = 0;
        for (double x : g) {
            gn += x * x;
        }
        gn = Math.sqrt(gn) * model.lossFactor();
        int m = k * d;
        double[] h = new double[m * m];
        loss.hessian(w, h);
        double[][] hm = new double[m][m];
        double norm = 0;
        for (int r = 0; r < m; r++) {
            for (int col = 0; col < m; col++) {
                hm[r][col] = h[r * m + col] * model.lossFactor();
                norm = Math.max(norm, Math.abs(hm[r][col]));
            }
        }
        double[] ev = org.landscape.solve.SymmetricEigenvalues.of(hm);
        double min = Double.POSITIVE_INFINITY;
        for (double x : ev) {
            min = Math.min(min, x);
        }
        double margin = 1e-12 * Math.max(1, norm) * m;
        Evidence ev1 = new Evidence("compiled model: loss, gradient and Hessian; dense symmetric eigenvalues (solve.SymmetricEigenvalues)",
                margin, "eigenvalue error bound " + margin + " (Weyl, from evaluation and eigen-solver error)");
        String facts = String.format(Locale.ROOT, "loss %.15g (%s normalisation), gradient norm %.3g, smallest Hessian "
                + "eigenvalue %.15g", value, model.normalisation(), gn, min);
        double gradTol = 1e-8 * Math.max(1, Math.abs(value));
        if (gn > gradTol) {
            return new ClaimResult(c, Verdict.FAILS, "Not a critical point: " + facts + " (gradient tolerance " + gradTol
                    + ").", List.of(), List.of(ev1));
        }
        if (min < -margin) {
            return new ClaimResult(c, Verdict.FAILS, "A saddle, not a minimum: " + facts + ".", List.of(), List.of(ev1));
        }
        if (min <= margin) {
            return new ClaimResult(c, Verdict.UNDECIDED, "Degenerate or too close to degenerate to decide: " + facts
                    + " is within the error bound " + margin + ".", List.of(), List.of(ev1));
        }
        if (!Double.isNaN(c.loss()) && Math.abs(value - c.loss()) > c.tolerance()) {
            return new ClaimResult(c, Verdict.FAILS, "A non-degenerate minimum, but its loss differs from the claimed "
                    + c.loss() + " by more than " + c.tolerance() + ": " + facts + ".", List.of(), List.of(ev1));
        }
        return new ClaimResult(c, Verdict.HOLDS, "A non-degenerate local minimum: " + facts + ".", List.of(),
                List.of(ev1));
    }
}
