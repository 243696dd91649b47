package org.landscape.interval;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

import java.math.BigDecimal;

/**
 * A 50-digit reference for the interval and proof tests, typed in the test tree from the literature and
 * independent of the code under test (no generated evaluator, no Symja): the kernel
 * \( K = |w||v|\,h(u) \), \( h(u) = a^2 u + B(\sqrt{1-u^2} + u \arcsin u) \), \( B = 2b^2/\pi \),
 * \( a = (1+\alpha)/2 \), \( b = (1-\alpha)/2 \) (Cho and Saul 2009 through \( |z| = 2\mathrm{relu}(z) - z \)),
 * with \( h' = a^2 + B\arcsin u \), \( h'' = B/\sqrt{1-u^2} \) and the derivative template of STACK-NOTES:
 * \( \nabla_w K = |v|[(h - uh')\hat w + h'\hat v] \), \( \nabla^2_{ww} K = \frac{|v|}{|w|}[(h-uh')(I - \hat w\hat w^T)
 * + h'' d d^T] \), \( \nabla^2_{wv} K = h' I + (h - uh')\hat w\hat v^T + h'' d e^T \), \( d = \hat v - u\hat w \),
 * \( e = \hat w - u\hat v \) (the products \( h'' d d^T \to 0 \) at \( u = \pm 1 \)). All in {@link Dfp} with 50
 * digits, elementary functions by apfloat at 60 digits ({@code DfpMath.atan} was measured off by 5e-37);
 * Newton's method and inertia counts (Sylvester, LDL^T) on top.
 */
public final class HighPrecisionReference {
    /** The 50-digit field. */
    public static final DfpField FIELD = new DfpField(50);
    private final Dfp alpha;
    private final Dfp a2;
    private final Dfp bB;

    /** @param alpha the slope, an exact decimal or double */
    public HighPrecisionReference(BigDecimal alpha) {
        this.alpha = dfp(alpha);
        Dfp one = FIELD.getOne();
        Dfp a = one.add(this.alpha).divide(2);
        Dfp b = one.subtract(this.alpha).divide(2);
        this.a2 = a.multiply(a);
        this.bB = b.multiply(b).multiply(2).divide(FIELD.getPi());
    }

    /** @param alpha the slope */
    public HighPrecisionReference(double alpha) {
        this(new BigDecimal(alpha));
    }

    /** @return the exact value of x in the field (rounded to 50 digits) */
    public static Dfp dfp(BigDecimal x) {
        return FIELD.newDfp(x.round(new java.math.MathContext(60)).toString());
    }

    /** @return the exact value of x in the field */
    public static Dfp dfp(double x) {
        return x == 0 ? FIELD.getZero() : dfp(new BigDecimal(x));
    }

    /** @return x as BigDecimal */
    public static BigDecimal big(Dfp x) {
        return x.isZero() ? BigDecimal.ZERO : new BigDecimal(x.toString());
    }

    /** @return true if the interval contains x (compared exactly) */
    public static boolean inside(Interval i, Dfp x) {
        BigDecimal b = big(x);
        return new BigDecimal(i.lo()).compareTo(b) <= 0 && b.compareTo(new BigDecimal(i.hi())) <= 0;
    }

    /** @return matrix of doubles as Dfp */
    public static Dfp[][] dfp(double[][] m) {
        Dfp[][] r = new Dfp[m.length][];
        for (int i = 0; i < m.length; i++) {
            r[i] = new Dfp[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                r[i][j] = dfp(m[i][j]);
            }
        }
        return r;
    }

    private static Dfp norm(Dfp[] x) {
        Dfp s = FIELD.getZero();
        for (Dfp xi : x) {
            s = s.add(xi.multiply(xi));
        }
        return s.sqrt();
    }

    private static Dfp dot(Dfp[] x, Dfp[] y) {
        Dfp s = FIELD.getZero();
        for (int i = 0; i < x.length; i++) {
            s = s.add(x[i].multiply(y[i]));
        }
        return s;
    }

    /** h(u) given \( \arcsin u \). */
    private Dfp h(Dfp u, Dfp arcsin) {
        Dfp one = FIELD.getOne();
        Dfp root = one.subtract(u.multiply(u));
        root = root.negativeOrNull() ? FIELD.getZero() : root.sqrt();
        return a2.multiply(u).add(bB.multiply(root.add(u.multiply(arcsin))));
    }

    /** h'(u) given \( \arcsin u \). */
    private Dfp hp(Dfp arcsin) {
        return a2.add(bB.multiply(arcsin));
    }

