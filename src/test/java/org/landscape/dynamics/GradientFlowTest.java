package org.landscape.dynamics;

import org.landscape.analysis.Linear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gradient flow and overlap flow: direct gradient algebra, an independent RK4, closed-form events. */
class GradientFlowTest {

    static double[][] random(Random r, int rows, int d) {
        double[][] a = new double[rows][d];
        for (double[] row : a) {
            for (int c = 0; c < d; c++) {
                row[c] = r.nextGaussian();
            }
        }
        return a;
    }

    /** The overlap field equals -(G W^T + W G^T), -G V^T with G the model gradient (formed in W). */
    @ParameterizedTest
    @CsvSource({"0.0, 1", "0.4, 2", "-0.8, 3", "3.0, 4"})
    void overlapFieldMatchesTheGradientInW(double alpha, long seed) {
        Random r = new Random(seed);
        int k = 3;
        int d = 4;
        double[][] w = random(r, k, d);
        double[][] v = random(r, 2, d);
        NetworkLoss loss = Models.loss(alpha, v);
        double[] g = new double[k * d];
        loss.gradient(w, g);
        OverlapFlow flow = new OverlapFlow(alpha, v, k);
        double[] out = new double[flow.dimension()];
        flow.field(OverlapFlow.state(Linear.flatten(w), v, k, d), out);
        int o = 0;
        for (int i = 0; i < k; i++) {
            for (int l = i; l < k; l++) {
                double expect = 0;
                for (int c = 0; c < d; c++) {
                    expect -= g[i * d + c] * w[l][c] + w[i][c] * g[l * d + c];
                }
                assertEquals(expect, out[o++], 1e-10);
            }
        }
        for (int i = 0; i < k; i++) {
            for (double[] vj : v) {
                double expect = 0;
                for (int c = 0; c < d; c++) {
                    expect -= g[i * d + c] * vj[c];
                }
                assertEquals(expect, out[o++], 1e-10);
            }
        }
        // finite difference of Q along the flow direction -G
        double h = 1e-5;
        double[] plus = Linear.flatten(w);
        double[] minus = Linear.flatten(w);
        for (int i = 0; i < plus.length; i++) {
            plus[i] -= h * g[i];
            minus[i] += h * g[i];
        }
        double[] qp = OverlapFlow.state(plus, v, k, d);
        double[] qm = OverlapFlow.state(minus, v, k, d);
        for (int i = 0; i < out.length; i++) {
            assertEquals((qp[i] - qm[i]) / (2 * h), out[i], 1e-8);
        }
    }

    /** Dormand-Prince against a fixed-step classical RK4 (h = 1e-3), and the overlap flow against W W^T, W V^T. */
    @Test
    void trajectoryAgreesWithRk4AndOverlapFlow() {
        Random r = new Random(11);
        double alpha = 0.25;
        double[][] w0 = random(r, 3, 3);
        double[][] v = Matrices.identity(3);
        FlowResult res = GradientFlow.integrate(alpha, w0, v, new FlowSettings(2.0, 50, 1e-11, 0, 1e-8), true);
        NetworkLoss loss = Models.loss(alpha, v);
        double[] x = Linear.flatten(w0);
        int m = x.length;
        double step = 1e-3;
        double[][] kk = new double[4][m];
        for (int s = 0; s < 2000; s++) {
            double[] y = x.clone();
            for (int stage = 0; stage < 4; stage++) {
                double c = stage == 0 ? 0 : stage == 3 ? step : step / 2;
                for (int i = 0; i < m; i++) {
                    y[i] = x[i] + (stage == 0 ? 0 : c * kk[stage - 1][i]);
                }
                loss.gradient(Linear.unflatten(y, 3, 3), kk[stage]);
                for (int i = 0; i < m; i++) {
                    kk[stage][i] = -kk[stage][i];
                }
            }
            for (int i = 0; i < m; i++) {
                x[i] += step / 6 * (kk[0][i] + 2 * kk[1][i] + 2 * kk[2][i] + kk[3][i]);
            }
        }
        double[] end = res.states()[res.states().length - 1];
        assertEquals(2.0, res.times()[res.times().length - 1], 1e-12);
        for (int i = 0; i < m; i++) {
            assertEquals(x[i], end[i], 1e-9);
        }
        for (int s = 1; s < res.losses().length; s++) {
            assertTrue(res.losses()[s] <= res.losses()[s - 1] + 1e-14, "loss decreases along the flow");
        }
        FlowResult.OverlapComparison cmp = res.overlaps().orElseThrow();
        assertTrue(cmp.maxDeviation() < 1e-8, "overlap deviation " + cmp.maxDeviation());
        assertTrue(cmp.rowsSpan());
    }

