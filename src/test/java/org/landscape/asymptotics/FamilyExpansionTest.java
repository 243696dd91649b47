package org.landscape.asymptotics;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landscape.analysis.YoungFamily;
import org.landscape.symbolic.Symja;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The type-A family {@code Delta(S{k-1}xS1)} at alpha = 0 expanded in \( k^{-1/2} \) (issue 19), checked against routes
 * that share nothing with the series: the family solved numerically (orbit-reduced Newton) at large k, and the
 * <em>dense</em> loss of the full k x k network at those points.
 * <ul>
 *   <li>every exact leading coefficient equals the Richardson extrapolation of \( (x(k) - x^\infty) k^{q/2} \) from the
 *       numerical family at k = 4000 and 16000 (error O(1/k));</li>
 *   <li>the error of each truncated pattern series decays at least at its predicted order between k = 1000 and
 *       10000;</li>
 *   <li>the loss series against the dense loss at k = 200, 400, 800: the error decays like \( k^{-2} \) (the series'
 *       remainder), and the \( k^{-1} \) coefficient equals the extrapolation of \( k\,L(k) \).</li>
 * </ul>
 */
class FamilyExpansionTest {
    private static final YoungFamily TYPE_A = YoungFamily.parse("Delta(S{k-1}xS1)");
    private static double[][] start;
    private static FamilyExpansion.Expansion expansion;

    @BeforeAll
    static void expand() throws IOException {
        start = new ObjectMapper().readValue(new File("examples/spurious-minima/spurious-k6.json"), double[][].class);
        expansion = FamilyExpansion.expand(TYPE_A, start, 0, 2, 1000);
    }

    @Test
    void leadingCoefficientsEqualTheNumericalExtrapolation() {
        FamilyExpansion.Samples s = FamilyExpansion.sample(TYPE_A, start, 0, new double[] {4000, 16000});
        for (int i = 0; i < expansion.variables().size(); i++) {
            FamilyExpansion.Term t = expansion.variables().get(i);
            double lim = FamilyExpansion.value(t.limit());
            double e1 = (s.values()[0][i] - lim) * Math.pow(4000, t.exponent() / 2.0);
            double e2 = (s.values()[1][i] - lim) * Math.pow(16000, t.exponent() / 2.0);
            double richardson = 2 * e2 - e1; // removes the k^(-1/2) correction
            double exact = FamilyExpansion.value(t.terms().get(0));
            assertEquals(richardson, exact, 2e-3 * Math.max(1, Math.abs(exact)), t.name() + " leading coefficient "
                    + t.terms().get(0));
        }
    }

    @Test
    void patternErrorsDecayAtThePredictedOrder() {
        double[] observed = expansion.observedOrders();
        for (int i = 0; i < expansion.variables().size(); i++) {
            assertTrue(observed[i] > expansion.remainder(i) - 0.2, expansion.variables().get(i).name() + ": error order "
                    + observed[i] + ", predicted at least " + expansion.remainder(i));
        }
        FamilyExpansion.Check last = expansion.checks().get(expansion.checks().size() - 1);
        for (double err : last.error()) {
            assertTrue(err < 1e-5, "error at k = 10^4: " + err);
        }
    }

