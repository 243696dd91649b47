package org.landscape.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landscape.group.Groups;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;
import org.landscape.solve.Branch;
import org.landscape.solve.ContinuationSettings;
import org.landscape.solve.EventKind;
import org.landscape.solve.JacobianSymmetry;
import org.landscape.solve.PalcContinuation;
import org.landscape.solve.SmoothProblem;
import org.landscape.solve.SpecialPoint;
import org.landscape.solve.SpectralBlocks;

/**
 * Localisation accuracy of the isotypic test functions on an equivariant normal form with known crossings, embedded
 * in the same machinery (IsotypicTestFunctions over a HessianSource, PALC of the solve package): on M(4,4) under
 * Delta S4, \( E(W) = \tfrac12 \sum_c (\alpha - \alpha_c) |P_c W|^2 + \tfrac14 |W|^4 \) with \( P_c \) the isotypic
 * projectors. On the trivial branch W = 0 the Hessian is \( \sum_c (\alpha - \alpha_c) P_c \), so component c crosses
 * exactly at the chosen \( \alpha_c \), with all its \( m_c \dim V_c \) eigenvalues at once, from negative to positive.
 */
class NormalFormLocalisationTest {

    @Test
    void everyComponentCrossesAtItsKnownAlpha() {
        WeightMatrixAction act = WeightMatrixAction.mkk(Groups.parse("DeltaS4"));
        IsotypicTestFunctions tf = IsotypicTestFunctions.of(act);
        List<IsotypicDecomposition.Component> comps = tf.decomposition().components();
        int n = act.dimension();
        double[] alphaC = new double[comps.size()];
        double[][] proj = new double[comps.size()][n * n];
        for (int c = 0; c < comps.size(); c++) {
            alphaC[c] = 0.1 + 0.2 * c + 1.0 / (7 + 4 * c);
            for (double[] q : comps.get(c).basis()) {
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        proj[c][a * n + b] += q[a] * q[b];
                    }
                }
            }
        }
        NormalForm nf = new NormalForm(n, alphaC, proj, tf);
        Branch b = new PalcContinuation().run(nf, new double[n], 0.0, ContinuationSettings.of(0, 1));
        List<SpecialPoint> crossings = b.events(EventKind.BRANCH_POINT);
        assertEquals(comps.size(), crossings.size(), b.events().toString());
        for (int c = 0; c < comps.size(); c++) {
            SpecialPoint e = crossings.get(c);
            assertEquals(comps.get(c).label(), e.component());
            assertEquals(comps.get(c).dimension(), e.multiplicity());
            assertEquals(alphaC[c], e.p(), 1e-12, e.toString());
            assertTrue(Math.abs(e.p() - alphaC[c]) <= Math.max(e.precision(), 4e-16), "honest precision " + e);
        }
        assertEquals(0, b.last().index());
    }

    /** The normal form as a SmoothProblem and HessianSource in the full space. */
    private record NormalForm(int n, double[] alphaC, double[][] proj, IsotypicTestFunctions tf)
            implements SmoothProblem, HessianSource {
        @Override
        public int dimension() {
            return n;
        }

        @Override
        public int fullDimension() {
            return n;
        }

        @Override
        public void residual(double[] w, double p, double[] out) {
            double r2 = 0;
            for (double x : w) {
                r2 += x * x;
            }
            for (int a = 0; a < n; a++) {
                double s = r2 * w[a];
                for (int c = 0; c < alphaC.length; c++) {
                    double pw = 0;
                    for (int b = 0; b < n; b++) {
                        pw += proj[c][a * n + b] * w[b];
                    }
                    s += (p - alphaC[c]) * pw;
                }
                out[a] = s;
            }
        }

        @Override
        public void jacobian(double[] w, double p, double[] jac) {
            fullHessian(w, p, jac);
        }

        @Override
        public void fullHessian(double[] w, double p, double[] out) {
            double r2 = 0;
            for (double x : w) {
                r2 += x * x;
            }
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double s = (a == b ? r2 : 0) + 2 * w[a] * w[b];
                    for (int c = 0; c < alphaC.length; c++) {
                        s += (p - alphaC[c]) * proj[c][a * n + b];
                    }
                    out[a * n + b] = s;
                }
            }
        }

        @Override
        public JacobianSymmetry jacobianSymmetry() {
            return JacobianSymmetry.SYMMETRIC;
        }

        @Override
        public SpectralBlocks spectralBlocks() {
            return tf.blocksFor(this);
        }
    }
}
