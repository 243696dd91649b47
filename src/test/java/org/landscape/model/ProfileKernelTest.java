package org.landscape.model;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled kernel against closed forms known from the literature and finite differences. */
class ProfileKernelTest {
    private static final DfpField FIELD = new DfpField(40);

    /** Cho and Saul (2009) arc-cosine kernel of degree 1, evaluated in 40 digits from the exact angle. */
    private static double choSaul40(double[] w, double[] v) {
        Dfp ww = FIELD.getZero();
        Dfp vv = FIELD.getZero();
        Dfp wv = FIELD.getZero();
        for (int c = 0; c < w.length; c++) {
            Dfp a = FIELD.newDfp(w[c]);
            Dfp b = FIELD.newDfp(v[c]);
            ww = ww.add(a.multiply(a));
            vv = vv.add(b.multiply(b));
            wv = wv.add(a.multiply(b));
        }
        Dfp nw = ww.sqrt();
        Dfp nv = vv.sqrt();
        // sin(theta) = |w x v| / (|w||v|) via Lagrange: |w|^2|v|^2 - (w.v)^2, exact in 40 digits
        Dfp cross2 = ww.multiply(vv).subtract(wv.multiply(wv));
        Dfp sin = cross2.sqrt().divide(nw.multiply(nv));
        Dfp cos = wv.divide(nw.multiply(nv));
        Dfp theta = DfpMath.atan(sin.divide(cos));
        if (cos.negativeOrNull() && !cos.isZero()) {
            theta = theta.add(FIELD.getPi());
        }
        if (cos.isZero()) {
            theta = FIELD.getPi().divide(2);
        }
        Dfp val = sin.add(FIELD.getPi().subtract(theta).multiply(cos)).multiply(nw).multiply(nv)
                .divide(FIELD.getPi().multiply(2));
        return val.toDouble();
    }

    private static double[] rotated(double t) {
        return new double[]{Math.cos(t), Math.sin(t), 0};
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1e-12, 1e-8, 1e-4, 0.3, 1.0, Math.PI / 2, 2.0, 3.0, Math.PI - 1e-4})
    void reluKernelMatchesChoSaulInFortyDigits(double t) {
        double[] w = {1, 0, 0};
        double[] v = rotated(t);
        double ref = choSaul40(w, v);
        double got = Models.kernel(0).value(w, v);
        assertEquals(ref, got, 1e-13 * Math.abs(ref) + 1e-300, "theta=" + t);
    }

    @Test
    void reluKernelNearPiKeepsRelativeAccuracy() {
        // v = -w + small perpendicular part: K ~ |w||v| phi^3/(6 pi), far below the O(1) terms
        double[] w = {1, 0, 0};
        double[] v = {-1, 1e-3, 0};
        double ref = choSaul40(w, v);
        assertEquals(ref, Models.kernel(0).value(w, v), 1e-12 * Math.abs(ref));
    }

    @Test
    void linearAndSelfIdentities() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            double alpha = -3 + 6 * rnd.nextDouble();
            double[] w = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
            double[] v = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
            double ww = w[0] * w[0] + w[1] * w[1] + w[2] * w[2];
            double[] minusW = {-w[0], -w[1], -w[2]};
            ProfileKernel k = Models.kernel(alpha);
            assertEquals((1 + alpha * alpha) / 2 * ww, k.value(w, w), 1e-13 * ww);
            assertEquals(-alpha * ww, k.value(w, minusW), 1e-13 * ww);
            assertEquals(k.value(w, v), k.value(v, w), 1e-13 * Math.sqrt(ww));
            double dot = w[0] * v[0] + w[1] * v[1] + w[2] * v[2];
            assertEquals(dot, Models.kernel(1).value(w, v), 1e-13 * Math.sqrt(ww) * 4);
        }
    }

    @Test
    void gradientAndHessiansMatchCentralDifferences() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            double alpha = -2 + 4 * rnd.nextDouble();
            int d = 2 + rnd.nextInt(3);
            double[] w = new double[d];
            double[] v = new double[d];
            for (int c = 0; c < d; c++) {
                w[c] = rnd.nextGaussian();
                v[c] = rnd.nextGaussian();
            }
            ProfileKernel k = Models.kernel(alpha);
            double[] grad = new double[d];
            k.gradientW(w, v, grad);
            double[] hww = new double[d * d];
            k.hessianWW(w, v, hww);
            double[] hwv = new double[d * d];
            k.hessianWV(w, v, hwv);
            double h = 1e-5;
            for (int c = 0; c < d; c++) {
                double[] wp = w.clone();
                double[] wm = w.clone();
                wp[c] += h;
                wm[c] -= h;
                double fd = (k.value(wp, v) - k.value(wm, v)) / (2 * h);
                assertEquals(fd, grad[c], 1e-8, "gradient");
                double[] gp = new double[d];
                double[] gm = new double[d];
                k.gradientW(wp, v, gp);
                k.gradientW(wm, v, gm);
                double[] vp = v.clone();
                double[] vm = v.clone();
                vp[c] += h;
                vm[c] -= h;
                double[] gvp = new double[d];
                double[] gvm = new double[d];
                k.gradientW(w, vp, gvp);
                k.gradientW(w, vm, gvm);
                for (int r = 0; r < d; r++) {
                    assertEquals((gp[r] - gm[r]) / (2 * h), hww[r * d + c], 1e-7, "Hess_ww");
                    assertEquals((gvp[r] - gvm[r]) / (2 * h), hwv[r * d + c], 1e-7, "Hess_wv");
                }
            }
        }
    }

    @Test
    void parallelLimitsAreExact() {
        // theta -> 0: Hess_ww -> 0 and Hess_wv -> h'(1) I = ((1+alpha^2)/2) I; theta -> pi: Hess_wv -> alpha I
        double alpha = 0.3;
        ProfileKernel k = Models.kernel(alpha);
        double[] w = {2, 0};
        double[] hww = new double[4];
        double[] hwv = new double[4];
        k.hessianWW(w, new double[]{3, 0}, hww);
        k.hessianWV(w, new double[]{3, 0}, hwv);
        for (double x : hww) {
            assertEquals(0, x, 1e-15);
        }
        assertEquals((1 + alpha * alpha) / 2, hwv[0], 1e-15);
        assertEquals((1 + alpha * alpha) / 2, hwv[3], 1e-15);
        assertEquals(0, hwv[1], 1e-15);
        k.hessianWV(w, new double[]{-3, 0}, hwv);
        assertEquals(alpha, hwv[0], 1e-15);
        assertEquals(alpha, hwv[3], 1e-15);
        for (double[] h : new double[][]{hww, hwv}) {
            for (double x : h) {
                assertTrue(Double.isFinite(x));
            }
        }
    }

    @Test
    void deadNeuronIsRefusedWithAMessage() {
        ProfileKernel k = Models.kernel(0.1);
        var ex = assertThrows(org.landscape.base.InvalidInputException.class,
                () -> k.gradientW(new double[]{0, 0}, new double[]{1, 0}, new double[2]));
        assertTrue(ex.getMessage().contains("dead neuron"));
        assertEquals(0, k.value(new double[]{0, 0}, new double[]{1, 0}));
    }
}