    /** @return arcsin by apfloat at 60 digits */
    public static Dfp asin(Dfp u) {
        return FIELD.newDfp(ApfloatMath.asin(new Apfloat(u.toString(), 60)).toString(true));
    }

    /** @return sin by apfloat at 60 digits */
    public static Dfp sin(Dfp x) {
        return FIELD.newDfp(ApfloatMath.sin(new Apfloat(x.toString(), 60)).toString(true));
    }

    /** @return cos by apfloat at 60 digits */
    public static Dfp cos(Dfp x) {
        return FIELD.newDfp(ApfloatMath.cos(new Apfloat(x.toString(), 60)).toString(true));
    }

    /** @return arctan by apfloat at 60 digits */
    public static Dfp atan(Dfp x) {
        return FIELD.newDfp(ApfloatMath.atan(new Apfloat(x.toString(), 60)).toString(true));
    }

    private static Dfp clamp(Dfp u) {
        Dfp one = FIELD.getOne();
        return u.greaterThan(one) ? one : u.lessThan(one.negate()) ? one.negate() : u;
    }

    /** Kernel pieces of one pair: value, gradient in w, Hessian blocks ww and wv (row-major d x d). */
    private record Pair(Dfp value, Dfp[] grad, Dfp[] ww, Dfp[] wv) {
    }

