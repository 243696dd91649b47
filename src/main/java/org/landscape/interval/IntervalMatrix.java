package org.landscape.interval;

/**
 * A dense matrix of intervals (row-major lower and upper bounds) with the products a proof needs: point times
 * interval matrix, interval matrix times transposed point matrix, interval matrix times interval vector.
 * Short inner dimensions (below {@link #MIDRAD_FROM}) use the exact directed roundings of {@link Rounding} term by
 * term (about 10 ns per term). Longer ones use midpoint-radius arithmetic (S. M. Rump, Fast and parallel interval
 * arithmetic, BIT 39, 1999): \( \hat c = fl(\sum_k a_k m_k) \) with the midpoints m in plain double loops, and
 * \( |c - \hat c| \le \sum_k |a_k|\,(r_k + \gamma_n |m_k|) + n\eta \), r the radii,
 * \( \gamma_n = nu/(1 - nu) \), \( u = 2^{-53} \), \( \eta = 2^{-1074} \) (Higham, Accuracy and Stability,
 * Thm 3.5, with underflow); the bound is itself summed in floating point and scaled by \( 1 + 2(n+3)u \), which
 * covers the rounding of a sum of n + 1 non-negative terms. About 1 ns per term. Immutable after construction.
 */
public final class IntervalMatrix {
    /** Inner dimensions from which products use midpoint-radius arithmetic (measured: 10x faster at n = 400). */
    public static final int MIDRAD_FROM = 32;
    private static final double U = 0x1p-53;
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

    /** @return midpoints (rounded) and radii (upper bounds) of the entries */
    private double[][] midRad() {
        double[] mc = new double[lo.length];
        double[] mr = new double[lo.length];
        for (int i = 0; i < lo.length; i++) {
            if (!Double.isFinite(lo[i]) || !Double.isFinite(hi[i])) {
                mc[i] = 0;
                mr[i] = Double.POSITIVE_INFINITY;
                continue;
            }
            double c = lo[i] * 0.5 + hi[i] * 0.5;
            mc[i] = c;
            mr[i] = Math.max(Rounding.addUp(c, -lo[i]), Rounding.addUp(hi[i], -c));
        }
        return new double[][]{mc, mr};
    }

    /** @return \( \gamma_n \) rounded up generously */
    private static double gamma(int n) {
        double nu = n * U;
        return Math.nextUp(nu / (1 - nu)) * (1 + 1e-6);
    }

    /** The interval [c - rad, c + rad] of a midpoint-radius product entry; s the computed bound sum. */
    private static void store(double c, double s, int n, double[] l, double[] h, int at) {
        double rad = Rounding.addUp(Rounding.mulUp(s, 1 + 2 * (n + 3) * U), (n + 2) * Double.MIN_VALUE);
        l[at] = Rounding.addDown(c, -rad);
        h[at] = Rounding.addUp(c, rad);
    }

    private IntervalMatrix leftMultiplyMidRad(double[][] a) {
        int m = a.length;
        double[][] cr = midRad();
        double[] mc = cr[0];
        double[] mr = cr[1];
        double g = gamma(rows);
        double[] bound = new double[mc.length];
        for (int i = 0; i < mc.length; i++) {
            bound[i] = mr[i] + g * Math.abs(mc[i]);
        }
        double[] l = new double[m * cols];
        double[] h = new double[m * cols];
        double[] acc = new double[cols];
        double[] sum = new double[cols];
        for (int i = 0; i < m; i++) {
            java.util.Arrays.fill(acc, 0);
            java.util.Arrays.fill(sum, 0);
            double[] ai = a[i];
            for (int k = 0; k < rows; k++) {
                double x = ai[k];
                if (x == 0) {
                    continue;
                }
                double ax = Math.abs(x);
                int o = k * cols;
                for (int j = 0; j < cols; j++) {
                    acc[j] += x * mc[o + j];
                    sum[j] += ax * bound[o + j];
                }
            }
            for (int j = 0; j < cols; j++) {
                store(acc[j], sum[j], rows, l, h, i * cols + j);
            }
        }
        return new IntervalMatrix(m, cols, l, h);
    }

    private IntervalMatrix rightMultiplyTransposeMidRad(double[][] q) {
        int p = q.length;
        double[][] cr = midRad();
        double[] mc = cr[0];
        double[] mr = cr[1];
        double g = gamma(cols);
        double[] l = new double[rows * p];
        double[] h = new double[rows * p];
        double[] bound = new double[cols];
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int k = 0; k < cols; k++) {
                bound[k] = mr[o + k] + g * Math.abs(mc[o + k]);
            }
            for (int j = 0; j < p; j++) {
                double[] qj = q[j];
                double c = 0;
                double s = 0;
                for (int k = 0; k < cols; k++) {
                    c += mc[o + k] * qj[k];
                    s += bound[k] * Math.abs(qj[k]);
                }
                store(c, s, cols, l, h, i * p + j);
            }
        }
        return new IntervalMatrix(rows, p, l, h);
    }

    /** @return an enclosure of \( a \cdot M \), a point matrix with {@link #rows} columns (read) */
    public IntervalMatrix leftMultiply(double[][] a) {
        if (rows >= MIDRAD_FROM) {
            return leftMultiplyMidRad(a);
        }
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
        if (cols >= MIDRAD_FROM) {
            return rightMultiplyTransposeMidRad(q);
        }
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
