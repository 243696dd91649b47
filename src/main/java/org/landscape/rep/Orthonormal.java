package org.landscape.rep;

/** Orthonormal bases of column spaces by modified Gram–Schmidt with column pivoting (internal). */
final class Orthonormal {
    private Orthonormal() {
    }

    /**
     * @param p    an n x n matrix (read) whose column space has dimension {@code rank}
     * @param rank the known rank
     * @return rank orthonormal row vectors spanning the column space; \( O(n^2 \cdot rank) \)
     */
    static double[][] columnSpace(double[][] p, int rank) {
        int n = p.length;
        double[][] cols = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cols[j][i] = p[i][j];
            }
        }
        double[][] out = new double[rank][];
        boolean[] used = new boolean[n];
        for (int r = 0; r < rank; r++) {
            int best = -1;
            double bestNorm = -1;
            for (int j = 0; j < n; j++) {
                if (used[j]) {
                    continue;
                }
                double s = 0;
                for (double v : cols[j]) {
                    s += v * v;
                }
                if (s > bestNorm + 1e-12) {
                    bestNorm = s;
                    best = j;
                }
            }
            if (best < 0 || bestNorm < 1e-18) {
                throw new IllegalStateException("projector rank below the expected " + rank);
            }
            used[best] = true;
            double norm = Math.sqrt(bestNorm);
            double[] q = new double[n];
            for (int i = 0; i < n; i++) {
                q[i] = cols[best][i] / norm;
            }
            out[r] = q;
            for (int j = 0; j < n; j++) {
                if (used[j]) {
                    continue;
                }
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += q[i] * cols[j][i];
                }
                for (int i = 0; i < n; i++) {
                    cols[j][i] -= dot * q[i];
                }
            }
        }
        return out;
    }

    /** @return the rows of every block stacked, copied (a symmetry-adapted basis from its components) */
    static double[][] stack(java.util.List<double[][]> blocks) {
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        for (double[][] b : blocks) {
            for (double[] r : b) {
                rows.add(r.clone());
            }
        }
        return rows.toArray(new double[0][]);
    }

    /** @return \( Q A Q^T \) for the rows Q (r x n) and A (n x n), both read; \( O(r n^2) \) */
    static double[][] compress(double[][] q, double[][] a) {
        int r = q.length;
        int n = a.length;
        double[][] b = new double[r][r];
        double[] aq = new double[n];
        for (int j = 0; j < r; j++) {
            for (int x = 0; x < n; x++) {
                double s = 0;
                for (int y = 0; y < n; y++) {
                    s += a[x][y] * q[j][y];
                }
                aq[x] = s;
            }
            for (int i = 0; i < r; i++) {
                double s = 0;
                for (int x = 0; x < n; x++) {
                    s += q[i][x] * aq[x];
                }
                b[i][j] = s;
            }
        }
        return b;
    }
}
