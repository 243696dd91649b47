package org.landscape.interval;

/**
 * A dense matrix of intervals (row-major lower and upper bounds) with the products a proof needs, every sum and
 * product rounded outward by the exact directed roundings of {@link Rounding} (no allocation per entry):
 * point times interval matrix, interval matrix times transposed point matrix, interval matrix times interval vector.
 * Cost \( O(mnp) \) flops for an \( m\times n \) by \( n \times p \) product, about 10 ns per term.
 * Immutable after construction (the arrays are never exposed).
 */
public final class IntervalMatrix {
    private final int rows;
    private final int cols;
    private final double[] lo;
    private final double[] hi;

    private IntervalMatrix(int rows, int cols, double[] lo, double[] hi) {
        this.rows = rows;
        this.cols = cols;
        this.lo = lo;
        this.hi = hi;
    }

    /** @return the matrix of the flat row-major intervals (read) */
    public static IntervalMatrix of(Interval[] flat, int rows, int cols) {
        if (flat.length != rows * cols) {
            throw new IllegalArgumentException(flat.length + " entries for a " + rows + " x " + cols + " matrix");
        }
        double[] l = new double[flat.length];
        double[] h = new double[flat.length];
        for (int a = 0; a < flat.length; a++) {
            l[a] = flat[a].lo();
            h[a] = flat[a].hi();
        }
        return new IntervalMatrix(rows, cols, l, h);
    }

    /** @return the point matrix a (read) */
    public static IntervalMatrix point(double[][] a) {
        int r = a.length;
        int c = a[0].length;
        double[] l = new double[r * c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(a[i], 0, l, i * c, c);
        }
        return new IntervalMatrix(r, c, l, l.clone());
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int cols() {
        return cols;
    }

    /** @return entry (i, j) */
    public Interval get(int i, int j) {
        return Interval.of(lo[i * cols + j], hi[i * cols + j]);
    }

    /** @return the matrix of midpoints */
    public double[][] mid() {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = get(i, j).mid();
            }
        }
        return m;
    }

    /** @return an upper bound of the largest entry width */
    public double maxWidth() {
        double w = 0;
        for (int a = 0; a < lo.length; a++) {
            w = Math.max(w, Rounding.addUp(hi[a], -lo[a]));
        }
        return w;
    }

    /** @return an enclosure of \( a \cdot M \), a point matrix with {@link #rows} columns (read) */
    public IntervalMatrix leftMultiply(double[][] a) {
        int m = a.length;
        double[] l = new double[m * cols];
        double[] h = new double[m * cols];
        for (int i = 0; i < m; i++) {
            double[] ai = a[i];
            for (int j = 0; j < cols; j++) {
                double sl = 0;
                double sh = 0;
                for (int k = 0; k < rows; k++) {
                    double x = ai[k];
                    if (x == 0) {
                        continue;
                    }
                    int b = k * cols + j;
                    double bl = x > 0 ? lo[b] : hi[b];
                    double bh = x > 0 ? hi[b] : lo[b];
                    sl = Rounding.addDown(sl, Rounding.mulDown(x, bl));
                    sh = Rounding.addUp(sh, Rounding.mulUp(x, bh));
                }
                l[i * cols + j] = sl;
                h[i * cols + j] = sh;
            }
        }
        return new IntervalMatrix(m, cols, l, h);
    }

    /** @return an enclosure of \( M q^T \), q a point matrix with {@link #cols} columns (read) */
    public IntervalMatrix rightMultiplyTranspose(double[][] q) {
        int p = q.length;
        double[] l = new double[rows * p];
        double[] h = new double[rows * p];
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int j = 0; j < p; j++) {
                double[] qj = q[j];
                double sl = 0;
                double sh = 0;
                for (int k = 0; k < cols; k++) {
                    double x = qj[k];
                    if (x == 0) {
                        continue;
                    }
                    double bl = x > 0 ? lo[o + k] : hi[o + k];
                    double bh = x > 0 ? hi[o + k] : lo[o + k];
                    sl = Rounding.addDown(sl, Rounding.mulDown(x, bl));
                    sh = Rounding.addUp(sh, Rounding.mulUp(x, bh));
                }
                l[i * p + j] = sl;
                h[i * p + j] = sh;
            }
        }
        return new IntervalMatrix(rows, p, l, h);
    }

    /** @return an enclosure of \( M v \) for an interval vector v of length {@link #cols} */
    public Interval[] times(Interval[] v) {
        Interval[] r = new Interval[rows];
        for (int i = 0; i < rows; i++) {
            double sl = 0;
            double sh = 0;
            for (int k = 0; k < cols; k++) {
                int a = i * cols + k;
                double p1 = Rounding.mulDown(lo[a], v[k].lo());
                double p2 = Rounding.mulDown(lo[a], v[k].hi());
                double p3 = Rounding.mulDown(hi[a], v[k].lo());
                double p4 = Rounding.mulDown(hi[a], v[k].hi());
                sl = Rounding.addDown(sl, Math.min(Math.min(p1, p2), Math.min(p3, p4)));
                double q1 = Rounding.mulUp(lo[a], v[k].lo());
                double q2 = Rounding.mulUp(lo[a], v[k].hi());
                double q3 = Rounding.mulUp(hi[a], v[k].lo());
                double q4 = Rounding.mulUp(hi[a], v[k].hi());
                sh = Rounding.addUp(sh, Math.max(Math.max(q1, q2), Math.max(q3, q4)));
            }
            r[i] = Interval.of(sl, sh);
        }
        return r;
    }

    /** @return an enclosure of \( I - M \) (square M) */
    public IntervalMatrix identityMinus() {
        double[] l = new double[lo.length];
        double[] h = new double[hi.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int a = i * cols + j;
                double id = i == j ? 1 : 0;
                l[a] = Rounding.addDown(id, -hi[a]);
                h[a] = Rounding.addUp(id, -lo[a]);
            }
        }
        return new IntervalMatrix(rows, cols, l, h);
    }

    /** @return an upper bound of the infinity norm \( \max_i \sum_j \max |M_{ij}| \) */
    public double normInf() {
        double best = 0;
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < cols; j++) {
                int a = i * cols + j;
                s = Rounding.addUp(s, Math.max(Math.abs(lo[a]), Math.abs(hi[a])));
            }
            best = Math.max(best, s);
        }
        return best;
    }

    /**
     * Gershgorin discs of a square matrix, as intervals: disc i is
     * \( [\inf M_{ii} - r_i, \sup M_{ii} + r_i] \), \( r_i = \sum_{j \ne i} \max |M_{ij}| \) (rounded up). Every
     * eigenvalue of every real matrix in M lies in their union, and a connected component of the union made of
     * m discs contains exactly m eigenvalues (counted with algebraic multiplicity).
     *
     * @return the discs, one per row
     */
    public Interval[] gershgorinDiscs() {
        Interval[] discs = new Interval[rows];
        for (int i = 0; i < rows; i++) {
            double r = 0;
            for (int j = 0; j < cols; j++) {
                if (j != i) {
                    int a = i * cols + j;
                    r = Rounding.addUp(r, Math.max(Math.abs(lo[a]), Math.abs(hi[a])));
                }
            }
            int a = i * cols + i;
            discs[i] = Interval.of(Rounding.addDown(lo[a], -r), Rounding.addUp(hi[a], r));
        }
        return discs;
    }
}
