package org.landscape.verify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finite differences against polynomials whose derivatives are known exactly. */
class FiniteDifferencesTest {

    /** f = x0^3 x1 - 2 x1^2 + 5 x0 x2 + x2^4: gradient and Hessian typed by hand. */
    private static double f(double[] x) {
        return x[0] * x[0] * x[0] * x[1] - 2 * x[1] * x[1] + 5 * x[0] * x[2] + Math.pow(x[2], 4);
    }

    private static void grad(double[] x, double[] out) {
        out[0] = 3 * x[0] * x[0] * x[1] + 5 * x[2];
        out[1] = x[0] * x[0] * x[0] - 4 * x[1];
        out[2] = 5 * x[0] + 4 * Math.pow(x[2], 3);
    }

    private static double[] hess(double[] x) {
        return new double[] {
                6 * x[0] * x[1], 3 * x[0] * x[0], 5,
                3 * x[0] * x[0], -4, 0,
                5, 0, 12 * x[2] * x[2]};
    }

    @Test
    void gradientOfPolynomial() {
        for (double s : new double[] {1e-3, 1, 1e3}) {
            double[] x = {0.7 * s, -1.3 * s, 0.4 * s};
            double[] want = new double[3];
            grad(x, want);
            FiniteDifferences.Result r = FiniteDifferences.gradient(FiniteDifferencesTest::f, x, s,
                    FiniteDifferences.Settings.GRADIENT);
            double scale = Math.abs(want[0]) + Math.abs(want[1]) + Math.abs(want[2]);
            for (int c = 0; c < 3; c++) {
                assertEquals(want[c], r.derivative()[c], 1e-10 * scale, "entry " + c + " at scale " + s);
            }
            assertTrue(r.maxError() < 1e-6 * scale, "error estimate " + r.maxError());
        }
    }

    @Test
    void hessianOfPolynomialFromItsGradient() {
        double[] x = {0.7, -1.3, 0.4};
        double[] want = hess(x);
        for (boolean richardson : new boolean[] {true, false}) {
            FiniteDifferences.Settings st = new FiniteDifferences.Settings(1e-5, richardson);
            FiniteDifferences.Result r = FiniteDifferences.hessian(FiniteDifferencesTest::grad, x, 1, st);
            for (int e = 0; e < 9; e++) {
                assertEquals(want[e], r.derivative()[e], richardson ? 1e-8 : 1e-7, "entry " + e);
                assertTrue(Math.abs(want[e] - r.derivative()[e]) <= 10 * r.error()[e] + 1e-8, "estimate " + e);
            }
        }
    }

    @Test
    void quadraticIsExactUpToRounding() {
        double[] x = {2, -3};
        FiniteDifferences.Result r = FiniteDifferences.gradient(p -> 3 * p[0] * p[0] - p[0] * p[1],
                x, 1, new FiniteDifferences.Settings(1e-3, false));
        assertEquals(15, r.derivative()[0], 1e-9);
        assertEquals(-2, r.derivative()[1], 1e-9);
    }
}
