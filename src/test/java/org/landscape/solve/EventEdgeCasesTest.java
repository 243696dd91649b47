package org.landscape.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.landscape.base.InvalidInputException;

class EventEdgeCasesTest {

    private final PalcContinuation palc = new PalcContinuation();

    /** \( F = (((p-1)^2 - \delta) x_1, x_2 - p) \): eigenvalue \( (p-1)^2 - \delta \) is negative on \( |p - 1| < \sqrt\delta \). */
    private static SmoothProblem dip(double delta) {
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void residual(double[] x, double p, double[] out) {
                out[0] = ((p - 1) * (p - 1) - delta) * x[0];
                out[1] = x[1] - p;
            }

            @Override
            public void jacobian(double[] x, double p, double[] j) {
                j[0] = (p - 1) * (p - 1) - delta;
                j[1] = 0;
                j[2] = 0;
                j[3] = 1;
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }
        };
    }

    @Test
    void twoCrossingsHiddenInsideOneStepAreFound() {
        // crossings at p = 1 -+ 0.01, closer together than the step 0.1: no knot sees the negative eigenvalue
        ContinuationSettings st = ContinuationSettings.of(0, 2).withSteps(0.1, 1e-8, 0.1);
        Branch b = palc.run(dip(1e-4), new double[] {0, 0}, 0.0, st);
        for (BranchPoint pt : b.points()) {
            assertTrue(Math.abs(pt.p() - 1) > 0.01 || pt.index() == 1, "sanity of the fixture");
        }
        List<SpecialPoint> bps = b.events(EventKind.BRANCH_POINT);
        assertEquals(2, bps.size(), b.events().toString());
        assertEquals(0.99, bps.get(0).p(), 1e-12);
        assertEquals(1.01, bps.get(1).p(), 1e-12);
        assertEquals(0, bps.get(0).indexBefore());
        assertEquals(1, bps.get(0).indexAfter());
        assertEquals(1, bps.get(1).indexBefore());
        assertEquals(0, bps.get(1).indexAfter());
        // the index is 1 inside (0.99, 1.01): above the first crossing, below the second
        assertEquals(1, bps.get(0).higherIndexSide());
        assertEquals(-1, bps.get(1).higherIndexSide());
        assertTrue(b.events(EventKind.TOUCH).isEmpty());
    }

    @Test
    void aNearTouchAboveTheToleranceIsNotAnEvent() {
        // eigenvalue (p-1)^2 + 1e-4 stays away from zero
        Branch b = palc.run(dip(-1e-4), new double[] {0, 0}, 0.0, ContinuationSettings.of(0, 2));
        assertTrue(b.events().isEmpty(), b.events().toString());
    }

    @Test
    void listenerStopsCleanlyAndKeepsThePoints() {
        AtomicInteger calls = new AtomicInteger();
        ContinuationListener stopAtFive = (pt, step) -> {
            calls.incrementAndGet();
            return step == 5 ? ContinuationListener.Decision.STOP : ContinuationListener.Decision.CONTINUE;
        };
        Branch b = palc.run(NormalForms.fold(), new double[] {1}, 1.0, Optional.empty(),
                ContinuationSettings.of(0, 4), EventDetector.standard(), stopAtFive);
        assertEquals(BranchStatus.STOPPED_BY_LISTENER, b.status());
        assertEquals(6, b.points().size());
        assertEquals(6, calls.get());
        assertEquals(ContinuationSettings.of(0, 4), b.settings(), "result stores the settings used");
    }

    @Test
    void interruptionStopsCleanly() {
        ContinuationListener interrupt = (pt, step) -> {
            if (step == 3) {
                Thread.currentThread().interrupt();
            }
            return ContinuationListener.Decision.CONTINUE;
        };
        try {
            Branch b = palc.run(NormalForms.fold(), new double[] {1}, 1.0, Optional.empty(),
                    ContinuationSettings.of(0, 4), EventDetector.standard(), interrupt);
            assertEquals(BranchStatus.INTERRUPTED, b.status());
            assertEquals(4, b.points().size());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void stepAndParameterLimits() {
        Branch b = palc.run(NormalForms.fold(), new double[] {1}, 1.0, ContinuationSettings.of(0, 100).withMaxSteps(7));
        assertEquals(BranchStatus.MAX_STEPS, b.status());
        assertEquals(8, b.points().size());
        Branch c = palc.run(NormalForms.fold(), new double[] {1}, 1.0, ContinuationSettings.of(0, 100).withMaxNorm(2));
        assertEquals(BranchStatus.NORM_LIMIT, c.status());
        assertTrue(c.last().norm() > 2 && c.points().get(c.points().size() - 2).norm() <= 2);
    }

    @Test
    void detectorsArePluggable() {
        Branch b = palc.run(NormalForms.fold(), new double[] {-1}, 1.0, Optional.empty(),
                ContinuationSettings.of(-1, 1).withDirection(Direction.DECREASING_P), List.of(),
                ContinuationListener.NONE);
        assertTrue(b.events().isEmpty());
        assertEquals(1.0, b.last().x()[0], 1e-12);
    }

    @Test
    void nonSymmetricProblemUsesRealPartsAndFindsItsFold() {
        // F = (x1^2 - p + x2, x2 + 3 x1 x2) has the branch x2 = 0, p = x1^2 and a non-symmetric Jacobian
        SmoothProblem f = new SmoothProblem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void residual(double[] x, double p, double[] out) {
                out[0] = x[0] * x[0] - p + x[1];
                out[1] = x[1] + 3 * x[0] * x[1];
            }

            @Override
            public void jacobian(double[] x, double p, double[] j) {
                j[0] = 2 * x[0];
                j[1] = 1;
                j[2] = 3 * x[1];
                j[3] = 1 + 3 * x[0];
            }
        };
        Branch b = palc.run(f, new double[] {-0.2, 0}, 0.04,
                ContinuationSettings.of(-1, 0.04).withDirection(Direction.DECREASING_P));
        assertEquals(1, b.events(EventKind.FOLD).size(), b.events().toString());
        assertEquals(0.0, b.events(EventKind.FOLD).get(0).p(), 1e-11);
        assertEquals(0.2, b.last().x()[0], 1e-10);
    }

    @Test
    void settingsNameTheBadValueAndRange() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ContinuationSettings.of(0, 1).withSteps(0.5, 1e-8, 0.1));
        assertTrue(e.getMessage().contains("0.5") && e.getMessage().contains("maxStep"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> ContinuationSettings.of(1, 0));
        assertThrows(InvalidInputException.class, () -> BranchSwitchSettings.of(ContinuationSettings.of(0, 1))
                .withOffset(0));
        assertThrows(InvalidInputException.class,
                () -> palc.run(NormalForms.fold(), new double[] {1}, 5.0, ContinuationSettings.of(0, 1)));
    }

    @Test
    void iteratorGivesPointsOneByOneAndSnapshotsInProgress() {
        ContinuationRun run = palc.start(NormalForms.fold(), new double[] {-1}, 1.0, Optional.empty(),
                ContinuationSettings.of(-1, 1).withDirection(Direction.DECREASING_P), EventDetector.standard());
        int count = 0;
        int foldsSeen = 0;
        while (run.hasNext()) {
            BranchPoint pt = run.next();
            count++;
            assertEquals(pt.x()[0] * pt.x()[0], pt.p(), 1e-12);
            foldsSeen += run.lastEvents().size();
            if (count == 3) {
                Branch snapshot = run.branch();
                assertEquals(BranchStatus.IN_PROGRESS, snapshot.status());
                assertEquals(3, snapshot.points().size());
            }
        }
        Branch b = run.branch();
        assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, b.status());
        assertEquals(count, b.points().size());
        assertEquals(1, foldsSeen);
        assertThrows(java.util.NoSuchElementException.class, run::next);
    }
}
