package org.landscape.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PalcContinuationTest {

    private final PalcContinuation palc = new PalcContinuation();

    @Test
    void passesTheFoldOfXSquaredMinusP() {
        // start on the lower half x = -sqrt(p) at p = 1, go towards decreasing p; must turn at (0, 0)
        ContinuationSettings st = ContinuationSettings.of(-1, 1.0).withDirection(Direction.DECREASING_P);
        Branch b = palc.run(NormalForms.fold(), new double[] {-1.0}, 1.0, st);
        assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, b.status(), b.toString());
        assertEquals(1.0, b.last().p(), 1e-15);
        assertEquals(1.0, b.last().x()[0], 1e-12, "ends on the upper half x = +sqrt(p)");
        for (BranchPoint pt : b.points()) {
            assertEquals(pt.x()[0] * pt.x()[0], pt.p(), 1e-12, "on the curve p = x^2");
        }
        List<SpecialPoint> folds = b.events(EventKind.FOLD);
        assertEquals(1, folds.size(), b.events().toString());
        SpecialPoint f = folds.get(0);
        assertEquals(0.0, f.p(), 1e-12);
        assertEquals(0.0, f.x()[0], 1e-7);
        assertTrue(f.pLow() <= f.p() && f.p() <= f.pHigh(), "located point inside its bracket");
        assertTrue(f.precision() <= 1e-12, "precision " + f.precision());
        // the Jacobian eigenvalue 2x crosses zero at the fold: index 1 (x < 0) -> 0 (x > 0), no separate crossing
        assertEquals(1, f.indexBefore());
        assertEquals(0, f.indexAfter());
        assertEquals("all", f.component());
        assertTrue(b.events(EventKind.BRANCH_POINT).isEmpty(), b.events().toString());
    }

    @Test
    void goesAroundTheCircleThroughBothFolds() {
        ContinuationSettings st = ContinuationSettings.of(-2, 2).withMaxSteps(400);
        // stop after one full turn: when we come back near the start from below
        List<BranchPoint> seen = new ArrayList<>();
        ContinuationListener oneTurn = (pt, step) -> {
            seen.add(pt);
            return pt.arclength() > 2 * Math.PI ? ContinuationListener.Decision.STOP
                    : ContinuationListener.Decision.CONTINUE;
        };
        Branch b = palc.run(NormalForms.circle(), new double[] {1.0}, 0.0, Optional.empty(), st,
                EventDetector.standard(), oneTurn);
        assertEquals(BranchStatus.STOPPED_BY_LISTENER, b.status());
        assertEquals(seen.size(), b.points().size());
        List<SpecialPoint> folds = b.events(EventKind.FOLD);
        assertEquals(2, folds.size(), b.events().toString());
        assertEquals(1.0, folds.get(0).p(), 1e-12);
        assertEquals(-1.0, folds.get(1).p(), 1e-12);
        for (BranchPoint pt : b.points()) {
            assertEquals(1.0, pt.x()[0] * pt.x()[0] + pt.p() * pt.p(), 1e-12);
        }
        // the chord arclength of a full turn approximates 2 pi from below
        assertTrue(b.last().arclength() > 2 * Math.PI && b.last().arclength() < 2 * Math.PI + 0.2);
    }

    @Test
    void locatesADoubleCrossingAtSqrtTwoInBlockE() {
        ContinuationSettings st = ContinuationSettings.of(0, 2);
        Branch b = palc.run(NormalForms.sqrt2(), new double[] {0.1, 0, 0}, 0.0, st);
        assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, b.status());
        assertEquals(1, b.events().size(), b.events().toString());
        SpecialPoint e = b.events().get(0);
        assertEquals(EventKind.BRANCH_POINT, e.kind());
        assertEquals("E", e.component());
        assertEquals(2, e.multiplicity());
        assertEquals(0, e.indexBefore());
        assertEquals(2, e.indexAfter());
        assertEquals(1, e.higherIndexSide());
        assertEquals(Math.sqrt(2), e.p(), 1e-12);
        assertTrue(e.precision() <= 1e-12, "precision " + e.precision());
        assertTrue(e.pLow() <= e.p() && e.p() <= e.pHigh());
        assertTrue(e.pLow() - 1e-15 <= Math.sqrt(2) && Math.sqrt(2) <= e.pHigh() + 1e-15,
                "bracket [" + e.pLow() + ", " + e.pHigh() + "] contains sqrt 2");
        assertEquals(2, e.kernelDimension());
        for (int i = 0; i < 2; i++) {
            assertEquals(0.0, e.kernelVector(i)[0], 1e-12, "kernel lies in the E plane");
        }
        // stability along the trivial branch: stable before sqrt 2, index 2 after
        for (BranchPoint pt : b.points()) {
            assertEquals(pt.p() < Math.sqrt(2) ? 0 : 2, pt.index(), "p = " + pt.p());
        }
    }

    @Test
    void locatesTheSupercriticalPitchforkOnTheTrivialBranch() {
        Branch b = palc.run(NormalForms.pitchfork(1), new double[] {0}, -1.0, ContinuationSettings.of(-1, 1));
        assertEquals(1, b.events().size(), b.events().toString());
        SpecialPoint e = b.events().get(0);
        assertEquals(EventKind.BRANCH_POINT, e.kind());
        assertEquals(0.0, e.p(), 1e-12);
        assertEquals(0, e.indexBefore());
        assertEquals(1, e.indexAfter());
        assertEquals(1.0, Math.abs(e.kernelVector(0)[0]), 1e-15);
    }

    @Test
    void touchIsReportedAsTouchNotCrossing() {
        Branch b = palc.run(NormalForms.touch(), new double[] {0, 0}, 0.0, ContinuationSettings.of(0, 2));
        assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, b.status());
        assertEquals(1, b.events().size(), b.events().toString());
        SpecialPoint e = b.events().get(0);
        assertEquals(EventKind.TOUCH, e.kind());
        assertEquals(0, e.indexBefore());
        assertEquals(0, e.indexAfter());
        assertTrue(Math.abs(e.p() - 1) <= e.precision(), "p = " + e.p() + " +- " + e.precision());
        assertTrue(e.precision() <= 1e-10, "precision " + e.precision());
        assertTrue(e.pLow() <= 1 && 1 <= e.pHigh());
    }

    @Test
    void twoFoldTouchInGenericCoordinatesIsATouchNotACrossing() {
        // mu = -(p - 1)^2 <= 0: on the trivial branch x = c(p) the Hessian is (p - 1)^2 I (rotated): two eigenvalues
        // touch zero at p = 1 and no branch bifurcates
        SmoothProblem f = NormalForms.d4Generic(2, 0.7, p -> -(p - 1) * (p - 1), p -> -2 * (p - 1));
        Branch b = palc.run(f, new double[] {0, 0.3}, 0.0, ContinuationSettings.of(0, 2));
        assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, b.status());
        assertTrue(b.events(EventKind.BRANCH_POINT).isEmpty(), b.events().toString());
        assertTrue(b.events(EventKind.FOLD).isEmpty(), b.events().toString());
        assertEquals(1, b.events(EventKind.TOUCH).size(), b.events().toString());
        SpecialPoint e = b.events(EventKind.TOUCH).get(0);
        assertTrue(Math.abs(e.p() - 1) <= Math.max(e.precision(), 1e-12), e + " " + e.evidence());
        assertTrue(e.precision() <= 1e-9, e.evidence().toString());
        assertEquals(2, e.multiplicity());
        assertEquals(2, e.kernelDimension());
        for (BranchPoint pt : b.points()) {
            assertEquals(0, pt.index());
        }
    }
}
