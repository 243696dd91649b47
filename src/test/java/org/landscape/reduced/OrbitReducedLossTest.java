package org.landscape.reduced;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.solve.SymmetricEigenvalues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The orbit-reduced loss, gradient, Hessian and isotypic spectrum against the dense model (model.NetworkLoss, an
 * independent assembly over all k(k+n) pairs) at random points of Fix(H), for every kind of Young structure:
 * diagonal, independent rows and columns, k != d, repeated neurons, blocks of size 1, 2, 3 and larger.
 */
class OrbitReducedLossTest {
    private static final YoungShape.PartKind S = YoungShape.PartKind.STUDENT;
    private static final YoungShape.PartKind C = YoungShape.PartKind.COLUMN;
    private static final YoungShape.PartKind T = YoungShape.PartKind.TEACHER;

    static Stream<YoungStructure> structures() {
        List<YoungStructure> out = new ArrayList<>();
        out.add(YoungStructure.diagonal(5));
        out.add(YoungStructure.diagonal(4, 2));
        out.add(YoungStructure.diagonal(3, 2, 1));
        out.add(YoungStructure.diagonal(5, 1));
        out.add(YoungStructure.diagonal(2, 2, 2));
        out.add(YoungStructure.diagonal(1, 1, 1));
        // rows by S3 x S2, columns (and teacher rows) by S2 x S3: S3 x S2 x S2 x S3 acting independently
        out.add(new YoungStructure(new YoungShape(new double[] {3, 2, 2, 3}, new YoungShape.PartKind[] {S, S, C, T, C, T},
                new int[] {0, 1, 2, 2, 3, 3}), new int[][] {{0, 1, 2}, {3, 4}, {0, 1}, {0, 1}, {2, 3, 4}, {2, 3, 4}}));
        // k = 6 students in two copies of Delta S3 over d = n = 3 (each neuron duplicated): one factor, two row parts
        out.add(new YoungStructure(new YoungShape(new double[] {3}, new YoungShape.PartKind[] {S, S, C, T},
                new int[] {0, 0, 0, 0}), new int[][] {{0, 1, 2}, {3, 4, 5}, {0, 1, 2}, {0, 1, 2}}));
        // k = 4 students, d = n = 3: Delta S3 on three neurons plus one extra neuron (an embedding k -> k + 1)
        out.add(new YoungStructure(new YoungShape(new double[] {3, 1}, new YoungShape.PartKind[] {S, C, T, S},
                new int[] {0, 0, 0, 1}), new int[][] {{0, 1, 2}, {0, 1, 2}, {0, 1, 2}, {3}}));
        // k = 3 = n, d = 5: teacher [I_3 0], columns 3, 4 an extra factor S2
        out.add(new YoungStructure(new YoungShape(new double[] {3, 2}, new YoungShape.PartKind[] {S, C, T, C},
                new int[] {0, 0, 0, 1}), new int[][] {{0, 1, 2}, {0, 1, 2}, {0, 1, 2}, {3, 4}}));
        return out.stream();
    }

    private static double[] randomPattern(YoungStructure s, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] p = new double[s.shape().studentOrbits()];
        for (int o = 0; o < p.length; o++) {
            int[] orbit = s.shape().studentOrbit(o);
            p[o] = rnd.nextDouble(-0.6, 0.6) + (orbit[2] == 1 ? 0.8 : 0);
        }
        return p;
    }

    private static double[][] teacherMatrix(YoungStructure s) {
        double[][] v = new double[s.n()][s.d()];
        for (int j = 0; j < s.n(); j++) {
            v[j][j] = 1;
        }
        return v;
    }

    @ParameterizedTest
    @MethodSource("structures")
    void lossGradientAndHessianEqualTheDenseModel(YoungStructure s) {
        for (double alpha : new double[] {0, 0.3, -0.7}) {
            double[] p = randomPattern(s, 11 + s.k());
            double[][] w = s.matrix(p);
            double[][] v = teacherMatrix(s);
            NetworkLoss dense = Models.loss(alpha, v);
            int kd = s.k() * s.d();
            double[] g = new double[kd];
            double[] h = new double[kd * kd];
            dense.gradient(w, g);
            dense.hessian(w, h);
            OrbitSums r = new OrbitReducedLoss(s.shape(), s.teacherPattern(v), Models.kernel(alpha))
                    .evaluate(p, OrbitReducedLoss.Order.HESSIAN);
            assertEquals(dense.loss(w), r.loss(), 1e-12 * Math.max(1, r.lossAbs()), "loss " + alpha);
            int m = s.shape().studentOrbits();
            double[] gDense = new double[m];
            double[][] hDense = new double[m][m];
            for (int a = 0; a < kd; a++) {
                int oa = s.studentOrbit(a / s.d(), a % s.d());
                gDense[oa] += g[a];
                for (int b = 0; b < kd; b++) {
                    hDense[oa][s.studentOrbit(b / s.d(), b % s.d())] += h[a * kd + b];
                }
            }
            for (int a = 0; a < m; a++) {
                assertEquals(gDense[a], r.gradient()[a], 1e-12 * Math.max(1, r.gradientAbs()[a]), "gradient " + a);
                for (int b = 0; b < m; b++) {
                    assertEquals(hDense[a][b], r.hessian()[a][b], 1e-11 * Math.max(1, r.hessianAbs()[a][b]),
                            "hessian " + a + "," + b);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("structures")
    void isotypicBlocksReproduceTheDenseSpectrumWithMultiplicities(YoungStructure s) {
        double alpha = 0.2;
        double[] p = randomPattern(s, 5 + s.k());
        double[][] w = s.matrix(p);
        double[][] v = teacherMatrix(s);
        int kd = s.k() * s.d();
        double[] h = new double[kd * kd];
        Models.loss(alpha, v).hessian(w, h);
        double[][] hm = new double[kd][kd];
        for (int a = 0; a < kd; a++) {
            System.arraycopy(h, a * kd, hm[a], 0, kd);
        }
        double[] dense = SymmetricEigenvalues.of(hm);
        List<Double> reduced = new ArrayList<>();
        for (IsotypicHessian.Block b : IsotypicHessian.of(s.shape(), p, s.teacherPattern(v), Models.kernel(alpha))) {
            long dim = Math.round(b.component().dimension());
            assertEquals(b.component().dimension(), dim, 0.0);
            for (double e : b.eigenvalues()) {
                for (long x = 0; x < dim; x++) {
                    reduced.add(e);
                }
            }
        }
        assertEquals(kd, reduced.size(), "multiplicities add up to kd");
        double[] red = reduced.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (int i = 0; i < kd; i++) {
            assertEquals(dense[i], red[i], 1e-10, "eigenvalue " + i + " of " + Arrays.toString(dense));
        }
    }

    @Test
    void loadsOfStructureAreExactAtTheGlobalMinimum() {
        // W = V = I_k: the Hessian has the closed form of GlobalMinimumSpectrum; here: loss 0 and gradient 0 exactly
        YoungStructure s = YoungStructure.diagonal(7);
        double[] p = s.pattern(teacherMatrix(s));
        OrbitSums r = new OrbitReducedLoss(s.shape(), s.teacherPattern(teacherMatrix(s)), Models.kernel(0))
                .evaluate(p, OrbitReducedLoss.Order.GRADIENT);
        assertEquals(0, r.loss(), 1e-14);
        for (double x : r.gradient()) {
            assertEquals(0, x, 1e-14);
        }
        assertTrue(r.gradientNorm(s.shape()) < 1e-14);
    }
}
