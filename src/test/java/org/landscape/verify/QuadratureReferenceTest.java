package org.landscape.verify;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quadrature reference against closed forms from the literature, typed here only: the degree-1 arc-cosine
 * kernel (Cho and Saul 2009), the linear kernel, and the identities of MATH.md section 2; derivatives against
 * high-precision central differences of the reference's own high-precision values.
 */
class QuadratureReferenceTest {

    private static final double[] ALPHAS = {-1.3, -1, -0.5, 0, 0.2, 1, 1.7, 2.9};

    /** {w_x, v_x, v_y}: angles 0, ~1e-12, ~1e-8, 0.3, pi/2, 2, pi-1e-8, pi and mixed norms. */
    private static final double[][] PLANAR = {
            {1, 3, 0}, {1, 1, 0x1p-40}, {0.75, 1, 1e-8}, {1, 0.9553364891256060, 0.2955202066613396},
            {2, 0, 1.5}, {1, -0.4161468365471424, 0.9092974268256817}, {1, -1, 1e-8}, {1, -2, 0},
            {1e-6, 1e6, 3e5}, {1e6, -1e-6, 1e-7}, {1e-6, 1e-6, 0x1p-60}, {1e6, -1e6, 0},
    };

    private static Dfp rel(Dfp got, Dfp want, Dfp scale) {
        return got.subtract(want).abs().divide(scale);
    }

    private static void assertTiny(Dfp relErr, double bound, String what) {
        assertTrue(relErr.toDouble() <= bound, what + ": relative error " + relErr.toDouble() + " > " + bound);
    }

    @Test
    void arcCosineKernelAtAlphaZeroTo30Digits() {
        QuadratureReference q = new QuadratureReference(0);
        DfpField f = q.field();
        for (double[] p : PLANAR) {
            double[] w = {p[0], 0, 0};
            double[] v = {p[1], p[2], 0};
            Dfp nw = f.newDfp(new BigDecimal(p[0]).abs().toString());
            Dfp vx = HighPrecision.toDfp(f, new BigDecimal(p[1]));
            Dfp vy = HighPrecision.toDfp(f, new BigDecimal(p[2]));
            Dfp nv = vx.multiply(vx).add(vy.multiply(vy)).sqrt();
            Dfp t = halfAngle(f, vx, vy, nv);
            Dfp want = nw.multiply(nv).multiply(t.sin().add(f.getPi().subtract(t).multiply(t.cos())))
                    .divide(f.getPi().multiply(2));
            Dfp got = q.valueHighPrecision(w, v);
            assertTiny(rel(got, want, nw.multiply(nv)), 1e-30, "arc-cosine kernel at " + java.util.Arrays.toString(p));
            Dfp gotSwapped = q.valueHighPrecision(v, w);
            assertTiny(rel(gotSwapped, want, nw.multiply(nv)), 1e-30, "symmetry at " + java.util.Arrays.toString(p));
        }
    }

    @Test
    void arcCosineKernelInGeneralPositionAndSymmetry() {
        QuadratureReference q = new QuadratureReference(0);
        DfpField f = q.field();
        Random rnd = new Random(7);
        for (int n = 0; n < 6; n++) {
            int d = 2 + n % 3;
            double[] w = gaussian(rnd, d, Math.pow(10, n - 3));
            double[] v = gaussian(rnd, d, 1);
            Dfp nw = norm(f, w);
            Dfp nv = norm(f, v);
            Dfp t = dot(f, w, v).divide(nw.multiply(nv)).acos();
            Dfp want = nw.multiply(nv).multiply(t.sin().add(f.getPi().subtract(t).multiply(t.cos())))
                    .divide(f.getPi().multiply(2));
            assertTiny(rel(q.valueHighPrecision(w, v), want, nw.multiply(nv)), 1e-30, "general position " + n);
            assertTiny(rel(q.valueHighPrecision(v, w), want, nw.multiply(nv)), 1e-30, "symmetry " + n);
        }
    }