    /** alpha = 0, w antiparallel to v: L = |w|^2/4 + const, w(t) = w0 e^{-t/2}; the dead-neuron event fires at 2 ln(1e8). */
    @Test
    void deadNeuronEventAtTheClosedFormTime() {
        FlowResult res = GradientFlow.integrate(0, new double[][] {{-1, 0}}, new double[][] {{1, 0}},
                FlowSettings.until(100), false);
        assertEquals(FlowResult.Stop.DEAD_NEURON, res.stop());
        assertEquals(PointType.DEAD_NEURON, res.finalType());
        // absolute tolerance 1e-11 at |w| = 1e-8 is 1e-3 relative: the event time is good to about 1e-3
        assertEquals(2 * Math.log(1e8), res.times()[res.times().length - 1], 2e-3);
    }

    /**
     * Near the global minimum the flow converges (event) to a strict minimum where every pair (w_i, v_i) is parallel:
     * the overlap field is not differentiable there, and the result says so instead of giving eigenvalues.
     */
    @Test
    void convergesToTheGlobalMinimumWhereTheOverlapFieldIsNotDifferentiable() {
        double alpha = 0.3;
        double[][] v = Matrices.identity(3);
        double[][] w0 = {{1.1, 0.1, -0.05}, {0.05, 0.9, 0.1}, {-0.1, 0.05, 1.05}};
        FlowResult res = GradientFlow.integrate(alpha, w0, v, FlowSettings.until(800), true);
        assertEquals(FlowResult.Stop.CONVERGED, res.stop());
        assertEquals(PointType.STRICT_MINIMUM, res.finalType());
        double[][] w = res.finalW();
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(i == c ? 1 : 0, w[i][c], 1e-8);
            }
        }
        FlowResult.OverlapComparison cmp = res.overlaps().orElseThrow();
        assertEquals(0, cmp.jacobianEigenvalues().length);
        assertTrue(cmp.note().contains("parallel"), cmp.note());
    }

    /** One neuron against I_2: the minimum on the diagonal has no parallel pair; -H's spectrum sits in the overlap Jacobian's. */
    @Test
    void linearisationsInWAndInOverlapsAgree() {
        double[][] v = Matrices.identity(2);
        FlowResult res = GradientFlow.integrate(0, new double[][] {{0.8, 0.5}}, v, FlowSettings.until(200), true);
        assertEquals(FlowResult.Stop.CONVERGED, res.stop());
        assertEquals(PointType.STRICT_MINIMUM, res.finalType());
        double[] jac = res.overlaps().orElseThrow().jacobianEigenvalues();
        assertEquals(3, jac.length);
        for (double lam : res.finalSpectrum().orElseThrow().eigenvalues()) {
            double best = Double.POSITIVE_INFINITY;
            for (double mu : jac) {
                best = Math.min(best, Math.abs(mu + lam));
            }
            assertTrue(best < 1e-6, "eigenvalue " + (-lam) + " of -H missing from the overlap Jacobian");
        }
        assertEquals(0, res.overlaps().orElseThrow().unstableCount());
    }
}
