package org.landscape.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landscape.base.InvalidInputException;

class BranchSwitchingTest {

    private final PalcContinuation palc = new PalcContinuation();
    private final BranchSwitching switching = new BranchSwitching();

    private SpecialPoint onlyBranchPoint(SmoothProblem problem, double[] x0, double p0, ContinuationSettings st) {
        Branch trivial = palc.run(problem, x0, p0, st);
        assertEquals(1, trivial.events(EventKind.BRANCH_POINT).size(), trivial.events().toString());
        return trivial.events(EventKind.BRANCH_POINT).get(0);
    }

    @Test
    void supercriticalPitchforkGivesStableBranchesPEqualsXSquared() {
        SmoothProblem f = NormalForms.pitchfork(1);
        ContinuationSettings st = ContinuationSettings.of(-1, 1);
        SpecialPoint bp = onlyBranchPoint(f, new double[] {0}, -1, st);
        BranchSwitchResult r = switching.switchAt(f, bp, BranchSwitchSettings.of(st));
        assertEquals(Criticality.SUPERCRITICAL, r.criticality());
        for (NewBranch h : r.halves()) {
            assertTrue(h.found());
            assertEquals(1, h.side());
            assertEquals(Stability.STABLE, h.stability());
            assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, h.branch().status());
            for (BranchPoint pt : h.branch().points()) {
                double x = pt.x()[0];
                assertEquals(x * x, pt.p(), 1e-12);
                assertEquals(0, pt.index(), "minima all along: J = 2p > 0");
                assertTrue(Math.signum(x) == Math.signum(r.direction()[0] * h.orientation()));
            }
            assertEquals(1.0, Math.abs(h.branch().last().x()[0]), 1e-12);
        }
    }

    @Test
    void subcriticalPitchforkGivesUnstableBranchesOnTheOtherSide() {
        SmoothProblem f = NormalForms.pitchfork(-1);
        ContinuationSettings st = ContinuationSettings.of(-1, 1);
        SpecialPoint bp = onlyBranchPoint(f, new double[] {0}, -1, st);
        // trivial branch: J = -p, so the index is 1 for p > 0
        assertEquals(1, bp.higherIndexSide());
        BranchSwitchResult r = switching.switchAt(f, bp, BranchSwitchSettings.of(st));
        assertEquals(Criticality.SUBCRITICAL, r.criticality());
        for (NewBranch h : r.halves()) {
            assertEquals(-1, h.side());
            assertEquals(1, h.index(), "J = -3x^2 - p = -2x^2 on p = -x^2");
            assertEquals(Stability.UNSTABLE, h.stability());
            for (BranchPoint pt : h.branch().points()) {
                assertEquals(-pt.x()[0] * pt.x()[0], pt.p(), 1e-12);
            }
        }
    }

    @Test
    void transcriticalHalvesLeaveToOppositeSides() {
        SmoothProblem f = NormalForms.transcritical();
        ContinuationSettings st = ContinuationSettings.of(-1, 1);
        SpecialPoint bp = onlyBranchPoint(f, new double[] {0}, -1, st);
        assertEquals(0.0, bp.p(), 1e-12);
        BranchSwitchResult r = switching.switchAt(f, bp, BranchSwitchSettings.of(st));
        assertEquals(Criticality.TRANSCRITICAL, r.criticality());
        for (NewBranch h : r.halves()) {
            BranchPoint first = h.branch().points().get(0);
            int side = (int) Math.signum(first.p());
            assertEquals(side, h.side());
            // on x = p the Jacobian is 2x - p = p: stable for p > 0, index 1 for p < 0
            assertEquals(side > 0 ? Stability.STABLE : Stability.UNSTABLE, h.stability());
            for (BranchPoint pt : h.branch().points()) {
                assertEquals(pt.p(), pt.x()[0], 1e-12);
            }
        }
    }

    @Test
    void d4SymmetricPointWithTwoDimensionalKernelSwitchesAlongGivenDirections() {
        double b = 2;
        SmoothProblem f = NormalForms.d4(b);
        ContinuationSettings st = ContinuationSettings.of(-1, 1);
        SpecialPoint bp = onlyBranchPoint(f, new double[] {0, 0}, -1, st);
        assertEquals(2, bp.multiplicity());
        assertEquals(2, bp.kernelDimension());
        assertEquals(0, bp.indexBefore());
        assertEquals(2, bp.indexAfter());
        assertEquals(0.0, bp.p(), 1e-12);

        // axial direction: branch (x, 0), p = x^2, Hessian diag(2p, (b-1)p): minima
        BranchSwitchResult axial = switching.switchAt(f, bp, new double[] {1, 0}, BranchSwitchSettings.of(st));
        assertEquals(Criticality.SUPERCRITICAL, axial.criticality());
        for (NewBranch h : axial.halves()) {
            assertEquals(0, h.index());
            for (BranchPoint pt : h.branch().points()) {
                assertEquals(0.0, pt.x()[1], 1e-14);
                assertEquals(pt.x()[0] * pt.x()[0], pt.p(), 1e-12);
                assertEquals(0, pt.index());
            }
        }
        // diagonal direction: branch (a, a), p = (1 + b) a^2, Hessian eigenvalues (2+2b)a^2 > 0 > (2-2b)a^2: saddles
        BranchSwitchResult diagonal = switching.switchAt(f, bp, new double[] {1, 1}, BranchSwitchSettings.of(st));
        assertEquals(Criticality.SUPERCRITICAL, diagonal.criticality());
        for (NewBranch h : diagonal.halves()) {
            assertEquals(1, h.index());
            assertEquals(Stability.UNSTABLE, h.stability());
            for (BranchPoint pt : h.branch().points()) {
                double a = pt.x()[0];
                assertEquals(a, pt.x()[1], 1e-13);
                assertEquals((1 + b) * a * a, pt.p(), 1e-12);
                assertEquals(1, pt.index());
            }
            assertEquals(1.0, h.branch().last().p(), 1e-15);
        }
    }

    @Test
    void directionAlongTheParentIsRejected() {
        SmoothProblem f = NormalForms.fold();
        ContinuationSettings st = ContinuationSettings.of(-1, 1).withDirection(Direction.DECREASING_P);
        SpecialPoint fold = palc.run(f, new double[] {-1}, 1, st).events(EventKind.FOLD).get(0);
        // at the fold the parent tangent is (1, 0): the kernel direction (1) is parallel to it
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> switching.switchAt(f, fold, new double[] {1}, BranchSwitchSettings.of(st)));
        assertTrue(e.getMessage().contains("parallel"), e.getMessage());
    }

    @Test
    void genericCoordinatesBranchPointAtSqrtTwoAndAxialSwitch() {
        double theta = 0.7;
        SmoothProblem f = NormalForms.d4Generic(2, theta);
        ContinuationSettings st = ContinuationSettings.of(0, 2);
        double[] x0 = {0.0, 0.3}; // c(0)
        SpecialPoint bp = onlyBranchPoint(f, x0, 0, st);
        assertEquals(Math.sqrt(2), bp.p(), 1e-12);
        assertTrue(bp.precision() <= 1e-12, "precision " + bp.precision());
        assertEquals(2, bp.multiplicity());
        // at the branch point x is only determined to about residual^(1/3) along the kernel (cubic normal form);
        // the re-corrections start close to the branch, so it comes out much better than that
        assertEquals(0.3 * Math.sin(bp.p()), bp.x()[0], 1e-10);
        assertEquals(0.3 * Math.cos(bp.p()), bp.x()[1], 1e-10);
        double[] axis = {Math.cos(theta), Math.sin(theta)}; // Q (1, 0)
        BranchSwitchResult r = switching.switchAt(f, bp, axis, BranchSwitchSettings.of(st));
        assertEquals(Criticality.SUPERCRITICAL, r.criticality());
        for (NewBranch h : r.halves()) {
            assertEquals(0, h.index());
            assertTrue(h.branch().points().size() > 3);
            for (BranchPoint pt : h.branch().points()) {
                double p = pt.p();
                double d1 = pt.x()[0] - 0.3 * Math.sin(p);
                double d2 = pt.x()[1] - 0.3 * Math.cos(p);
                double z1 = Math.cos(theta) * d1 + Math.sin(theta) * d2;
                double z2 = -Math.sin(theta) * d1 + Math.cos(theta) * d2;
                assertEquals(0.0, z2, 1e-12);
                assertEquals(p * p - 2, z1 * z1, 1e-12);
            }
        }
    }

    @Test
    void d3TranscriticalAlongARotatedAxisGivesSaddlesOnBothSides() {
        SmoothProblem f = NormalForms.d3();
        ContinuationSettings st = ContinuationSettings.of(-0.5, 0.5);
        SpecialPoint bp = onlyBranchPoint(f, new double[] {0, 0}, -0.5, st);
        assertEquals(0.0, bp.p(), 1e-12);
        assertEquals(2, bp.multiplicity());
        double theta = 2 * Math.PI / 3;
        double[] axis = {Math.cos(theta), Math.sin(theta)};
        BranchSwitchResult r = switching.switchAt(f, bp, axis, BranchSwitchSettings.of(st));
        assertEquals(Criticality.TRANSCRITICAL, r.criticality());
        for (NewBranch h : r.halves()) {
            assertEquals(1, h.index(), "saddle: eigenvalues r + 2r^2 and -3r have opposite signs for small r");
            assertTrue(h.branch().points().size() > 3);
            for (BranchPoint pt : h.branch().points()) {
                double rr = pt.x()[0] * axis[0] + pt.x()[1] * axis[1];
                double across = -pt.x()[0] * axis[1] + pt.x()[1] * axis[0];
                assertEquals(0.0, across, 1e-12);
                assertEquals(rr + rr * rr, pt.p(), 1e-12);
                assertEquals((int) Math.signum(rr), h.side());
            }
        }
    }

    @Test
    void switchingInsideAFixedPointSubspaceWithTheEventMappedThere() {
        // D4 with b = 2; Fix(K) = the diagonal x = y, coordinate a (x = y = a): L_r(a) = -p a^2 + (1 + b) a^4 / 2,
        // F_r = 2a(-p + (1 + b) a^2), J_r = 2(-p + 3(1 + b) a^2); the diagonal branch is p = (1 + b) a^2
        double b = 2;
        SmoothProblem full = NormalForms.d4(b);
        ContinuationSettings st = ContinuationSettings.of(-1, 1);
        SpecialPoint bp = onlyBranchPoint(full, new double[] {0, 0}, -1, st);
        SmoothProblem fixK = NormalForms.scalar(new NormalForms.Scalar() {
            public double f(double a, double p) {
                return 2 * a * (-p + (1 + b) * a * a);
            }

            public double fx(double a, double p) {
                return 2 * (-p + 3 * (1 + b) * a * a);
            }

            public double fp(double a, double p) {
                return -2 * a;
            }
        });
        double[] t = bp.tangent();
        SpecialPoint inFix = bp.inCoordinates(new double[] {0.5 * (bp.x()[0] + bp.x()[1])},
                new double[] {0.5 * (t[0] + t[1]), t[2]}, new double[][] {{1}});
        assertEquals(bp.p(), inFix.p());
        assertEquals(bp.higherIndexSide(), inFix.higherIndexSide());
        BranchSwitchResult r = switching.switchAt(fixK, inFix, BranchSwitchSettings.of(st));
        assertEquals(Criticality.SUPERCRITICAL, r.criticality());
        for (NewBranch h : r.halves()) {
            assertEquals(0, h.index(), "J_r = 2(-p + 9a^2) = 12 a^2 > 0 inside Fix(K)");
            for (BranchPoint pt : h.branch().points()) {
                double a = pt.x()[0];
                assertEquals((1 + b) * a * a, pt.p(), 1e-12);
            }
        }
        assertThrows(InvalidInputException.class, () -> bp.inCoordinates(new double[] {0}, new double[] {1},
                new double[][] {{1}}));
    }
}