    /**
     * The Hessian eigenvalues of the two-row and hook blocks (multiplicities \( (k-1)(k-4)/2 \) and \( (k-2)(k-3)/2 \),
     * the dimensions of \( [n-2,2] \) and \( [n-2,1,1] \) for n = k - 1 by the hook length formula) tend to the global
     * minimum's values \( 1/4 \pm 1/(2\pi) \) (Arjevani and Field); their \( k^{-1} \) coefficients equal the Richardson
     * extrapolation of \( k(\lambda(k) - \lambda_\infty) \) from the numerical isotypic blocks at k = 4000 and 16000, and
     * the \( k^{-1/2} \) coefficient vanishes.
     */
    @Test
    void twoRowAndHookEigenvalues() {
        FamilyExpansion.Samples s = FamilyExpansion.sample(TYPE_A, start, 0, new double[] {4000, 16000});
        String[][] cases = {{"[k-3,2]x[1]", "1/4 + 1/(2*Pi)", "(k-1)*(k-4)/2"}, {"[k-3,1,1]x[1]", "1/4 - 1/(2*Pi)",
                "(k-2)*(k-3)/2"}};
        for (String[] c : cases) {
            HessianExpansion.Eigenvalue e = expansion.spectrum().eigenvalues().stream()
                    .filter(v -> v.component().equals(c[0])).findFirst().orElseThrow();
            assertEquals(0, e.value().valuation(), c[0] + " tends to a constant");
            assertTrue(Symja.eval("Simplify[(" + Symja.input(e.value().coefficient(0)) + ") - (" + c[1] + ")]").isZero(),
                    c[0] + " limit " + e.value().coefficient(0));
            assertTrue(Symja.eval("Expand[(" + Symja.input(e.multiplicity()) + ") - (" + c[2] + ")]").isZero(),
                    c[0] + " multiplicity " + e.multiplicity());
            assertTrue(e.value().coefficient(1).isZero(), c[0] + " has no k^(-1/2) term");
            double limit = FamilyExpansion.value(e.value().coefficient(0));
            double[] f = new double[2];
            for (int w = 0; w < 2; w++) {
                double k = s.widths()[w];
                double[] block = HessianExpansion.numerical(TYPE_A, s.values()[w], k, 0).get(e.block());
                assertEquals(1, block.length, c[0] + " is one copy");
                f[w] = k * (block[0] - limit);
            }
            double extrapolated = 2 * f[1] - f[0]; // removes the k^(-1/2) correction of k (lambda - limit)
            assertEquals(extrapolated, FamilyExpansion.value(e.value().coefficient(2)), 2e-3, c[0]
                    + " coefficient of 1/k " + e.value().coefficient(2));
        }
    }

    /**
     * The two eigenvalues of the trivial block that stay bounded (they need the pattern to order 2): their limits and
     * \( k^{-1/2} \) coefficients against the nearest eigenvalues of the numerical trivial block at k = 4000 and 16000,
     * extrapolated by Richardson in \( h = k^{-1/2} \) (ratio 2: \( f = a + b h + O(h^2) \)).
     */
    @Test
    void boundedEigenvaluesOfTheTrivialBlock() {
        FamilyExpansion.Samples s = FamilyExpansion.sample(TYPE_A, start, 0, new double[] {4000, 16000});
        java.util.List<HessianExpansion.Eigenvalue> bounded = expansion.spectrum().eigenvalues().stream()
                .filter(v -> v.component().equals("[k-1]x[1]") && v.value().valuation() >= 0).toList();
        assertEquals(2, bounded.size(), "two bounded eigenvalues in the trivial block: " + bounded);
        for (HessianExpansion.Eigenvalue e : bounded) {
            double c0 = FamilyExpansion.value(e.value().coefficient(0));
            double[] lim = new double[2];
            double[] slope = new double[2];
            for (int w = 0; w < 2; w++) {
                double k = s.widths()[w];
                double nearest = Double.NaN;
                for (double x : HessianExpansion.numerical(TYPE_A, s.values()[w], k, 0).get(e.block())) {
                    if (Double.isNaN(nearest) || Math.abs(x - c0) < Math.abs(nearest - c0)) {
                        nearest = x;
                    }
                }
                lim[w] = nearest;
                slope[w] = Math.sqrt(k) * (nearest - c0);
            }
            assertEquals(2 * lim[1] - lim[0], c0, 1e-3, "limit " + e.value().coefficient(0));
            // sqrt(k) (lambda - c0) = c1 + c2 h + ...: Richardson with ratio 2 in h
            assertEquals(2 * slope[1] - slope[0], FamilyExpansion.value(e.value().coefficient(1)), 2e-2,
                    "k^(-1/2) coefficient " + e.value().coefficient(1));
        }
    }

