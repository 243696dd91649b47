package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.group.Permutation;
import org.landscape.model.Matrices;

import java.math.BigInteger;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Isotropy subgroups: known orders and brute-force enumeration of S_k x S_d. */
class IsotropiesTest {

    @Test
    void identityHasTheDiagonalIsotropy() {
        long fact = 1;
        for (int k = 2; k <= 7; k++) {
            fact *= k;
            IsotropySubgroup iso = Isotropies.of(Matrices.identity(k), Matrices.identity(k), 1e-10);
            assertEquals(BigInteger.valueOf(fact), iso.order(), "|Delta S_k| = k!");
            for (Permutation g : iso.generators()) {
                for (int i = 0; i < k; i++) {
                    assertEquals(g.image(i) + k, g.image(i + k), "diagonal: rho = pi");
                }
            }
        }
        assertEquals("DeltaS4", Isotropies.of(Matrices.identity(4), Matrices.identity(4), 1e-10).structure());
    }

    /**
     * Names of diagonal Young isotropy groups: a generic point of Fix(Delta(S_p x S_q)) has isotropy of order
     * p! q! (the full Young subgroup); a circulant W = I + 0.3 P has the cyclic isotropy Z_k, which is no Young
     * subgroup (order k < k!) and keeps its abstract name.
     */
    @Test
    void diagonalYoungSubgroupsAreNamedByTheirBlocks() {
        double[][] v10 = Matrices.identity(10);
        double[][] w = new double[10][10];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                int bi = i < 8 ? 0 : 1;
                int bj = j < 8 ? 0 : 1;
                w[i][j] = i == j ? (bi == 0 ? 0.9 : -0.6) : 0.05 + 0.1 * bi + 0.21 * bj;
            }
        }
        IsotropySubgroup iso = Isotropies.of(w, v10, 1e-10);
        assertEquals(BigInteger.valueOf(40320L * 2), iso.order(), "|S8 x S2| = 8! 2!");
        assertEquals("Delta(S8xS2)", iso.structure());
        double[][] c = new double[5][5];
        for (int i = 0; i < 5; i++) {
            c[i][i] = 1;
            c[i][(i + 1) % 5] = 0.3;
        }
        IsotropySubgroup cyc = Isotropies.of(c, Matrices.identity(5), 1e-10);
        assertEquals(BigInteger.valueOf(5), cyc.order());
        assertEquals("C5", cyc.structure());
    }

    /**
     * A Delta(S7 x S2) point with its columns permuted by a 9-cycle tau has the isotropy {(pi, tau^-1 pi tau)}: not
     * diagonal, of order 7! 2!, acting faithfully on the rows, so isomorphic to S7 x C2 (k + d = 18 is beyond the
     * element-table route, so the name comes from the row-Young recogniser).
     */
    @Test
    void nonDiagonalYoungIsotropyGetsItsAbstractName() {
        int k = 9;
        double[][] w = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int bi = i < 7 ? 0 : 1;
                int bj = j < 7 ? 0 : 1;
                w[i][j] = i == j ? (bi == 0 ? 0.95 : -0.4) : 0.03 + 0.11 * bi + 0.23 * bj;
            }
        }
        double[][] shifted = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                shifted[i][(j + 1) % k] = w[i][j];
            }
        }
        IsotropySubgroup iso = Isotropies.of(shifted, Matrices.identity(k), 1e-10);
        assertEquals(BigInteger.valueOf(5040L * 2), iso.order());
        assertEquals("S7 x C2", iso.structure());
        assertEquals("Delta(S7xS2)", Isotropies.of(w, Matrices.identity(k), 1e-10).structure());
    }

    /** Brute force over S_k x S_d: count (pi, rho) with W[pi i][rho c] = W[i][c] and V's rows permuted by rho. */
    static long bruteForce(double[][] w, double[][] v, double tol) {
        int k = w.length;
        int d = w[0].length;
        long count = 0;
        for (int[] pi : permutations(k)) {
            for (int[] rho : permutations(d)) {
                boolean ok = true;
                for (int i = 0; i < k && ok; i++) {
                    for (int c = 0; c < d && ok; c++) {
                        ok = Math.abs(w[pi[i]][rho[c]] - w[i][c]) <= tol;
                    }
                }
                for (int j = 0; j < v.length && ok; j++) { // row j of V P_rho^T must be some row of V
                    boolean found = false;
                    for (int j2 = 0; j2 < v.length && !found; j2++) {
                        boolean same = true;
                        for (int c = 0; c < d && same; c++) {
                            same = Math.abs(v[j2][rho[c]] - v[j][c]) <= tol;
                        }
                        found = same;
                    }
                    ok = found;
                }
                if (ok) {
                    count++;
                }
            }
        }
        return count;
    }

    static java.util.List<int[]> permutations(int n) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(int[] p, boolean[] used, int pos, java.util.List<int[]> out) {
        if (pos == p.length) {
            out.add(p.clone());
            return;
        }
        for (int x = 0; x < p.length; x++) {
            if (!used[x]) {
                used[x] = true;
                p[pos] = x;
                permute(p, used, pos + 1, out);
                used[x] = false;
            }
        }
    }

    @Test
    void ordersAgreeWithBruteForce() {
        double a = 0.9;
        double b = 0.13;
        double c = -0.4;
        double e = 0.27;
        double f = 1.3;
        double[][][] ws = {
            {{a, b, c}, {b, a, c}, {e, e, f}},          // swap of rows 1,2 with columns 1,2: order 2
            {{a, b, b}, {b, a, b}, {b, b, a}},          // Delta S_3: order 6
            {{a, b, c}, {a, b, c}, {e, f, b}},          // two equal rows: row swap alone
            {{a, b, c}, {e, f, a}, {c, e, b}},          // generic
            {{a, a, a}, {a, a, a}, {a, a, a}},          // S_3 x S_3
        };
        double[][] id = Matrices.identity(3);
        double[][] skew = {{1, 0.2, 0}, {0, 1, 0.3}, {0.1, 0, 1}};
        for (double[][] w : ws) {
            for (double[][] v : new double[][][] {id, skew}) {
                long expected = bruteForce(w, v, 1e-12);
                IsotropySubgroup iso = Isotropies.of(w, v, 1e-12);
                assertEquals(BigInteger.valueOf(expected), iso.order(), java.util.Arrays.deepToString(w));
            }
        }
        // rectangular student, k = 4 rows in d = 3
        SplittableRandom r = new SplittableRandom(5);
        double[][] w = new double[4][3];
        for (double[] row : w) {
            for (int x = 0; x < 3; x++) {
                row[x] = r.nextInt(3) * 0.5; // entries in {0, 0.5, 1}: many coincidences
            }
        }
        assertEquals(BigInteger.valueOf(bruteForce(w, id, 1e-12)), Isotropies.of(w, id, 1e-12).order());
        assertTrue(Isotropies.of(w, id, 1e-12).order().signum() > 0);
    }

    @Test
    void conjugatePointsHaveTheSameCanonicalIsotropy() {
        double a = 0.9;
        double b = 0.13;
        double c = -0.4;
        double e = 0.27;
        double f = 1.3;
        double[][] w = {{a, b, c, c}, {b, a, c, c}, {e, e, f, b}, {e, e, b, f}};
        // (pi, rho) = row cycle (0 2 1 3), column swap (1 2) applied: W'[pi i][rho c] = W[i][c]
        int[] pi = {2, 3, 1, 0};
        int[] rho = {0, 2, 1, 3};
        double[][] moved = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int x = 0; x < 4; x++) {
                moved[pi[i]][rho[x]] = w[i][x];
            }
        }
        IsotropySubgroup h1 = Isotropies.of(w, Matrices.identity(4), 1e-12);
        IsotropySubgroup h2 = Isotropies.of(moved, Matrices.identity(4), 1e-12);
        assertEquals(h1.order(), h2.order());
        assertEquals(BigInteger.valueOf(bruteForce(w, Matrices.identity(4), 1e-12)), h1.order());
        assertTrue(h1.canonical().isPresent());
        assertEquals(h1.canonical().get().generatorStrings(), h2.canonical().get().generatorStrings());
        assertTrue(!h1.generatorStrings().equals(h2.generatorStrings()), "the raw generators differ (conjugate groups)");
    }
}
