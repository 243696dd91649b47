package org.landscape.model;

import org.landscape.compile.generated.LeakyKernelFrame;

/**
 * Row-block formulas of the loss Hessian (MATH.md section 3), over the pair table of
 * {@link StudentPairs}; with \( f = |x_j|/|w_i| \), signs \( \sigma_j = +1 \) for students and
 * \( -1 \) for teachers, \( \hat d = d/\sin\theta \), \( \hat e = e/\sin\theta \):
 * \[ H_{ii} = c_0 I + \sum_{j \ne i} \sigma_j f\,[\,c_I I + c_{ww}\,\hat w_i \hat w_i^T + c_{nn}\,\hat d \hat d^T\,], \qquad
 *    H_{il} = c'_I I + c'_{wv}\,\hat w_i \hat w_l^T + c'_{nm}\,\hat d \hat e^T \ (l \ne i \text{ students}), \]
 * with the derived coefficients of {@link LeakyKernelFrame} (structure in {@link FrameStructure}; today
 * \( c_I = s, c_{ww} = -s, c_{nn} = t \), \( c'_I = h', c'_{wv} = s, c'_{nm} = t \)) and \( c_0 \) the self term.
 * A row block writes the d rows of neuron i completely (every entry exactly once, no prior fill);
 * blocks left of the diagonal are written as the transpose of the right blocks with the same floating
 * point operations, so the matrix is exactly symmetric and equal, bit for bit, to the original
 * evaluator. Cost per row block: O((k+n) d^2) flops, d*kd doubles written.
 */
final class HessianRows {
    static {
        FrameStructure.require();
    }

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
        double[] fij = s.fij;
        double[] fsj = s.fsj;
        double[] ftj = s.ftj;
        int count = 0;
        for (int j = 0; j < cols; j++) {
            if (j == i || sp.norm(j) == 0) {
                continue;
            }
            PairGeometry pg = sp.pair(i, j, a, b, s);
            double g = s.prof[0];
            double hp = s.prof[1];
            double sv = s.prof[2];
            double t = s.prof[3];
            double scale = j < k ? 1 : -1;
            double f = scale * pg.normV / pg.normW;
            fij[count] = f * LeakyKernelFrame.hessianWWIdentity(g, hp, sv, t);
            fsj[count] = f * LeakyKernelFrame.hessianWW0(g, hp, sv, t);
            ftj[count] = pg.sin2 > 0 ? f * LeakyKernelFrame.hessianWW1(g, hp, sv, t) / pg.sin2 : 0;
            System.arraycopy(pg.d, 0, dRows[count], 0, d);
            count++;
            if (j < k) {
                writeWV(pg, g, hp, sv, t, out, (i * d) * m + j * d, m, d, i < j, s.y);
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
                double fi = fij[q];
                double fw = fsj[q];
                double ft = ftj[q];
                double[] dv = dRows[q];
                double dr = dv[r];
                double diagonal = acc[r];
                for (int c = 0; c < d; c++) {
                    acc[c] += fw * (wr * w[c]) + ft * (dr * dv[c]);
                }
                acc[r] = diagonal + (fw * (wr * w[r]) + ft * (dr * dv[r]) + fi);
            }
            System.arraycopy(acc, 0, out, diag + r * m, d);
        }
    }

    /**
     * Block (i, l) through the row buffer {@code tmp}: {@code upper} as \( H_{il} \) from pair (i, l); else
     * the transpose of \( H_{li} \).
     */
    private static void writeWV(PairGeometry pg, double g, double hp, double sv, double t, double[] out, int offset,
                                int m, int d, boolean upper, double[] tmp) {
        double fh = LeakyKernelFrame.hessianWVIdentity(g, hp, sv, t);
        double fs = LeakyKernelFrame.hessianWV0(g, hp, sv, t);
        double ft = pg.sin2 > 0 ? 1.0 * LeakyKernelFrame.hessianWV1(g, hp, sv, t) / pg.sin2 : 0;
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
     * without forming H: \( H_{ii}U_i = c_0 U_i + \sum_j \sigma_j f [c_I U_i + c_{ww} \hat w_i(\hat w_i\cdot U_i)
     * + c_{nn} \hat d (\hat d\cdot U_i)] \), \( H_{il} U_l = c'_I U_l + c'_{wv}\,\hat w_i (\hat w_l \cdot U_l)
     * + c'_{nm}\,\hat d(\hat e\cdot U_l) \) (coefficients as in the class comment).
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
            double g = s.prof[0];
            double hp = s.prof[1];
            double sv = s.prof[2];
            double t = s.prof[3];
            double f = (j < k ? 1 : -1) * pg.normV / pg.normW;
            double ti = pg.sin2 > 0 ? LeakyKernelFrame.hessianWW1(g, hp, sv, t) / pg.sin2 : 0;
            double[] dv = pg.d;
            double du = 0;
            for (int c = 0; c < d; c++) {
                du += dv[c] * u[oi + c];
            }
            coefU += f * LeakyKernelFrame.hessianWWIdentity(g, hp, sv, t);
            coefW += f * LeakyKernelFrame.hessianWW0(g, hp, sv, t) * wu;
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
                coefW += LeakyKernelFrame.hessianWV0(g, hp, sv, t) * vu;
                cd += (pg.sin2 > 0 ? LeakyKernelFrame.hessianWV1(g, hp, sv, t) / pg.sin2 : 0) * eu;
                double ch = LeakyKernelFrame.hessianWVIdentity(g, hp, sv, t);
                for (int c = 0; c < d; c++) {
                    acc[c] += ch * u[ol + c];
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
