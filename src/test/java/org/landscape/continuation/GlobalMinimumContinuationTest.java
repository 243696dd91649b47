package org.landscape.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landscape.solve.BranchStatus;
import org.landscape.solve.EventKind;
import org.landscape.analysis.GlobalMinimumSpectrum;
import org.landscape.group.Groups;

/**
 * The global minimum W = V = I_5 continued over alpha in [-3, 3] in Fix(Delta S5), checked against the closed-form
 * Hessian spectrum per Specht component ({@link GlobalMinimumSpectrum}, exact in alpha and k, derived independently
 * by Symja): the block eigenvalues along the branch equal the closed forms; the events are exactly the touches at the
 * alphas where a closed-form eigenvalue has a double zero (alpha = 1, where the ReLU part of the loss vanishes), one
 * per component that vanishes there, with omega = 0; and no crossing is reported (the closed forms keep their sign).
 */
class GlobalMinimumContinuationTest {
    static final int K = 5;
    static final String[] LABELS = {"5", "4,1", "3,2", "3,1,1"};
    static LossBranch branch;
    static GlobalMinimumSpectrum closed;

    @BeforeAll
    static void run() {
        double[][] id = new double[K][K];
        for (int i = 0; i < K; i++) {
            id[i][i] = 1;
        }
        branch = new LossContinuation().run(id, id, Optional.of(Groups.parse("DeltaS5")),
                LossContinuationSettings.of(-3, 3), LossContinuation.Progress.SILENT);
        closed = GlobalMinimumSpectrum.get();
    }

    @Test
    void blockEigenvaluesEqualTheClosedForms() {
        assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, branch.status());
        assertEquals(List.of(LABELS), branch.blockLabels());
        int[] dims = {1, K - 1, K * (K - 3) / 2, (K - 1) * (K - 2) / 2};
        List<BranchSample> pts = branch.points();
        for (int i = 0; i < pts.size(); i += 10) {
            BranchSample p = pts.get(i);
            double[][] cf = closed.eigenvalues(p.alpha(), K);
            for (int c = 0; c < 4; c++) {
                double[] ours = p.blocks().get(LABELS[c]);
                assertEquals(cf[c].length * dims[c], ours.length, LABELS[c]);
                for (int j = 0; j < cf[c].length; j++) {
                    assertEquals(cf[c][j], ours[j * dims[c]], 1e-10 * (1 + Math.abs(cf[c][j])),
                            LABELS[c] + " at alpha " + p.alpha());
                }
            }
            assertEquals(0, p.loss(), 1e-12);
        }
    }

    @Test
    void touchesExactlyWhereTheClosedFormsHaveADoubleZero() {
        double[][] at1 = closed.eigenvalues(1.0, K);
        Set<String> vanishing = new TreeSet<>();
        for (int c = 0; c < 4; c++) {
            for (double v : at1[c]) {
                if (Math.abs(v) < 1e-12) {
                    vanishing.add(LABELS[c]);
                }
            }
            // a double zero: the closed form is O((1 - alpha)^2) there, of one sign on both sides
            double[] below = closed.eigenvalues(1 - 1e-3, K)[c];
            double[] above = closed.eigenvalues(1 + 1e-3, K)[c];
            for (int j = 0; j < below.length; j++) {
                assertTrue(below[j] >= -1e-14 && above[j] >= -1e-14, LABELS[c]);
            }
        }
        Set<String> touched = new TreeSet<>();
        for (LossEvent e : branch.events()) {
            assertEquals(EventKind.TOUCH, e.kind(), e.toString());
            assertEquals("0", e.omega());
            assertTrue(e.orbitTypes().isEmpty());
            assertEquals(1.0, e.alpha(), Math.max(e.precision(), 1e-15), e.component() + " +- " + e.precision());
            assertTrue(e.precision() < 1e-9, "precision " + e.precision());
            assertEquals(1.0, e.alpha(), 1e-11, e.component());
            touched.add(e.component());
        }
        assertEquals(vanishing, touched);
        assertEquals(touched.size(), branch.events().size(), "one touch per component");
    }
}
