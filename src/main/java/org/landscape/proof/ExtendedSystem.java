package org.landscape.proof;

import org.landscape.interval.BigInterval;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalJet;
import org.landscape.interval.IntervalLoss;
import org.landscape.interval.IntervalMatrix;

/**
 * The extended system of a symmetry-breaking critical number (MATH.md section 6) as an {@link EnclosedMap}:
 * unknowns \( z = (y, \psi, \alpha) \), \( y \in \mathbb{R}^{m_G} \) the coordinates of \( W = B_G y \) in
 * \( \mathrm{Fix}(G) \), \( \psi \in \mathbb{R}^{m_K} \) in \( \mathrm{Fix}(K) \), \( K \le G \), and
 * \[ F(y,\alpha) = B_G^T \nabla L(B_G y) = 0, \quad E = B_K^T \nabla^2 L(B_G y)\, B_K \psi = 0, \quad
 *    \ell^T\psi - 1 = 0 . \]
 * At G-symmetric W the Hessian maps \( \mathrm{Fix}(K) \) into itself, so \( E = 0 \) says \( B_K\psi \) is a
 * kernel vector of the Hessian. The Jacobian needs the third derivatives
 * \( \partial_{y_j} \nabla^2 L \) and \( \partial_\alpha \nabla^2 L \): they come from the same generated evaluators
 * run on {@link IntervalJet}s with \( m_G + 1 \) directions (\( B_G e_j \) and alpha), so L must be \( C^3 \) on the
 * box (no parallel pair), which the jets enforce (a normal undefined in the box makes the derivative the whole
 * line and the proof fail). The value at the center is evaluated in {@link BigInterval} arithmetic. If Krawczyk
 * succeeds every Jacobian in the enclosure is nonsingular: with \( F_y \) nonsingular this means the zero
 * eigenvalue is simple in Fix(K) and \( \frac{d}{d\alpha}\lambda(\alpha) \ne 0 \) along the branch (a transversal
 * crossing). Not thread-safe.
 */
final class ExtendedSystem implements EnclosedMap {
    private final int k;
    private final int d;
    private final ExactFixedSubspace g;
    private final int[][] bg;
    private final int[][] bk;
    private final double[] ell;
    private final IntervalLoss<IntervalJet> jets;
    private final IntervalLoss<BigInterval> precise;

    /**
     * @param teacher V (read)
     * @param k       student width
     * @param g       exact basis of Fix(G)
     * @param kfix    exact basis of Fix(K)
     * @param ell     the normalisation vector (read, copied)
     */
    ExtendedSystem(double[][] teacher, int k, ExactFixedSubspace g, ExactFixedSubspace kfix, double[] ell) {
        this.k = k;
        this.d = teacher[0].length;
        this.g = g;
        this.bg = g.basis();
        this.bk = kfix.basis();
        this.ell = ell.clone();
        this.jets = new IntervalLoss<>(IntervalJet.field(bg.length + 1), teacher);
        this.precise = new IntervalLoss<>(BigInterval.field(LossMap.DIGITS), teacher);
    }

    int mg() {
        return bg.length;
    }

    int mk() {
        return bk.length;
    }

    @Override
    public int dimension() {
        return bg.length + bk.length + 1;
    }

    /** @return W = B_G y as flat boxes */
    Interval[] lift(Interval[] y) {
        return g.lift(y);
    }

    @Override
    public Interval[] valueAt(double[] z) {
        int mg = bg.length;
        int mk = bk.length;
        int kd = k * d;
        BigInterval[] w = new BigInterval[kd];
        for (int a = 0; a < kd; a++) {
            double x = 0;
            for (int j = 0; j < mg; j++) {
                if (bg[j][a] != 0) {
                    x = bg[j][a] * z[j];
                }
            }
            w[a] = BigInterval.of(Interval.point(x), LossMap.DIGITS);
        }
        IntervalLoss.Result<BigInterval> r = precise.evaluate(w, BigInterval.of(Interval.point(z[mg + mk]),
                LossMap.DIGITS), IntervalLoss.Order.HESSIAN);
        Interval[] out = new Interval[mg + mk + 1];
        for (int j = 0; j < mg; j++) {
            out[j] = combine(bg[j], r.gradient()).value();
        }
        // v = B_K psi (exact: one entry of psi per coordinate), then B_K^T (H v)
        BigInterval[] v = new BigInterval[kd];
        for (int a = 0; a < kd; a++) {
            double x = 0;
            for (int j = 0; j < mk; j++) {
                if (bk[j][a] != 0) {
                    x = bk[j][a] * z[mg + j];
                }
            }
            v[a] = BigInterval.of(Interval.point(x), LossMap.DIGITS);
        }
        BigInterval[] hv = new BigInterval[kd];
        for (int a = 0; a < kd; a++) {
            BigInterval s = null;
            for (int b = 0; b < kd; b++) {
                BigInterval t = r.hessian()[a * kd + b].multiply(v[b]);
                s = s == null ? t : s.add(t);
            }
            hv[a] = s;
        }
        for (int j = 0; j < mk; j++) {
            out[mg + j] = combine(bk[j], hv).value();
        }
        Interval n = Interval.point(-1);
        for (int j = 0; j < mk; j++) {
            n = n.add(Interval.point(ell[j]).multiply(Interval.point(z[mg + j])));
        }
        out[mg + mk] = n;
        return out;
    }

