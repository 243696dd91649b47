package org.landscape.dynamics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The escape test against closed forms, brute-force sphere sampling and one-sided finite differences. */
class EscapeTestTest {

    /** alpha = 0, one dead neuron, teacher I_2: D(u) = -sum_j K(u, e_j), minimised on the diagonal (symmetry + Cho-Saul). */
    @Test
    void deadStudentAgainstIdentityTeacherEscapesAlongTheDiagonal() {
        double[][] w = {{0, 0}};
        double[][] v = {{1, 0}, {0, 1}};
        EscapeReport r = EscapeTest.test(0, w, v, EscapeSettings.defaults());
        NeuronEscape e = r.neurons().get(0);
        double theta = Math.PI / 4;
        double expected = -2 * (Math.sin(theta) + (Math.PI - theta) * Math.cos(theta)) / (2 * Math.PI);
        assertEquals(expected, e.minimum(), 1e-10);
        double[] u = e.direction();
        assertEquals(Math.sqrt(0.5), u[0], 1e-5);
        assertEquals(Math.sqrt(0.5), u[1], 1e-5);
        assertEquals(EscapeVerdict.ESCAPE, e.verdict());
        assertEquals(EscapeReport.PointClass.SADDLE_ESCAPE, r.classification());
        assertTrue(e.lowerBound() <= expected + 1e-12);
        assertTrue(e.minimum() - e.lowerBound() <= 1e-4 * Math.sqrt(2) + 1e-12, "bracket " + e.lowerBound());
    }

    /** Teacher identity in R^3 with one dead and no live neuron: the minimiser is the diagonal (1,1,1)/sqrt3. */
    @Test
    void identityTeacherInThreeDimensions() {
        double[][] w = {{0, 0, 0}};
        double[][] v = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        NeuronEscape e = EscapeTest.test(0, w, v, EscapeSettings.defaults().withMaxEvaluations(300_000)).neurons().get(0);
        double c = 1 / Math.sqrt(3);
        double expected = IndependentKernel.directional(0, new double[0][], v, new double[] {c, c, c});
        assertEquals(expected, e.minimum(), 1e-10);
        for (double x : e.direction()) {
            assertEquals(c, x, 1e-5);
        }
    }

    /** D = 2 K(u, e_1) > 0 for alpha = -0.5 (K(w,-w) = -alpha |w|^2 > 0): certified no escape, bound below the true minimum. */
    @Test
    void overshootingStudentHasNoEscapeCertified() {
        double alpha = -0.5;
        double[][] w = {{3, 0}, {0, 0}};
        double[][] v = {{1, 0}};
        EscapeReport r = EscapeTest.test(alpha, w, v, EscapeSettings.defaults());
        NeuronEscape e = r.neurons().get(0);
        double brute = Double.POSITIVE_INFINITY;
        for (int t = 0; t < 200000; t++) {
            double th = 2 * Math.PI * t / 200000;
            brute = Math.min(brute, 2 * IndependentKernel.k(alpha, new double[] {Math.cos(th), Math.sin(th)}, v[0]));
        }
        assertEquals(EscapeVerdict.NO_ESCAPE, e.verdict());
        assertTrue(e.lowerBound() > 0 && e.lowerBound() <= brute + 1e-12, e.lowerBound() + " vs " + brute);
        assertEquals(brute, e.minimum(), 1e-8);
    }

    /** Random points with one dead neuron, d = 2 and 3: brute-force sphere sampling with the independent kernel. */
    @ParameterizedTest
    @CsvSource({"2, 0.0, 1", "2, 0.3, 2", "2, -0.7, 3", "3, 0.0, 4", "3, 0.2, 5", "3, -0.4, 6", "3, 1.5, 7"})
    void agreesWithBruteForceSphereSampling(int d, double alpha, long seed) {
        Random rnd = new Random(seed);
        int k = 3;
        int n = 2;
        double[][] w = new double[k][d];
        double[][] v = new double[n][d];
        for (int i = 1; i < k; i++) {
            for (int c = 0; c < d; c++) {
                w[i][c] = rnd.nextGaussian();
            }
        }
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < d; c++) {
                v[j][c] = rnd.nextGaussian();
            }
        }
        double[][] live = {w[1], w[2]};
        double brute = Double.POSITIVE_INFINITY;
        int samples = d == 2 ? 100000 : 400000;
        for (int t = 0; t < samples; t++) {
            double[] u = new double[d];
            if (d == 2) {
                double th = 2 * Math.PI * t / samples;
                u[0] = Math.cos(th);
                u[1] = Math.sin(th);
            } else {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    u[c] = rnd.nextGaussian();
                    s += u[c] * u[c];
                }
                for (int c = 0; c < d; c++) {
                    u[c] /= Math.sqrt(s);
                }
            }
            brute = Math.min(brute, IndependentKernel.directional(alpha, live, v, u));
        }
        NeuronEscape e = EscapeTest.test(alpha, w, v, EscapeSettings.defaults().withMaxEvaluations(300_000)).neurons().get(0);
        assertTrue(e.minimum() <= brute + 1e-10, e.minimum() + " > brute " + brute);
        assertTrue(e.lowerBound() <= brute + 1e-12, "lower bound " + e.lowerBound() + " > brute " + brute);
        assertEquals(brute, e.minimum(), d == 2 ? 1e-8 : 2e-3);
        // the reported minimum is the independent D at the reported direction
        assertEquals(IndependentKernel.directional(alpha, live, v, e.direction()), e.minimum(), 1e-12);
        // one-sided finite difference of the loss along the escape direction
        double fd = EscapeTest.lossIncrement(alpha, w, v, 0, e.direction(), 1e-7);
        assertEquals(e.minimum(), fd, 1e-5);
    }

    @Test
    void noDeadNeuronIsInvalidInput() {
        assertThrows(org.landscape.base.InvalidInputException.class,
                () -> EscapeTest.test(0, new double[][] {{1, 0}}, new double[][] {{1, 0}}, EscapeSettings.defaults()));
    }

    /** d = 12 (sphere S^11): no covering is attempted, the escape along the diagonal is still found and evaluated. */
    @Test
    void highDimensionFindsTheDiagonalEscapeWithoutCovering() {
        int d = 12;
        double[][] v = org.landscape.model.Matrices.identity(d);
        NeuronEscape e = EscapeTest.test(0, new double[1][d], v, EscapeSettings.defaults()).neurons().get(0);
        double[] diag = new double[d];
        java.util.Arrays.fill(diag, 1 / Math.sqrt(d));
        assertEquals(EscapeVerdict.ESCAPE, e.verdict());
        assertEquals(IndependentKernel.directional(0, new double[0][], v, diag), e.minimum(), 1e-9);
        assertTrue(e.evaluations() < 1_000_000);
    }
}