    /**
     * The eigenvalues that grow with k: their leading coefficients against the Richardson extrapolation of
     * \( \lambda(k)/k \) from the largest numerical eigenvalues of the same block at k = 4000 and 16000; and every
     * eigenvalue series' error at k = 10^4 is within a few units of its remainder \( k^{-p/2} \).
     */
    @Test
    void growingEigenvaluesAndRemainders() {
        FamilyExpansion.Samples s = FamilyExpansion.sample(TYPE_A, start, 0, new double[] {4000, 16000});
        java.util.List<HessianExpansion.Eigenvalue> all = expansion.spectrum().eigenvalues();
        int growing = 0;
        for (HessianExpansion.Eigenvalue e : all) {
            double[] err = e.error();
            double k = expansion.spectrum().widths()[err.length - 1];
            assertTrue(err[err.length - 1] < 10 * Math.pow(k, -e.remainder()), e.component() + " " + e.value()
                    + ": error " + err[err.length - 1] + " at k = " + k);
            if (e.value().valuation() != -2) {
                continue;
            }
            growing++;
            double c = FamilyExpansion.value(e.value().coefficient(-2));
            double[] f = new double[2];
            for (int w = 0; w < 2; w++) {
                double[] block = HessianExpansion.numerical(TYPE_A, s.values()[w], s.widths()[w], 0)
                        .get(e.block());
                double nearest = Double.NaN;
                for (double x : block) {
                    if (Double.isNaN(nearest) || Math.abs(x / s.widths()[w] - c) < Math.abs(nearest - c)) {
                        nearest = x / s.widths()[w];
                    }
                }
                f[w] = nearest;
            }
            assertEquals(2 * f[1] - f[0], c, 1e-3, e.component() + " leading coefficient " + e.value().coefficient(-2));
        }
        assertTrue(growing >= 3, "the type-A Hessian has eigenvalues of order k in the trivial and standard blocks");
    }