    private static BigInterval combine(int[] b, BigInterval[] x) {
        BigInterval s = null;
        for (int a = 0; a < b.length; a++) {
            if (b[a] != 0) {
                BigInterval t = b[a] > 0 ? x[a] : x[a].negate();
                s = s == null ? t : s.add(t);
            }
        }
        return s;
    }

    @Override
    public IntervalMatrix jacobianOver(Interval[] z) {
        int mg = bg.length;
        int mk = bk.length;
        int m = mg + mk + 1;
        int kd = k * d;
        int nd = mg + 1;
        Interval[] y = java.util.Arrays.copyOf(z, mg);
        Interval[] wv = lift(y);
        IntervalJet[] w = new IntervalJet[kd];
        for (int a = 0; a < kd; a++) {
            Interval[] der = new Interval[nd];
            java.util.Arrays.fill(der, Interval.ZERO);
            for (int j = 0; j < mg; j++) {
                if (bg[j][a] != 0) {
                    der[j] = Interval.point(bg[j][a]);
                }
            }
            w[a] = IntervalJet.of(wv[a], der);
        }
        IntervalJet alpha = IntervalJet.variable(z[m - 1], mg, nd);
        IntervalLoss.Result<IntervalJet> r = jets.evaluate(w, alpha, IntervalLoss.Order.HESSIAN);
        Interval[] jac = new Interval[m * m];
        java.util.Arrays.fill(jac, Interval.ZERO);
        // F rows: d/dy_j and d/dalpha of B_G^T g
        for (int i = 0; i < mg; i++) {
            for (int j = 0; j < nd; j++) {
                Interval s = Interval.ZERO;
                for (int a = 0; a < kd; a++) {
                    if (bg[i][a] != 0) {
                        Interval t = r.gradient()[a].derivative(j);
                        s = bg[i][a] > 0 ? s.add(t) : s.subtract(t);
                    }
                }
                jac[i * m + (j < mg ? j : m - 1)] = s;
            }
        }
        // E rows: B_K^T H B_K (psi columns), B_K^T (dH) B_K psi (y and alpha columns)
        Interval[] psi = java.util.Arrays.copyOfRange(z, mg, mg + mk);
        Interval[] v = new Interval[kd];
        java.util.Arrays.fill(v, Interval.ZERO);
        for (int j = 0; j < mk; j++) {
            for (int a = 0; a < kd; a++) {
                if (bk[j][a] != 0) {
                    v[a] = bk[j][a] > 0 ? psi[j] : psi[j].negate();
                }
            }
        }
        Interval[] hv = new Interval[kd * kd];
        for (int a = 0; a < kd * kd; a++) {
            hv[a] = r.hessian()[a].value();
        }
        IntervalMatrix hk = IntervalMatrix.of(hv, kd, kd).leftMultiply(rows(bk)).rightMultiplyTranspose(rows(bk));
        for (int i = 0; i < mk; i++) {
            for (int j = 0; j < mk; j++) {
                jac[(mg + i) * m + mg + j] = hk.get(i, j);
            }
        }
        for (int j = 0; j < nd; j++) {
            Interval[] dh = new Interval[kd * kd];
            for (int a = 0; a < kd * kd; a++) {
                dh[a] = r.hessian()[a].derivative(j);
            }
            Interval[] dhv = IntervalMatrix.of(dh, kd, kd).times(v);
            for (int i = 0; i < mk; i++) {
                Interval s = Interval.ZERO;
                for (int a = 0; a < kd; a++) {
                    if (bk[i][a] != 0) {
                        s = bk[i][a] > 0 ? s.add(dhv[a]) : s.subtract(dhv[a]);
                    }
                }
                jac[(mg + i) * m + (j < mg ? j : m - 1)] = s;
            }
        }
        for (int j = 0; j < mk; j++) {
            jac[(m - 1) * m + mg + j] = Interval.point(ell[j]);
        }
        return IntervalMatrix.of(jac, m, m);
    }

    private static double[][] rows(int[][] b) {
        double[][] r = new double[b.length][];
        for (int j = 0; j < b.length; j++) {
            r[j] = new double[b[j].length];
            for (int a = 0; a < b[j].length; a++) {
                r[j][a] = b[j][a];
            }
        }
        return r;
    }

    @Override
    public double[][] approximateJacobian(double[] z) {
        Interval[] thin = new Interval[z.length];
        for (int i = 0; i < z.length; i++) {
            thin[i] = Interval.point(z[i]);
        }
        return jacobianOver(thin).mid();
    }

    /** @return the double residual at z (for Newton on the extended system; mid of the enclosure) */
    double[] residual(double[] z) {
        Interval[] v = valueAt(z);
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i].mid();
        }
        return r;
    }
}
