package org.landscape.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A gradient problem in general position with planted crossings: \( L = \tfrac12 d^T A(p) d + \tfrac14 |d|^4 \),
 * \( d = x - c(p) \), \( c(p) = v \sin p \), \( A(p) = Q\,\mathrm{diag}(s_i (p - a_i))\,Q^T \) with a random orthogonal
 * \( Q \). The branch \( x = c(p) \) has Hessian \( A(p) \), whose eigenvalue \( i \) crosses zero at \( p = a_i \):
 * the answers are known exactly, in a basis where nothing is aligned with the coordinates.
 */
class RandomGradientProblemTest {

    private static SmoothProblem planted(RealMatrix q, double[] a, double[] s, double[] v) {
        int n = a.length;
        return new SmoothProblem() {
            @Override
            public int dimension() {
                return n;
            }

            private RealMatrix matrixA(double p) {
                double[] diag = new double[n];
                for (int i = 0; i < n; i++) {
                    diag[i] = s[i] * (p - a[i]);
                }
                return q.multiply(MatrixUtils.createRealDiagonalMatrix(diag)).multiplyTransposed(q);
            }

            private double[] d(double[] x, double p) {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = x[i] - v[i] * Math.sin(p);
                }
                return d;
            }

            @Override
            public void residual(double[] x, double p, double[] out) {
                double[] d = d(x, p);
                double d2 = Dense.dot(d, d);
                double[] ad = matrixA(p).operate(d);
                for (int i = 0; i < n; i++) {
                    out[i] = ad[i] + d2 * d[i];
                }
            }

            @Override
            public void jacobian(double[] x, double p, double[] j) {
                double[] d = d(x, p);
                double d2 = Dense.dot(d, d);
                RealMatrix am = matrixA(p);
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < n; c++) {
                        j[r * n + c] = am.getEntry(r, c) + 2 * d[r] * d[c] + (r == c ? d2 : 0);
                    }
                }
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void plantedCrossingsAreAllFoundAndLocated(long seed) {
        Random rnd = new Random(seed);
        int n = 12;
        double[] a = new double[n];
        double[] s = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            // 8 crossings inside [0, 3] on a jittered grid (spacing >= 0.25), 4 outside
            a[i] = i < 8 ? 0.25 + 0.33 * i + 0.08 * (rnd.nextDouble() - 0.5) : 10 + i;
            s[i] = rnd.nextBoolean() ? 1 : -1;
            v[i] = rnd.nextGaussian();
        }
        // two crossings in the same direction, closer than any step: the count changes by 2 in one step.
        // (Two eigenvalues of one block crossing zero in opposite directions inside one step cancel in the count
        // and the determinant; generically they cannot, since they would have to cross each other.)
        a[1] = a[0] + 1e-6;
        s[1] = s[0];
        RealMatrix g = MatrixUtils.createRealMatrix(n, n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                g.setEntry(r, c, rnd.nextGaussian());
            }
        }
        RealMatrix q = new QRDecomposition(g).getQ();
        SmoothProblem f = planted(q, a, s, v);
        Branch b = new PalcContinuation().run(f, new double[n], 0.0, ContinuationSettings.of(0, 3));
        assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, b.status());
        List<SpecialPoint> bps = b.events(EventKind.BRANCH_POINT);
        assertEquals(8, bps.size(), b.events().toString());
        assertEquals(8, b.events().size(), b.events().toString());
        double[] expected = Arrays.copyOf(a, 8);
        Arrays.sort(expected);
        double worst = 0;
        for (int k = 0; k < 8; k++) {
            SpecialPoint e = bps.get(k);
            double err = Math.abs(e.p() - expected[k]);
            worst = Math.max(worst, err);
            assertTrue(err <= 1e-12, "crossing " + k + ": " + e.p() + " vs " + expected[k] + ", " + e.evidence());
            assertTrue(err <= e.precision() + 4 * Math.ulp(expected[k]), "honest precision: " + e.evidence());
            assertTrue(e.precision() <= 1e-12, e.evidence().toString());
            assertEquals(1, e.multiplicity());
        }
        for (BranchPoint pt : b.points()) {
            int index = 0;
            for (int i = 0; i < n; i++) {
                index += s[i] * (pt.p() - a[i]) < 0 ? 1 : 0;
            }
            assertEquals(index, pt.index(), "Morse index at p = " + pt.p());
        }
    }

    /**
     * The same planted problem continued in the 4-dimensional subspace \( W = \) span of the last 4 columns of Q
     * (which contains the branch: \( v \in W \)), as the project continues in \( \mathrm{Fix}(H) \), while the block
     * callback reports the transverse Hessian block \( Q_T^T J Q_T \) (label "T") where the crossings happen, and the
     * restricted block (label "W"). The corrector never sees the singular direction, so every crossing is located to
     * the rounding floor (about 1e-13 here).
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void inAnInvariantSubspaceTransverseCrossingsAreLocatedToRounding(long seed) {
        Random rnd = new Random(seed);
        int n = 12;
        int m = 4;
        double[] a = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i < 8 ? 0.25 + 0.33 * i + 0.08 * (rnd.nextDouble() - 0.5) : 10 + i;
            s[i] = rnd.nextBoolean() ? 1 : -1;
        }
        RealMatrix g = MatrixUtils.createRealMatrix(n, n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                g.setEntry(r, c, rnd.nextGaussian());
            }
        }
        RealMatrix q = new QRDecomposition(g).getQ();
        RealMatrix w = q.getSubMatrix(0, n - 1, n - m, n - 1);
        RealMatrix qt = q.getSubMatrix(0, n - 1, 0, n - m - 1);
        double[] v = w.operate(new double[] {1.0, -0.5, 0.25, 2.0});
        SmoothProblem full = planted(q, a, s, v);
        SmoothProblem restricted = new SmoothProblem() {
            @Override
            public int dimension() {
                return m;
            }

            @Override
            public void residual(double[] xi, double p, double[] out) {
                double[] f = new double[n];
                full.residual(w.operate(xi), p, f);
                System.arraycopy(w.transpose().operate(f), 0, out, 0, m);
            }

            private RealMatrix fullJacobian(double[] xi, double p) {
                double[] j = new double[n * n];
                full.jacobian(w.operate(xi), p, j);
                return Dense.matrix(j, n, n);
            }

            @Override
            public void jacobian(double[] xi, double p, double[] out) {
                RealMatrix jr = w.transpose().multiply(fullJacobian(xi, p)).multiply(w);
                for (int r = 0; r < m; r++) {
                    for (int c = 0; c < m; c++) {
                        out[r * m + c] = jr.getEntry(r, c);
                    }
                }
            }

            @Override
            public JacobianSymmetry jacobianSymmetry() {
                return JacobianSymmetry.SYMMETRIC;
            }

            @Override
            public SpectralBlocks spectralBlocks() {
                return (xi, p, jr) -> {
                    RealMatrix jt = qt.transpose().multiply(fullJacobian(xi, p)).multiply(qt);
                    double[] flat = new double[(n - m) * (n - m)];
                    for (int r = 0; r < n - m; r++) {
                        for (int c = 0; c < n - m; c++) {
                            flat[r * (n - m) + c] = jt.getEntry(r, c);
                        }
                    }
                    return List.of(new BlockSpectrum("W", Dense.symmetricEigenvalues(jr, m)),
                            new BlockSpectrum("T", Dense.symmetricEigenvalues(flat, n - m)));
                };
            }
        };
        Branch b = new PalcContinuation().run(restricted, new double[m], 0.0, ContinuationSettings.of(0, 3));
        assertEquals(BranchStatus.REACHED_PARAMETER_LIMIT, b.status());
        assertEquals(8, b.events().size(), b.events().toString());
        double[] expected = Arrays.copyOf(a, 8);
        Arrays.sort(expected);
        for (int k = 0; k < 8; k++) {
            SpecialPoint e = b.events().get(k);
            assertEquals(EventKind.BRANCH_POINT, e.kind());
            assertEquals("T", e.component());
            assertEquals(expected[k], e.p(), 1e-13, e.evidence().toString());
            assertTrue(Math.abs(e.p() - expected[k]) <= e.precision(), "honest: " + e.evidence());
            assertTrue(e.precision() <= 1e-12, e.evidence().toString());
        }
    }
}