    /**
     * The ReLU loss with teacher \( I_k \) from the closed arc-cosine kernel (Cho and Saul),
     * \( L = \tfrac12 \sum_{ij} K(w_i, w_j) - \sum_{ij} K(w_i, e_j) + \tfrac k4 + \frac{k(k-1)}{4\pi} \) (the teacher's
     * pairs: \( K(e_i, e_i) = 1/2 \), \( K(e_i, e_j) = 1/(2\pi) \)),
     * \( K(w, v) = \frac{|w||v|}{2\pi}(\sin\theta + (\pi - \theta)\cos\theta) \), with compensated (Kahan)
     * summation: independent of the model code, and without the rounding a plain sum of k^2 terms of size 1 leaves.
     */
    private static double reluLoss(double[][] w) {
        int k = w.length;
        double[] norm = new double[k];
        for (int i = 0; i < k; i++) {
            double q = 0;
            for (double x : w[i]) {
                q += x * x;
            }
            norm[i] = Math.sqrt(q);
        }
        double sum = 0;
        double comp = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double dot = 0;
                for (int c = 0; c < k; c++) {
                    dot += w[i][c] * w[j][c];
                }
                double ww = 0.5 * kernel(norm[i] * norm[j], dot);
                double wv = kernel(norm[i], w[i][j]);
                for (double term : new double[]{ww, -wv}) {
                    double y = term - comp;
                    double t = sum + y;
                    comp = (t - sum) - y;
                    sum = t;
                }
            }
        }
        double teacher = k / 4.0 + k * (k - 1.0) / (4 * Math.PI);
        return (sum + teacher) - comp;
    }

    /** @return \( K \) for norms product n and inner product dot */
    private static double kernel(double n, double dot) {
        double theta = Math.acos(Math.max(-1, Math.min(1, dot / n)));
        return n / (2 * Math.PI) * (Math.sin(theta) + (Math.PI - theta) * Math.cos(theta));
    }

    /** @return the type-A matrix of width k from the pattern values in the expansion's orbit order (by label) */
    private static double[][] typeA(double[] x, int k) {
        Map<String, Double> v = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            v.put(expansion.variables().get(i).label(), x[i]);
        }
        double[][] w = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                String key = i < k - 1 ? (j < k - 1 ? (i == j ? "0,0,diag" : "0,0") : "0,1")
                        : (j < k - 1 ? "1,0" : "1,1,diag");
                w[i][j] = v.get(key);
            }
        }
        return w;
    }


    @Test
    void lossSeriesAgainstTheDenseLoss() {
        double[] widths = {200, 400, 800};
        FamilyExpansion.Samples s = FamilyExpansion.sample(TYPE_A, start, 0, widths);
        double[] dense = new double[3];
        double[] err = new double[3];
        for (int w = 0; w < 3; w++) {
            int k = (int) widths[w];
            dense[w] = reluLoss(typeA(s.values()[w], k));
            err[w] = Math.abs(expansion.lossValue(k) - dense[w]);
        }
        double order = Math.log(err[0] / err[2]) / Math.log(4);
        assertEquals(expansion.loss().precision() / 2.0, order, 0.3, "loss error order (errors " + err[0] + ", "
                + err[2] + ")");
        // the leading coefficient against Richardson extrapolation of k L(k) = A + B h + C h^2 + O(h^3), h = k^(-1/2),
        // from the orbit-summed loss
        org.landscape.analysis.FamilyInWidth p = new org.landscape.analysis.FamilyInWidth(TYPE_A,
                org.landscape.analysis.FamilyInWidth.Parameter.WIDTH, 0);
        double[] kl = new double[3];
        for (int w = 0; w < 3; w++) {
            // both sums round at about 1e-14 of their absolute terms, which grow like k^2
            kl[w] = widths[w] * p.sums(s.values()[w], widths[w]).loss();
            assertEquals(dense[w], kl[w] / widths[w], 1e-14 * widths[w] * widths[w], "orbit-summed against closed-form loss at k = "
                    + widths[w]);
        }
        double a = richardson(kl);
        assertEquals(2, expansion.loss().valuation(), "the loss decays like 1/k");
        assertEquals(a, FamilyExpansion.value(expansion.loss().coefficient(2)), 1e-3, "series coefficient of 1/k ("
                + expansion.loss().coefficient(2) + ") against the extrapolated k L(k)");
    }

    /**
     * The Delta S_k family, whose loss does not vanish as k grows (its constant term needs the pattern to order 2):
     * the limit equals the
     * Richardson extrapolation (in h = k^(-1/2), ratio sqrt 2) of the orbit-summed loss at k = 200, 400, 800, and the
     * orbit-summed loss agrees with the closed-form loss of the full matrix at k = 200.
     */
    @Test
    void deltaSkLossLimit() throws IOException {
        YoungFamily f = YoungFamily.parse("DeltaS{k}");
        double[][] w6 = new ObjectMapper().readValue(new File("examples/liu-leaky-relu/deltaS6-start.json"),
                double[][].class);
        FamilyExpansion.Expansion e = FamilyExpansion.expand(f, w6, 0, 2, 1000);
        assertEquals(0, e.loss().valuation(), "the loss tends to a non-zero constant");
        double[] widths = {200, 400, 800};
        FamilyExpansion.Samples s = FamilyExpansion.sample(f, w6, 0, widths);
        org.landscape.analysis.FamilyInWidth p = new org.landscape.analysis.FamilyInWidth(f,
                org.landscape.analysis.FamilyInWidth.Parameter.WIDTH, 0);
        double[] l = new double[3];
        for (int w = 0; w < 3; w++) {
            l[w] = p.sums(s.values()[w], widths[w]).loss();
        }
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < s.values()[0].length; i++) {
            m.put(e.variables().get(i).label(), s.values()[0][i]);
        }
        assertEquals(reluLoss(f.matrix(m, 200)), l[0], 1e-14 * 200 * 200, "orbit-summed against closed-form loss");
        double a = richardson(l);
        assertEquals(a, FamilyExpansion.value(e.loss().coefficient(0)), 1e-3, "limit of the loss ("
                + e.loss().coefficient(0) + ")");
    }

    /**
     * @param f f(h) = A + B h + C h^2 + O(h^3) at h_0, h_0/sqrt 2, h_0/2 (widths k, 2k, 4k with h = k^(-1/2))
     * @return A: Richardson with ratio sqrt 2 removes the h term, then the h^2 term
     */
    private static double richardson(double[] f) {
        double r = Math.sqrt(2);
        double a1 = (r * f[1] - f[0]) / (r - 1);
        double a2 = (r * f[2] - f[1]) / (r - 1);
        return 2 * a2 - a1;
    }
}
