package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.base.InvalidInputException;
import org.landscape.group.Permutation;
import org.landscape.model.Matrices;
import org.landscape.rep.WeightMatrixAction;
import org.landscape.solve.NewtonStatus;

import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Newton for grad L = 0: convergence to the known global minimum W = V = I, quadratic rate, Fix(H) invariance. */
class CriticalPointSearchTest {

    static double[][] perturbedIdentity(int k, double eps, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] w = Matrices.identity(k);
        for (double[] row : w) {
            for (int c = 0; c < k; c++) {
                row[c] += eps * r.nextDouble(-1, 1);
            }
        }
        return w;
    }

    @Test
    void convergesQuadraticallyToTheGlobalMinimum() {
        for (double alpha : new double[] {0.0, 0.3, -0.5}) {
            int k = 4;
            CriticalPoint c = CriticalPointSearch.newton(perturbedIdentity(k, 0.1, 7), Matrices.identity(k), alpha,
                    Optional.empty(), CriticalPointSearch.DEFAULT_SETTINGS);
            assertEquals(NewtonStatus.CONVERGED, c.newton().status());
            double[][] w = c.w();
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    assertEquals(i == j ? 1 : 0, w[i][j], 1e-10, "alpha " + alpha);
                }
            }
            assertEquals(0, c.loss(), 1e-14); // L(V) = 0 exactly at the teacher
            // quadratic convergence: r_{j+1} <= C r_j^2 once r_j is small (C from the Hessian's conditioning)
            double[] h = c.newton().residualHistory();
            int checked = 0;
            for (int j = 0; j + 1 < h.length; j++) {
                if (h[j] < 1e-2 && h[j + 1] > 1e-13) {
                    assertTrue(h[j + 1] <= 50 * h[j] * h[j], "alpha " + alpha + ": " + h[j] + " -> " + h[j + 1]);
                    checked++;
                }
            }
            assertTrue(checked >= 1, "at least one step in the quadratic regime was observed");
            assertEquals(0, c.spectrum().orElseThrow().index());
        }
    }

    @Test
    void staysInFixedPointSubspace() {
        int k = 4;
        for (String name : new String[] {"DeltaS4", "Delta(S3xS1)", "Delta(S2xS2)"}) {
            WeightMatrixAction a = SubgroupActions.onWeights(name, k, k);
            double[][] start = perturbedIdentity(k, 0.15, 11);
            CriticalPoint c = CriticalPointSearch.newton(start, Matrices.identity(k), 0.2, Optional.of(a),
                    CriticalPointSearch.DEFAULT_SETTINGS, CriticalPointSearch.StartPolicy.PROJECT);
            assertEquals(NewtonStatus.CONVERGED, c.newton().status(), name);
            assertTrue(c.gradientNorm() < 1e-10, name + ": a critical point of the full loss");
            double[] w = new double[k * k];
            double[][] m = c.w();
            for (int i = 0; i < k; i++) {
                System.arraycopy(m[i], 0, w, i * k, k);
            }
            int[] t = new int[k * k];
            int[] s = new int[k * k];
            for (Permutation g : a.group().generators()) {
                a.coordinateAction(g, t, s);
                for (int x = 0; x < w.length; x++) {
                    assertEquals(w[x], s[x] * w[t[x]] , 1e-14, name + " generator " + g);
                }
            }
            assertTrue(c.subspaceDimension() < k * k);
        }
        assertEquals(2, CriticalPointSearch.newton(perturbedIdentity(k, 0.1, 3), Matrices.identity(k), 0.2,
                Optional.of(SubgroupActions.onWeights("DeltaS4", k, k)), CriticalPointSearch.DEFAULT_SETTINGS,
                CriticalPointSearch.StartPolicy.PROJECT).subspaceDimension(), "Fix(Delta S_k) = span{I, J - I}");
        // without the explicit policy a start outside Fix(H) is refused with its distance (never projected silently)
        org.landscape.base.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.landscape.base.InvalidInputException.class, () -> CriticalPointSearch.newton(
                        perturbedIdentity(k, 0.1, 3), Matrices.identity(k), 0.2,
                        Optional.of(SubgroupActions.onWeights("DeltaS4", k, k)), CriticalPointSearch.DEFAULT_SETTINGS));
        assertTrue(e.getMessage().contains("from Fix(DeltaS4)"), e.getMessage());
    }

    @Test
    void rejectsBadSubgroupsAndDeadNeurons() {
        assertThrows(InvalidInputException.class, () -> SubgroupActions.onWeights("Q8", 4, 4));
        assertThrows(InvalidInputException.class, () -> SubgroupActions.onWeights("DeltaS5", 4, 4));
        // a symmetry of M(3,3) that is no symmetry of the loss for a generic teacher
        double[][] v = {{1, 0.2, 0}, {0, 1, 0.3}, {0.1, 0, 1}};
        assertThrows(InvalidInputException.class, () -> CriticalPointSearch.newton(Matrices.identity(3), v, 0.1,
                Optional.of(SubgroupActions.onWeights("DeltaS3", 3, 3)), CriticalPointSearch.DEFAULT_SETTINGS));
        double[][] dead = {{1, 0, 0}, {0, 0, 0}, {0, 0, 1}};
        assertThrows(InvalidInputException.class, () -> CriticalPointSearch.newton(dead, Matrices.identity(3), 0.1,
                Optional.empty(), CriticalPointSearch.DEFAULT_SETTINGS));
    }

    @Test
    void restrictedJacobianIsTheDerivativeOfTheRestrictedResidual() {
        int k = 4;
        WeightMatrixAction a = SubgroupActions.onWeights("Delta(S2xS2)", k, k);
        LossProblem p = LossProblem.restricted(Matrices.identity(k), k,
                org.landscape.rep.FixedPointSubspace.of(a).basis());
        int m = p.dimension();
        SplittableRandom r = new SplittableRandom(2);
        double[] y = p.project(new double[k * k]);
        double[] flat = new double[k * k];
        for (int i = 0; i < k; i++) {
            flat[i * k + i] = 1;
        }
        y = p.project(flat);
        for (int j = 0; j < m; j++) {
            y[j] += 0.1 * r.nextDouble(-1, 1);
        }
        double alpha = 0.25;
        double[] jac = new double[m * m];
        p.jacobian(y, alpha, jac);
        double h = 1e-6;
        for (int j = 0; j < m; j++) {
            double[] yp = y.clone();
            double[] ym = y.clone();
            yp[j] += h;
            ym[j] -= h;
            double[] fp = new double[m];
            double[] fm = new double[m];
            p.residual(yp, alpha, fp);
            p.residual(ym, alpha, fm);
            for (int i = 0; i < m; i++) {
                assertEquals((fp[i] - fm[i]) / (2 * h), jac[i * m + j], 1e-7, "J_H[" + i + "][" + j + "]");
            }
        }
    }
}
