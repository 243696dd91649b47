package org.landscape.solve;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.landscape.base.Evidence;

/**
 * Polishing of a located crossing away from the singular point. In the full space the bordered corrector is
 * singular at a branch point, and re-corrections very close to it may land on the bifurcating branch, which leaves
 * Brent with a wide bracket. The crossing eigenvalue \( \psi(\sigma) \) is smooth along the parent, so it can be
 * located instead from five re-corrected points \( \sigma_k = b + (k - 2) w \), \( k = 0..4 \), at distance
 * \( \ge w \) from Brent's best point \( b \) except the middle one: the root \( \sigma^* \) of the quartic through
 * them, with error estimate the spread of the roots of the two cubics through nodes 0..3 and 1..4 (truncation and
 * rounding noise) plus the rounding floor; the event point is the quartic interpolant of the branch at
 * \( \sigma^* \) (dense output, as in event location for ODE solvers). The polished event replaces Brent's only if
 * its precision is better. Package-private.
 */
final class Polish {


    private Polish() {
    }

    /** @return the event if Brent's bracket is already narrow, else the better of it and its polished version */
    static SpecialPoint crossing(BranchSegment seg, DoubleUnaryOperator psi, SpecialPoint e, double best) {
        if (e.pHigh() - e.pLow() <= 1e-13 * Math.max(1, Math.abs(e.p()))) {
            return e;
        }
        return polished(seg, psi, e, best).filter(q -> q.precision() < e.precision()).orElse(e);
    }

    private static Optional<SpecialPoint> polished(BranchSegment seg, DoubleUnaryOperator psi, SpecialPoint e,
            double b) {
        BranchChart chart = seg.chart();
        double w = SolveThresholds.POLISH_WINDOW * Math.abs(seg.sigmaEnd());
        double[] s = new double[5];
        double[] g = new double[5];
        double[][] y = new double[5][];
        for (int k = 0; k < 5; k++) {
            s[k] = b + (k - 2) * w;
            Optional<BranchChart.Sample> at = chart.at(s[k]);
            g[k] = psi.applyAsDouble(s[k]);
            if (at.isEmpty() || Double.isNaN(g[k])) {
                return Optional.empty();
            }
            y[k] = at.get().y;
        }
        int changes = 0;
        int interval = -1;
        for (int k = 0; k < 4; k++) {
            if ((g[k] > 0) != (g[k + 1] > 0)) {
                changes++;
                interval = k;
            }
        }
        if (changes != 1) {
            return Optional.empty();
        }
        double r4 = polynomialRoot(s, g, 0, 5, s[interval], s[interval + 1]);
        double rA = polynomialRoot(s, g, 0, 4, s[0], s[4]);
        double rB = polynomialRoot(s, g, 1, 4, s[0], s[4]);
        if (Double.isNaN(r4) || Double.isNaN(rA) || Double.isNaN(rB)) {
            return Optional.empty();
        }
        int n = y[0].length - 1;
        double[] ystar = new double[n + 1];
        double[] yLow = new double[n + 1];
        double[] yHigh = new double[n + 1];
        double slope = Math.abs(g[interval + 1] - g[interval]) / w;
        double[] jac = new double[n * n];
        double[] xs = java.util.Arrays.copyOf(interpolate(s, y, r4, ystar), n);
        seg.problem().jacobian(xs, ystar[n], jac);
        double floor = SolveThresholds.ROUNDING_ULPS * Math.ulp(1.0) * Math.max(1, Dense.frobenius(jac)) / Math.max(slope, Double.MIN_NORMAL);
        double err = Math.max(Math.abs(r4 - rA), Math.abs(r4 - rB)) + floor;
        interpolate(s, y, r4 - err, yLow);
        interpolate(s, y, r4 + err, yHigh);
        double pLow = Math.min(yLow[n], yHigh[n]);
        double pHigh = Math.max(yLow[n], yHigh[n]);
        double acc = Math.max(pHigh - pLow, 4 * Math.ulp(ystar[n]));
        Evidence ev = new Evidence("Brent root of the block eigenvalue along the branch, polished by the root of its"
                + " quartic interpolant through 5 re-corrected points spaced " + w + " in the chart (away from the"
                + " singular corrector at the branch point); point by quartic interpolation of the branch", acc,
                "p in [" + pLow + ", " + pHigh + "], cubic-root spread " + (err - floor) + ", rounding floor " + floor
                        + ", Brent alone gave +- " + e.precision());
        return Optional.of(new SpecialPoint(e.kind(), e.component(), e.multiplicity(), xs, ystar[n],
                seg.arclengthOf(ystar), e.tangent(), pLow, pHigh, e.indexBefore(), e.indexAfter(),
                e.higherIndexSide(), e.testValue(), Dense.smallestSingularVectors(jac, n, e.kernelDimension()), ev));
    }

    /** The Lagrange interpolant through nodes {@code from .. from+count-1} of (s, g), evaluated at t. */
    private static double lagrange(double[] s, double[] g, int from, int count, double t) {
        double sum = 0;
        for (int i = from; i < from + count; i++) {
            double l = 1;
            for (int j = from; j < from + count; j++) {
                if (j != i) {
                    l *= (t - s[j]) / (s[i] - s[j]);
                }
            }
            sum += g[i] * l;
        }
        return sum;
    }

    /** Root of the interpolant on [lo, hi] by Brent (NaN if it has no sign change there). */
    private static double polynomialRoot(double[] s, double[] g, int from, int count, double lo, double hi) {
        DoubleUnaryOperator q = t -> lagrange(s, g, from, count, t);
        double qlo = q.applyAsDouble(lo);
        double qhi = q.applyAsDouble(hi);
        if ((qlo > 0) == (qhi > 0) && qlo != 0 && qhi != 0) {
            return Double.NaN;
        }
        return Locate.root(q, lo, hi, qlo, qhi, 0, 200).best();
    }

    /** Writes the quartic interpolant of the branch points y at t into out; returns out. */
    private static double[] interpolate(double[] s, double[][] y, double t, double[] out) {
        double[] column = new double[5];
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < 5; k++) {
                column[k] = y[k][i];
            }
            out[i] = lagrange(s, column, 0, 5, t);
        }
        return out;
    }
}
