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
        assertEquals("S4", Isotropies.of(Matrices.identity(4), Matrices.identity(4), 1e-10).structure());
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
}