    @Test
    void linearKernelSelfAndAntipodalIdentities() {
        Random rnd = new Random(11);
        for (double alpha : ALPHAS) {
            QuadratureReference q = new QuadratureReference(alpha);
            DfpField f = q.field();
            Dfp a = f.newDfp(new BigDecimal(alpha).toString());
            double[] w = gaussian(rnd, 3, 1e3);
            double[] minus = {-w[0], -w[1], -w[2]};
            Dfp w2 = dot(f, w, w);
            Dfp self = w2.multiply(f.getOne().add(a.multiply(a))).divide(2);
            assertTiny(rel(q.valueHighPrecision(w, w), self, w2), 1e-30, "K(w,w) at alpha " + alpha);
            Dfp anti = w2.multiply(a).negate();
            assertTiny(rel(q.valueHighPrecision(w, minus), anti, w2), 1e-30, "K(w,-w) at alpha " + alpha);
        }
        QuadratureReference lin = new QuadratureReference(1);
        for (double[] p : PLANAR) {
            double[] w = {p[0], 0.5 * p[0], 0};
            double[] v = {p[1], p[2], -p[2]};
            Dfp want = dot(lin.field(), w, v);
            Dfp scale = norm(lin.field(), w).multiply(norm(lin.field(), v));
            assertTiny(rel(lin.valueHighPrecision(w, v), want, scale), 1e-30, "linear kernel");
        }
    }

    @Test
    void onlySquaresOfAAndBEnter() {
        Random rnd = new Random(13);
        QuadratureReference lin = new QuadratureReference(1);
        QuadratureReference abs = new QuadratureReference(-1);
        for (double alpha : ALPHAS) {
            QuadratureReference q = new QuadratureReference(alpha);
            DfpField f = q.field();
            Dfp al = f.newDfp(new BigDecimal(alpha).toString());
            Dfp a = f.getOne().add(al).divide(2);
            Dfp b = f.getOne().subtract(al).divide(2);
            double[] w = gaussian(rnd, 4, 1);
            double[] v = gaussian(rnd, 4, 1);
            Dfp want = a.multiply(a).multiply(lin.valueHighPrecision(w, v))
                    .add(b.multiply(b).multiply(abs.valueHighPrecision(w, v)));
            assertTiny(rel(q.valueHighPrecision(w, v), want, norm(f, w).multiply(norm(f, v))), 1e-30,
                    "a^2 K_lin + b^2 K_abs at alpha " + alpha);
        }
    }

    /** Euler's identity for a 1-homogeneous function and high-precision central differences of K. */
    @Test
    void gradientIsEulerConsistentAndMatchesHighPrecisionDifferences() {
        for (double alpha : new double[] {-1.3, 0, 0.2, 1.7}) {
            QuadratureReference q = new QuadratureReference(alpha);
            DfpField f = q.field();
            for (double[] p : PLANAR) {
                double[] w = {p[0], 0.25 * p[0], 0};
                double[] v = {p[1], p[2], 0.5 * p[2]};
                Dfp[] g = q.gradientHighPrecision(w, v);
                Dfp k = q.valueHighPrecision(w, v);
                Dfp euler = f.getZero();
                for (int c = 0; c < 3; c++) {
                    euler = euler.add(g[c].multiply(HighPrecision.toDfp(f, new BigDecimal(w[c]))));
                }
                Dfp scale = norm(f, w).multiply(norm(f, v));
                assertTiny(rel(euler, k, scale), 1e-30, "Euler identity at alpha " + alpha);
                for (int c = 0; c < 3; c++) {
                    Dfp fd = highPrecisionDifference(q, w, v, c, true, -1);
                    assertTiny(rel(g[c], fd, norm(f, v)), 1e-22, "gradient entry " + c + " at alpha " + alpha);
                }
            }
        }
    }

