package org.landscape.dynamics;

import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.DescentNewtonResult;
import org.landscape.analysis.DescentWarmStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscape.model.Matrices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flip coefficient against a polynomial with known derivatives, and against GD simulations on the network. */
class GdStabilityTest {

    /** f = lam x^2/2 + mu y^2/2 + c x^2 y + g x^4/24: t = (0, 2c), L4 = g, beta = (4c^2/mu - g/3)/lam exactly. */
    static SmoothFunction polynomial(double lam, double mu, double c, double g) {
        return new SmoothFunction() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] p) {
                double x = p[0];
                double y = p[1];
                return lam * x * x / 2 + mu * y * y / 2 + c * x * x * y + g * x * x * x * x / 24;
            }

            @Override
            public void gradient(double[] p, double[] out) {
                double x = p[0];
                double y = p[1];
                out[0] = lam * x + 2 * c * x * y + g * x * x * x / 6;
                out[1] = mu * y + c * x * x;
            }

            @Override
            public void hessian(double[] p, double[] out) {
                double x = p[0];
                double y = p[1];
                out[0] = lam + 2 * c * y + g * x * x / 2;
                out[1] = 2 * c * x;
                out[2] = 2 * c * x;
                out[3] = mu;
            }
        };
    }

    @ParameterizedTest
    @CsvSource({"2.0, 0.5, 0.3, 1.0", "2.0, 0.5, 0.0, 3.0", "2.0, 0.5, 0.0, -3.0", "4.0, 1.0, 0.7, 0.5"})
    void flipCoefficientOfAPolynomialAndTheGdAmplitude(double lam, double mu, double c, double g) {
        StabilityReport r = GdStability.analyse(polynomial(lam, mu, c, g), new double[] {0, 0}, 0.01,
                new StabilitySettings(0.002, 20000));
        double beta = (4 * c * c / mu - g / 3) / lam;
        assertEquals(beta, r.flipCoefficient(), 1e-8);
        assertEquals(2 / lam, r.etaStar(), 1e-14);
        assertEquals(StabilityReport.Outcome.CONVERGED, r.runs().get(0).outcome());
        if (beta > 0) {
            assertEquals(StabilityReport.Verdict.STABLE_OSCILLATION, r.verdict());
            assertEquals(StabilityReport.Outcome.PERIOD_TWO, r.runs().get(1).outcome());
            assertEquals(Math.sqrt(2 * 0.002 / beta), r.runs().get(1).amplitude(), 0.1 * r.predictedAmplitude());
        } else {
            assertEquals(StabilityReport.Verdict.UNSTABLE, r.verdict());
            assertEquals(StabilityReport.Outcome.DIVERGED, r.runs().get(1).outcome());
        }
    }

    /**
     * One neuron against teacher I_2: the top eigenvector is the radial direction, along which L(c w) is exactly
     * quadratic (positive homogeneity), so beta = 0 and the criterion cannot decide.
     */
    @Test
    void singleNeuronIsDegenerateAlongTheRay() {
        double[][] v = Matrices.identity(2);
        DescentNewtonResult min = CriticalPointSearch.withDescent(new double[][] {{0.8, 0.7}}, v, 0,
                new double[0][], new DescentWarmStart(2000, 1e-13));
        assertEquals(min.W()[0][0], min.W()[0][1], 1e-12);
        StabilityReport r = GdStability.analyse(0, min.W(), v, new StabilitySettings(0.002, 2000));
        assertEquals(StabilityReport.Verdict.NOT_APPLICABLE, r.verdict(), r.reason());
        assertEquals(0, r.flipCoefficient(), 1e-10);
        assertEquals(0, r.third(), 1e-8);
    }

    /** The spurious minimum of k = 6 (no parallel pair): the flip coefficient against GD runs below and above eta*. */
    @Test
    void spuriousMinimumAgreesWithGdSimulation() {
        double[][] v = Matrices.identity(6);
        DescentNewtonResult min = CriticalPointSearch.withDescent(NetworkEmbeddingTest.symmetricStart(), v, 0,
                new double[0][], new DescentWarmStart(0, 1e-13));
        StabilityReport r = GdStability.analyse(0, min.W(), v, new StabilitySettings(0.002, 40000));
        assertTrue(r.verdict() != StabilityReport.Verdict.NOT_APPLICABLE, r.reason());
        assertEquals(StabilityReport.Outcome.CONVERGED, r.runs().get(0).outcome());
        if (r.flipCoefficient() > 0) {
            assertEquals(StabilityReport.Outcome.PERIOD_TWO, r.runs().get(1).outcome());
            assertEquals(r.predictedAmplitude(), r.runs().get(1).amplitude(), 0.15 * r.predictedAmplitude());
        } else {
            assertEquals(StabilityReport.Outcome.DIVERGED, r.runs().get(1).outcome());
        }
        assertTrue(r.derivativeEvidence().accuracy() < 1e-4 * Math.abs(r.flipCoefficient()), r.derivativeEvidence().toString());
    }

    /** At W = V every pair (w_i, v_i) is parallel: L is not C^3, the criterion does not apply. */
    @Test
    void globalMinimumIsNotC3() {
        StabilityReport r = GdStability.analyse(0.2, Matrices.identity(3), Matrices.identity(3), StabilitySettings.defaults());
        assertEquals(StabilityReport.Verdict.NOT_APPLICABLE, r.verdict());
        assertTrue(r.reason().contains("parallel"), r.reason());
        assertTrue(Double.isNaN(r.flipCoefficient()));
    }
}
