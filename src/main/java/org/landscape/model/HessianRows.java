package org.landscape.model;

/**
 * Row-block formulas of the loss Hessian (MATH.md section 3), over the pair table of
 * {@link StudentPairs}; with \( f = |x_j|/|w_i| \), signs \( \sigma_j = +1 \) for students and
 * \( -1 \) for teachers, \( \hat d = d/\sin\theta \), \( \hat e = e/\sin\theta \):
 * \[ H_{ii} = c_0 I + \sum_{j \ne i} \sigma_j f\,[\,s\,(I - \hat w_i \hat w_i^T) + t\,\hat d \hat d^T\,], \qquad
 *    H_{il} = h' I + s\,\hat w_i \hat w_l^T + t\,\hat d \hat e^T \ (l \ne i \text{ students}). \]
 * A row block writes the d rows of neuron i completely (every entry exactly once, no prior fill);
 * blocks left of the diagonal are written as the transpose of the right blocks with the same floating
 * point operations, so the matrix is exactly symmetric and equal, bit for bit, to the original
 * evaluator. Cost per row block: O((k+n) d^2) flops, d*kd doubles written.
 */
final class HessianRows {
    private HessianRows() {
    }

    /**
     * Writes rows {@code i d .. i d + d - 1} of the (kd) x (kd) Hessian into {@code out} (written).
     * Pass 1 visits the pairs (i, j) once: it writes the off-diagonal blocks and keeps each pair's normal
     * and coefficients; pass 2 builds the diagonal block row by row in a row accumulator at offset 0 (a loop
     * the JIT vectorises, unlike one at a variable offset into {@code out}), adding the pairs in the same
     * order and with the same operations as the original block-by-block loop, then copies each row out.
     */
    static void rowBlock(StudentPairs sp, int i, double a, double b, double self, double[] out,
                         Parallel.Scratch s) {
        int d = sp.d;
        int k = sp.k;
        int m = k * d;
        int cols = k + sp.n;
        s.ensureRows(cols, d);
        double[][] dRows = s.dRows;
        double[] fsj = s.fsj;
        double[] ftj = s.ftj;
        int count = 0;
        for (int j = 0; j < cols; j++) {
            if (j == i || sp.norm(j) == 0) {
                continue;
            }
            PairGeometry pg = sp.pair(i, j, a, b, s);
            double hp = s.prof[1];
            double sv = s.prof[2];
            double t = s.prof[3];
            double scale = j < k ? 1 : -1;
            double f = scale * pg.normV / pg.normW;
            fsj[count] = f * sv;
            ftj[count] = pg.sin2 > 0 ? f * t / pg.sin2 : 0;
            System.arraycopy(pg.d, 0, dRows[count], 0, d);
            count++;
            if (j < k) {
                writeWV(pg, hp, sv, t, out, (i * d) * m + j * d, m, d, i < j, s.y);
            }
        }
        double[] w = sp.unitW[i];
        double[] acc = s.x;
        int diag = (i * d) * m + i * d;
        for (int r = 0; r < d; r++) {
            java.util.Arrays.fill(acc, 0);
            acc[r] = self;
            double wr = w[r];
            for (int q = 0; q < count; q++) {
                double fs = fsj[q];
                double ft = ftj[q];
                double[] dv = dRows[q];
                double dr = dv[r];
                double diagonal = acc[r];
                for (int c = 0; c < d; c++) {
                    acc[c] += -fs * (wr * w[c]) + ft * (dr * dv[c]);
                }
                acc[r] = diagonal + (-fs * (wr * w[r]) + ft * (dr * dv[r]) + fs);
            }
            System.arraycopy(acc, 0, out, diag + r * m, d);
        }
    }

    /**
     * Block (i, l) through the row buffer {@code tmp}: {@code upper} as \( H_{il} \) from pair (i, l); else
     * the transpose of \( H_{li} \).
     */
    private static void writeWV(PairGeometry pg, double hp, double sv, double t, double[] out, int offset, int m,
                                int d, boolean upper, double[] tmp) {
        double fh = hp;
        double fs = sv;
        double ft = pg.sin2 > 0 ? 1.0 * t / pg.sin2 : 0;
        double[] w = pg.wHat;
        double[] v = pg.vHat;
        double[] dv = pg.d;
        double[] e = pg.e;
        for (int r = 0; r < d; r++) {
            if (upper) {
                double fwr = fs * w[r];
                double fdr = ft * dv[r];
                for (int c = 0; c < d; c++) {
                    tmp[c] = fwr * v[c] + fdr * e[c];
                }
                tmp[r] = fwr * v[r] + fdr * e[r] + fh;
            } else {
                double wr = w[r];
                double dr = dv[r];
                for (int c = 0; c < d; c++) {
                    tmp[c] = fs * v[c] * wr + ft * e[c] * dr;
                }
                tmp[r] = fs * v[r] * wr + ft * e[r] * dr + fh;
            }
            System.arraycopy(tmp, 0, out, offset + r * m, d);
        }
    }

    /**
     * Writes row i of the Hessian-vector product \( (H U)_i = H_{ii} U_i + \sum_{l \ne i} H_{il} U_l \)
     * without forming H: \( H_{ii}U_i = c_0 U_i + \sum_j \sigma_j f [s (U_i - \hat w_i(\hat w_i\cdot U_i))
     * + t \hat d (\hat d\cdot U_i)] \), \( H_{il} U_l = h' U_l + s\,\hat w_i (\hat w_l \cdot U_l) + t\,\hat d(\hat e\cdot U_l) \).
     * O((k+n) d) per row. {@code u} (read) and {@code out} (written) are flat k*d, distinct.
     */
    static void productRow(StudentPairs sp, int i, double a, double b, double self, double[] u, double[] out,
                           Parallel.Scratch s) {
        int d = sp.d;
        int k = sp.k;
        int oi = i * d;
        double[] wi = sp.unitW[i];
        double wu = 0;
        for (int c = 0; c < d; c++) {
            wu += wi[c] * u[oi + c];
        }
        double coefU = self;
        double coefW = 0;
        double[] acc = s.x;
        java.util.Arrays.fill(acc, 0);
        for (int j = 0; j < k + sp.n; j++) {
            if (j == i || sp.norm(j) == 0) {
                continue;
            }
            PairGeometry pg = sp.pair(i, j, a, b, s);
            double hp = s.prof[1];
            double sv = s.prof[2];
            double t = s.prof[3];
            double f = (j < k ? 1 : -1) * pg.normV / pg.normW;
            double ti = pg.sin2 > 0 ? t / pg.sin2 : 0;
            double[] dv = pg.d;
            double du = 0;
            for (int c = 0; c < d; c++) {
                du += dv[c] * u[oi + c];
            }
            coefU += f * sv;
            coefW -= f * sv * wu;
            double cd = f * ti * du;
            if (j < k) {
                int ol = j * d;
                double[] v = pg.vHat;
                double[] e = pg.e;
                double vu = 0;
                double eu = 0;
                for (int c = 0; c < d; c++) {
                    vu += v[c] * u[ol + c];
                    eu += e[c] * u[ol + c];
                }
                coefW += sv * vu;
                cd += ti * eu;
                for (int c = 0; c < d; c++) {
                    acc[c] += hp * u[ol + c];
                }
            }
            for (int c = 0; c < d; c++) {
                acc[c] += cd * dv[c];
            }
        }
        for (int c = 0; c < d; c++) {
            out[oi + c] = coefU * u[oi + c] + coefW * wi[c] + acc[c];
        }
    }
}