    /**
     * Both Hessian blocks against central differences (step 2^-40 |w|) of the high-precision gradient (measured
     * agreement 1.5e-24 over these cases, the parallel and antiparallel ones included).
     */
    @Test
    void hessianBlocksMatchHighPrecisionDifferencesOfTheGradient() {
        for (double alpha : new double[] {-1.3, 0.2}) {
            QuadratureReference q = new QuadratureReference(alpha);
            DfpField f = q.field();
            for (double[] p : PLANAR) {
                double[] w = {p[0], 0.25 * p[0], 0};
                double[] v = {p[1], p[2], 0.5 * p[2]};
                Dfp[] hww = q.hessianWWHighPrecision(w, v);
                Dfp[] hwv = q.hessianWVHighPrecision(w, v);
                Dfp sww = norm(f, v).divide(norm(f, w));
                for (int c = 0; c < 3; c++) {
                    for (int r = 0; r < 3; r++) {
                        Dfp dw = highPrecisionDifference(q, w, v, c, true, r);
                        Dfp dv = highPrecisionDifference(q, w, v, c, false, r);
                        assertTiny(rel(hww[r * 3 + c], dw, sww), 1e-18, "d2K/dw" + r + "dw" + c + " alpha " + alpha);
                        assertTiny(rel(hwv[r * 3 + c], dv, f.getOne()), 1e-18, "d2K/dw" + r + "dv" + c);
                    }
                }
            }
        }
    }

    @Test
    void doublesAreCorrectlyRoundedAndErrorEstimatesSmall() {
        QuadratureReference q = new QuadratureReference(-0.5);
        double[] w = {0.3, -1.2, 2.0};
        double[] v = {1.1, 0.4, -0.7};
        KernelReference r = q.kernel(w, v);
        assertEquals(HighPrecision.toDouble(q.valueHighPrecision(w, v)), r.value(), 0.0);
        assertEquals(r.value(), q.kernel(v, w).value(), Math.ulp(r.value()));
        assertTrue(r.valueError() < 1e-35 && r.gradientError() < 1e-35 && r.hessianWVError() < 1e-35,
                "error estimates " + r);
        assertEquals(0.0, q.value(new double[3], v), 0.0);
    }

    /** Central difference in coordinate c of w (or v) of K (entry = -1) or of gradient entry {@code entry}. */
    private static Dfp highPrecisionDifference(QuadratureReference q, double[] w, double[] v, int c, boolean inW,
                                               int entry) {
        double[] x = inW ? w : v;
        double scale = 0;
        for (double xi : x) {
            scale = Math.max(scale, Math.abs(xi));
        }
        double h = Math.scalb(1.0, Math.getExponent(scale) - 40);
        double[] plus = x.clone();
        double[] minus = x.clone();
        plus[c] += h;
        minus[c] -= h;
        assertEquals(2 * h, plus[c] - minus[c], 0.0, "step must be exact");
        Dfp fp = entry < 0 ? q.valueHighPrecision(inW ? plus : w, inW ? v : plus)
                : q.gradientHighPrecision(inW ? plus : w, inW ? v : plus)[entry];
        Dfp fm = entry < 0 ? q.valueHighPrecision(inW ? minus : w, inW ? v : minus)
                : q.gradientHighPrecision(inW ? minus : w, inW ? v : minus)[entry];
        return fp.subtract(fm).divide(q.field().newDfp(2 * h));
    }

    /** theta = 2 atan(y / (r + x)) for x >= 0, pi - 2 atan(y / (r - x)) otherwise (Dfp.atan2 is not accurate). */
    private static Dfp halfAngle(DfpField f, Dfp x, Dfp y, Dfp r) {
        if (!x.negativeOrNull() || x.isZero()) {
            return org.hipparchus.dfp.DfpMath.atan(y.divide(r.add(x))).multiply(2);
        }
        return f.getPi().subtract(org.hipparchus.dfp.DfpMath.atan(y.divide(r.subtract(x))).multiply(2));
    }

    static double[] gaussian(Random rnd, int d, double scale) {
        double[] x = new double[d];
        for (int c = 0; c < d; c++) {
            x[c] = scale * rnd.nextGaussian();
        }
        return x;
    }

    private static Dfp dot(DfpField f, double[] x, double[] y) {
        BigDecimal s = BigDecimal.ZERO;
        for (int c = 0; c < x.length; c++) {
            s = s.add(new BigDecimal(x[c]).multiply(new BigDecimal(y[c])));
        }
        return HighPrecision.toDfp(f, s);
    }

    private static Dfp norm(DfpField f, double[] x) {
        return dot(f, x, x).sqrt();
    }
}
