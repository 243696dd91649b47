package org.landscape.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landscape.base.InvalidInputException;

class NewtonTest {

    @Test
    void convergesQuadraticallyToSqrtTwo() {
        // x^2 - p = 0 at p = 2 from x = 1: the root is sqrt 2
        NewtonResult r = new Newton().solve(NormalForms.fold(), new double[] {1.0}, 2.0, NewtonSettings.DEFAULT);
        assertEquals(NewtonStatus.CONVERGED, r.status());
        assertEquals(Math.sqrt(2), r.x()[0], 2e-16);
        assertTrue(r.iterations() <= 7, "iterations " + r.iterations());
        double[] h = r.residualHistory();
        assertEquals(r.iterations() + 1, h.length);
        // quadratic convergence: e_{k+1} <= C e_k^2 in the last steps (F = x^2 - 2 has F'' = 2)
        assertTrue(h[h.length - 2] < 1e-5 && h[h.length - 2] > 0);
    }

    @Test
    void noRealRootIsAResultNotAnException() {
        // x^2 + 1 = 0 (p = -1) has no real root: the damped iteration stagnates or runs out of iterations
        NewtonResult r = new Newton().solve(NormalForms.fold(), new double[] {0.3}, -1.0, NewtonSettings.DEFAULT);
        assertTrue(!r.status().converged(), "status " + r.status());
        assertTrue(r.residual() >= 1.0 - 1e-12, "|F| >= 1 everywhere, got " + r.residual());
    }

    @Test
    void aStallingIterationStopsAfterTheWindow() {
        // x^2 + 1 = 0 has no real root (|F| >= 1): with a stall window of 5 the iteration stops as STAGNATED once the
        // residual failed to halve over 5 steps, long before the 1000-step limit
        NewtonResult r = new Newton().solve(NormalForms.fold(), new double[] {0.3}, -1.0,
                NewtonSettings.DEFAULT.withMaxIterations(1000).withStallIterations(5));
        assertEquals(NewtonStatus.STAGNATED, r.status());
        double[] h = r.residualHistory();
        assertTrue(r.iterations() < 1000, "stopped after " + r.iterations());
        if (r.iterations() >= 5) {
            assertTrue(h[h.length - 1] >= 0.5 * h[h.length - 6], "the residual did not halve over the window");
        }
    }

    @Test
    void aConvergingIterationIsNotStoppedByTheStallWindow() {
        // x^2 - 2 from 1: quadratic convergence more than halves the residual at every step, so even a window of 1
        // leaves the iteration alone
        NewtonResult r = new Newton().solve(NormalForms.fold(), new double[] {1.0}, 2.0,
                NewtonSettings.DEFAULT.withStallIterations(1));
        assertEquals(NewtonStatus.CONVERGED, r.status());
        assertEquals(Math.sqrt(2), r.x()[0], 1e-12);
    }

    @Test
    void maxIterationsIsReported() {
        NewtonResult r = new Newton().solve(NormalForms.fold(), new double[] {100.0}, 2.0,
                NewtonSettings.DEFAULT.withMaxIterations(2));
        assertEquals(NewtonStatus.MAX_ITERATIONS, r.status());
        assertEquals(2, r.iterations());
    }

    @Test
    void singularButConsistentSystemUsesPseudoInverse() {
        // at p = 1 the touch problem has J = diag(0, 1) and x1 is free; Newton must still solve x2 = p
        NewtonResult r = new Newton().solve(NormalForms.touch(), new double[] {0.25, 0.0}, 1.0,
                NewtonSettings.DEFAULT);
        assertEquals(NewtonStatus.CONVERGED, r.status());
        assertEquals(1.0, r.x()[1], 1e-15);
        assertEquals(0.25, r.x()[0], 0.0);
    }

    @Test
    void settingsNameTheBadValue() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> NewtonSettings.DEFAULT.withResidualTolerance(-1));
        assertTrue(e.getMessage().contains("-1.0") && e.getMessage().contains("(0, 1]"), e.getMessage());
    }

    private static SmoothProblem arctan() {
        return NormalForms.scalar(new NormalForms.Scalar() {
            public double f(double x, double p) {
                return Math.atan(x);
            }

            public double fx(double x, double p) {
                return 1 / (1 + x * x);
            }

            public double fp(double x, double p) {
                return 0;
            }
        });
    }

    @Test
    void fullNewtonStepsDivergeOnArctanButTheLineSearchConverges() {
        // Newton on atan x from |x0| > 1.3917 overshoots ever further (a textbook case); the root is 0
        NewtonResult full = new Newton().solve(arctan(), new double[] {2.0}, 0, NewtonSettings.DEFAULT
                .withLineSearch(LineSearch.NONE).withMaxIterations(200));
        assertEquals(NewtonStatus.DIVERGED, full.status());
        NewtonResult damped = new Newton().solve(arctan(), new double[] {2.0}, 0, NewtonSettings.DEFAULT);
        assertEquals(NewtonStatus.CONVERGED, damped.status());
        assertEquals(0.0, damped.x()[0], 1e-15);
    }
}