    private Pair pair(Dfp[] w, Dfp[] v) {
        int d = w.length;
        Dfp nw = norm(w);
        Dfp nv = norm(v);
        Dfp[] wh = new Dfp[d];
        Dfp[] vh = new Dfp[d];
        for (int c = 0; c < d; c++) {
            wh[c] = w[c].divide(nw);
            vh[c] = v[c].divide(nv);
        }
        Dfp u = clamp(dot(wh, vh));
        Dfp arcsin = asin(u);
        Dfp hv = h(u, arcsin);
        Dfp h1 = hp(arcsin);
        Dfp s = hv.subtract(u.multiply(h1));
        Dfp one = FIELD.getOne();
        Dfp sin2 = one.subtract(u.multiply(u));
        Dfp h2 = sin2.negativeOrNull() ? FIELD.getZero() : bB.divide(sin2.sqrt());
        Dfp[] dd = new Dfp[d];
        Dfp[] ee = new Dfp[d];
        for (int c = 0; c < d; c++) {
            dd[c] = vh[c].subtract(u.multiply(wh[c]));
            ee[c] = wh[c].subtract(u.multiply(vh[c]));
        }
        Dfp[] g = new Dfp[d];
        for (int c = 0; c < d; c++) {
            g[c] = nv.multiply(s.multiply(wh[c]).add(h1.multiply(vh[c])));
        }
        Dfp ratio = nv.divide(nw);
        Dfp[] ww = new Dfp[d * d];
        Dfp[] wv = new Dfp[d * d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                Dfp id = r == c ? one : FIELD.getZero();
                ww[r * d + c] = ratio.multiply(s.multiply(id.subtract(wh[r].multiply(wh[c])))
                        .add(h2.multiply(dd[r]).multiply(dd[c])));
                wv[r * d + c] = h1.multiply(id).add(s.multiply(wh[r]).multiply(vh[c]))
                        .add(h2.multiply(dd[r]).multiply(ee[c]));
            }
        }
        return new Pair(nw.multiply(nv).multiply(hv), g, ww, wv);
    }

    /**
     * Loss, gradient (flat kd) and Hessian (flat (kd)^2) at W (k x d) for teacher V.
     *
     * @return {loss}, gradient, Hessian
     */
    public Dfp[][] evaluate(Dfp[][] w, Dfp[][] v) {
        int k = w.length;
        int d = w[0].length;
        int kd = k * d;
        Dfp zero = FIELD.getZero();
        Dfp loss = zero;
        Dfp[] g = new Dfp[kd];
        Dfp[] h = new Dfp[kd * kd];
        java.util.Arrays.fill(g, zero);
        java.util.Arrays.fill(h, zero);
        Dfp selfc = FIELD.getOne().add(alpha.multiply(alpha)).divide(2); // K(w,w) = (1+alpha^2)/2 |w|^2
        for (Dfp[] vj : v) {
            for (Dfp[] vl : v) {
                loss = loss.add(pairValue(vj, vl, selfc).divide(2));
            }
        }
        for (int i = 0; i < k; i++) {
            loss = loss.add(pairValue(w[i], w[i], selfc).divide(2));
            for (int c = 0; c < d; c++) {
                g[i * d + c] = g[i * d + c].add(selfc.multiply(w[i][c]));
                h[(i * d + c) * kd + i * d + c] = h[(i * d + c) * kd + i * d + c].add(selfc);
            }
            for (int l = 0; l < k + v.length; l++) {
                if (l == i) {
                    continue;
                }
                boolean student = l < k;
                Dfp[] other = student ? w[l] : v[l - k];
                Pair p = pair(w[i], other);
                Dfp sign = student ? FIELD.getOne() : FIELD.getOne().negate();
                if (student && l > i) {
                    loss = loss.add(p.value());
                } else if (!student) {
                    loss = loss.subtract(p.value());
                }
                for (int c = 0; c < d; c++) {
                    g[i * d + c] = g[i * d + c].add(sign.multiply(p.grad()[c]));
                    for (int e = 0; e < d; e++) {
                        int a = (i * d + c) * kd + i * d + e;
                        h[a] = h[a].add(sign.multiply(p.ww()[c * d + e]));
                        if (student) {
                            int b = (i * d + c) * kd + l * d + e;
                            h[b] = p.wv()[c * d + e];
                        }
                    }
                }
            }
        }
        return new Dfp[][]{{loss}, g, h};
    }

    private Dfp pairValue(Dfp[] x, Dfp[] y, Dfp selfc) {
        if (x == y) {
            Dfp n = norm(x);
            return selfc.multiply(n).multiply(n);
        }
        return pair(x, y).value();
    }

    /** Newton's method from a start (k x d) for grad L = 0 in 50 digits: the critical point nearest the start. */
    public Dfp[][] newton(double[][] start, double[][] teacher) {
        int k = start.length;
        int d = start[0].length;
        Dfp[][] w = dfp(start);
        Dfp[][] v = dfp(teacher);
        Dfp tol = FIELD.newDfp("1e-46");
        for (int it = 0; it < 12; it++) {
            Dfp[][] e = evaluate(w, v);
            Dfp[] step = solve(e[2], e[1], k * d);
            Dfp max = FIELD.getZero();
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < d; c++) {
                    w[i][c] = w[i][c].subtract(step[i * d + c]);
                    max = max.abs().greaterThan(step[i * d + c].abs()) ? max.abs() : step[i * d + c].abs();
                }
            }
            if (max.lessThan(tol)) {
                break; // quadratic convergence: the next step would be below 1e-90
            }
        }
        return w;
    }

    /** @return the solution of A x = b (Gaussian elimination with partial pivoting), A flat n x n */
    public static Dfp[] solve(Dfp[] flat, Dfp[] b, int n) {
        Dfp[][] a = new Dfp[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = flat[i * n + j];
            }
            a[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (a[r][col].abs().greaterThan(a[piv][col].abs())) {
                    piv = r;
                }
            }
            Dfp[] t = a[col];
            a[col] = a[piv];
            a[piv] = t;
            for (int r = col + 1; r < n; r++) {
                Dfp fct = a[r][col].divide(a[col][col]);
                for (int j = col; j <= n; j++) {
                    a[r][j] = a[r][j].subtract(fct.multiply(a[col][j]));
                }
            }
        }
        Dfp[] x = new Dfp[n];
        for (int i = n - 1; i >= 0; i--) {
            Dfp s = a[i][n];
            for (int j = i + 1; j < n; j++) {
                s = s.subtract(a[i][j].multiply(x[j]));
            }
            x[i] = s.divide(a[i][i]);
        }
        return x;
    }

    /**
     * @return the number of eigenvalues of the symmetric flat n x n matrix below {@code shift}: the number of
     *         negative pivots of \( A - \mathrm{shift}\, I = L D L^T \) (Sylvester's law of inertia)
     */
    public static int eigenvaluesBelow(Dfp[] flat, int n, Dfp shift) {
        Dfp[][] a = new Dfp[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = flat[i * n + j];
            }
            a[i][i] = a[i][i].subtract(shift);
        }
        int negative = 0;
        for (int col = 0; col < n; col++) {
            Dfp p = a[col][col];
            if (p.isZero()) {
                throw new ArithmeticException("zero pivot: shift is an eigenvalue of a leading block");
            }
            if (p.negativeOrNull()) {
                negative++;
            }
            for (int r = col + 1; r < n; r++) {
                Dfp fct = a[r][col].divide(p);
                for (int j = col; j < n; j++) {
                    a[r][j] = a[r][j].subtract(fct.multiply(a[col][j]));
                }
            }
        }
        return negative;
    }
}
