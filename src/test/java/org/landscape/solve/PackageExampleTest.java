package org.landscape.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runs the example of {@code package-info.java} verbatim (STYLE 13: Javadoc examples are executed). */
class PackageExampleTest {

    @Test
    void packageExampleRunsAndGivesTheTextbookAnswer() {
        SmoothProblem f = new SmoothProblem() {
            public int dimension() { return 1; }
            public void residual(double[] x, double p, double[] out) { out[0] = x[0] * x[0] * x[0] - p * x[0]; }
            public void jacobian(double[] x, double p, double[] jac) { jac[0] = 3 * x[0] * x[0] - p; }
            public JacobianSymmetry jacobianSymmetry() { return JacobianSymmetry.SYMMETRIC; }
        };
        ContinuationSettings settings = ContinuationSettings.of(-1, 1);
        Branch trivial = new PalcContinuation().run(f, new double[] {0}, -1, settings);
        SpecialPoint bp = trivial.events(EventKind.BRANCH_POINT).get(0);        // p = 0, index 0 -> 1
        BranchSwitchResult r = new BranchSwitching().switchAt(f, bp, BranchSwitchSettings.of(settings));
        r.criticality();                                                         // SUPERCRITICAL
        r.half(+1).branch().points();                                           // p = x^2, index 0

        assertEquals(0.0, bp.p(), 1e-12);
        assertEquals(0, bp.indexBefore());
        assertEquals(1, bp.indexAfter());
        assertEquals(Criticality.SUPERCRITICAL, r.criticality());
        for (BranchPoint pt : r.half(+1).branch().points()) {
            assertEquals(pt.x()[0] * pt.x()[0], pt.p(), 1e-12);
            assertEquals(0, pt.index());
        }
    }
}
