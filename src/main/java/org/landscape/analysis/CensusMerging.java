package org.landscape.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Identification of critical points up to \( \Gamma(V) = S_k \times S_n \times S_{d-n} \) (row permutations, and
 * column permutations inside the teacher's columns and inside the remaining ones) for the census teacher
 * \( [I_n\ 0] \).
 *
 * <p>Two points are merged when their losses agree to \( 10^{-8} (1 + |L|) \) and the sorted multisets of their
 * entries, within each column block, agree to \( 10^{-6} \max|W| \): invariants of the group action, so equivalent
 * points always merge; inequivalent points with equal loss and equal entry multisets would be merged too (a
 * heuristic; the representative's isotropy and spectrum are reported so such a collision is visible).
 * The representative is put in canonical form: for \( d \le \) {@link #EXHAUSTIVE_D}, the lexicographically
 * largest row-major matrix among \( \mathrm{sortRows}(W P_\rho^T) \) over all admissible column permutations
 * \( \rho \) (a true canonical form up to ties within 1e-9); for larger d, alternate row and column sorting until
 * stable (a heuristic: different points of one orbit may get different representatives; merging does not rely
 * on it).
 */
final class CensusMerging {
    static final double LOSS_TOLERANCE = 1e-8;
    static final double ENTRY_TOLERANCE = 1e-6;

    private CensusMerging() {
    }

    /** Adds p to the list, merging with an equivalent point (counts add). */
    static void add(List<CensusPoint> pts, CensusPoint p) {
        for (int i = 0; i < pts.size(); i++) {
            CensusPoint q = pts.get(i);
            if (sameOrbit(q, p)) {
                pts.set(i, q.withCount(q.count() + p.count()));
                return;
            }
        }
        pts.add(p);
    }

    static boolean sameOrbit(CensusPoint a, CensusPoint b) {
        if (Math.abs(a.loss() - b.loss()) > LOSS_TOLERANCE * (1 + Math.abs(a.loss()))) {
            return false;
        }
        double[][] wa = a.w();
        double[][] wb = b.w();
        if (wa.length != wb.length || wa[0].length != wb[0].length) {
            return false;
        }
        double[] ea = entries(wa);
        double[] eb = entries(wb);
        double scale = 0;
        for (double x : ea) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < ea.length; i++) {
            if (Math.abs(ea[i] - eb[i]) > ENTRY_TOLERANCE * Math.max(scale, 1e-300)) {
                return false;
            }
        }
        return true;
    }

    private static double[] entries(double[][] w) {
        double[] e = new double[w.length * w[0].length];
        int q = 0;
        for (double[] row : w) {
            for (double x : row) {
                e[q++] = x;
            }
        }
        Arrays.sort(e);
        return e;
    }

    /** Largest d for which the canonical form tries every column permutation. */
    static final int EXHAUSTIVE_D = 8;

    /** @return the canonical representative (a copy) */
    static double[][] canonical(double[][] w, int n) {
        int d = w[0].length;
        if (d > EXHAUSTIVE_D) {
            return alternatingSort(w, n);
        }
        int nn = Math.min(n, d);
        double[][] best = null;
        for (int[] rho : columnPermutations(nn, d)) {
            double[][] x = new double[w.length][d];
            for (int i = 0; i < w.length; i++) {
                for (int c = 0; c < d; c++) {
                    x[i][c] = w[i][rho[c]];
                }
            }
            Arrays.sort(x, CensusMerging::compareDecreasing);
            if (best == null || compareMatrices(x, best) < 0) {
                best = x;
            }
        }
        return best;
    }

    private static int compareMatrices(double[][] a, double[][] b) {
        for (int i = 0; i < a.length; i++) {
            int c = compareDecreasing(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** All permutations of [0, n) times all permutations of [n, d). */
    private static List<int[]> columnPermutations(int n, int d) {
        List<int[]> out = new java.util.ArrayList<>();
        int[] p = new int[d];
        permute(p, new boolean[d], 0, n, d, out);
        return out;
    }

    private static void permute(int[] p, boolean[] used, int pos, int n, int d, List<int[]> out) {
        if (pos == d) {
            out.add(p.clone());
            return;
        }
        int lo = pos < n ? 0 : n;
        int hi = pos < n ? n : d;
        for (int x = lo; x < hi; x++) {
            if (!used[x]) {
                used[x] = true;
                p[pos] = x;
                permute(p, used, pos + 1, n, d, out);
                used[x] = false;
            }
        }
    }

    /** Sorts rows, and columns inside [0, n) and [n, d), lexicographically decreasing, until stable (a copy). */
    static double[][] alternatingSort(double[][] w, int n) {
        int k = w.length;
        int d = w[0].length;
        double[][] x = new double[k][];
        for (int i = 0; i < k; i++) {
            x[i] = w[i].clone();
        }
        for (int round = 0; round < 20; round++) {
            double[][] before = new double[k][];
            for (int i = 0; i < k; i++) {
                before[i] = x[i].clone();
            }
            Arrays.sort(x, CensusMerging::compareDecreasing);
            double[][] cols = new double[d][k];
            for (int c = 0; c < d; c++) {
                for (int i = 0; i < k; i++) {
                    cols[c][i] = x[i][c];
                }
            }
            Arrays.sort(cols, 0, Math.min(n, d), CensusMerging::compareDecreasing);
            Arrays.sort(cols, Math.min(n, d), d, CensusMerging::compareDecreasing);
            for (int c = 0; c < d; c++) {
                for (int i = 0; i < k; i++) {
                    x[i][c] = cols[c][i];
                }
            }
            if (Arrays.deepEquals(before, x)) {
                break;
            }
        }
        return x;
    }

    private static int compareDecreasing(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-9 * (1 + Math.abs(a[i]))) {
                return Double.compare(b[i], a[i]);
            }
        }
        return 0;
    }
}
