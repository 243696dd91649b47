package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.base.InvalidInputException;
import org.landscape.model.Matrices;
import org.landscape.solve.NewtonStatus;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search with a gradient-descent warm start against the known minimum W = V and against the Newton route. */
class DescentWarmStartTest {

    @Test
    void reachesTheGlobalMinimumAndAgreesWithNewtonInFix() {
        int k = 4;
        double alpha = 0.3;
        double[][] start = CriticalPointSearchTest.perturbedIdentity(k, 0.1, 11);
        DescentNewtonResult r = CriticalPointSearch.withDescent(start, Matrices.identity(k), alpha, new double[0][],
                DescentWarmStart.POLISH);
        assertEquals(DescentNewtonResult.Status.CONVERGED, r.status());
        assertTrue(r.gradientNorm() < 1e-12, "gradient norm " + r.gradientNorm());
        assertEquals(0, r.loss(), 1e-12);
        assertEquals(0, r.spectrum().orElseThrow().index());
        assertEquals(DescentWarmStart.POLISH, r.settings());
        CriticalPoint c = CriticalPointSearch.newton(start, Matrices.identity(k), alpha, Optional.empty(),
                CriticalPointSearch.DEFAULT_SETTINGS);
        assertEquals(NewtonStatus.CONVERGED, c.newton().status());
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                assertEquals(i == j ? 1 : 0, r.W()[i][j], 1e-10);
                assertEquals(c.w()[i][j], r.W()[i][j], 1e-10);
            }
        }
    }

    @Test
    void settingsAreValidatedWithTheBadValue() {
        InvalidInputException steps = assertThrows(InvalidInputException.class, () -> new DescentWarmStart(-1, 1e-12));
        assertTrue(steps.getMessage().contains("-1") && steps.getMessage().contains("0..10^6"), steps.getMessage());
        InvalidInputException tol = assertThrows(InvalidInputException.class, () -> new DescentWarmStart(10, 0));
        assertTrue(tol.getMessage().contains("(0, 1)"), tol.getMessage());
        assertEquals(5, DescentWarmStart.POLISH.withMaxDescentSteps(5).maxDescentSteps());
    }
}
