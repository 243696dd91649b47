package org.landscape.proof.check;

import org.landscape.symbolic.KernelFormulas;
import org.landscape.symbolic.KernelFrameFormulas;
import org.landscape.symbolic.KernelFrameFormulas.FrameFormula;
import org.landscape.symbolic.KernelFrameFormulas.FrameVector;
import org.landscape.symbolic.KernelFrameFormulas.Term;
import org.matheclipse.core.interfaces.IExpr;

import java.util.HashMap;
import java.util.Map;

/**
 * The re-checker's enclosure of loss, gradient and Hessian over a box, written independently of
 * {@code interval.IntervalLoss}: the profiles \( g, h', s, t \) of \( K_\alpha \) and the frame coefficients are
 * the symbolic layer's expressions ({@link KernelFormulas}, {@link KernelFrameFormulas}) interpreted by
 * {@link ExpressionEvaluator}; the geometry uses \( u = \hat w\cdot\hat v \),
 * \( \theta = 2\arcsin(|\hat w \mp \hat v|/2) \) (the minus sign for \( u \ge 0 \), then \( \pi - \ldots \)),
 * \( \sin\theta = |d| \), \( n = d/|d| \), \( d = \hat v - u\hat w \), \( m = e/|e| \),
 * \( e = \hat w - u\hat v \) (other formulas than the prover's Kahan angle); the network sums visit every
 * ordered pair (i, j), j a student or a teacher, from i's side (no symmetry shortcut). Where |d| encloses 0 the
 * terms in n, m are bounded by their coefficient times [-1, 1]. Normalisation \( L = \tfrac12 E[(f_W - f_V)^2] \).
 */
final class IndependentLoss {
    private final double[][] teacher;
    private final ApInterval[][] teacherRows;
    private final int d;
    private final ApInterval alpha;
    private final Map<String, IExpr> profiles = KernelFormulas.get().profiles();
    private final KernelFrameFormulas frame = KernelFrameFormulas.get();

    IndependentLoss(double[][] teacher, ApInterval alpha) {
        this.teacher = teacher;
        this.teacherRows = new ApInterval[teacher.length][];
        this.d = teacher[0].length;
        this.alpha = alpha;
    }

    /** Loss, gradient (flat kd) and Hessian (kd x kd) over the box. */
    record Values(ApInterval loss, ApInterval[] gradient, ApInterval[][] hessian) {
    }

    /** The frame of one pair seen from w, with the frame formulas' inputs. */
    final class Pair {
        final ApInterval[] wh = new ApInterval[d];
        final ApInterval[] vh = new ApInterval[d];
        final ApInterval[] n = new ApInterval[d];
        final ApInterval[] m = new ApInterval[d];
        final boolean degenerate;
        final ExpressionEvaluator coefficients;

        Pair(ApInterval[] w, ApInterval[] v) {
            ApInterval r = norm(w);
            ApInterval rho = norm(v);
            ApInterval u = ApInterval.ZERO;
            // one division per norm, then products (an apfloat division costs an inverse root)
            ApInterval ir = ApInterval.of(1).divide(r);
            ApInterval irho = ApInterval.of(1).divide(rho);
            for (int c = 0; c < d; c++) {
                wh[c] = w[c].multiply(ir);
                vh[c] = v[c].multiply(irho);
                u = u.add(wh[c].multiply(vh[c]));
            }
            u = u.clamp(-1, 1);
            // theta = 2 arcsin(|w_hat - v_hat|/2) near 0, pi - 2 arcsin(|w_hat + v_hat|/2) near pi (no cancellation)
            ApInterval[] diff = new ApInterval[d];
            for (int c = 0; c < d; c++) {
                diff[c] = u.mid() >= 0 ? wh[c].subtract(vh[c]) : wh[c].add(vh[c]);
            }
            ApInterval half = ApInterval.rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO);
            ApInterval two = ApInterval.of(2);
            ApInterval arc = two.multiply(norm(diff).multiply(half).clamp(0, 1).asin());
            ApInterval theta = u.mid() >= 0 ? arc : ApInterval.PI.subtract(arc);
            for (int c = 0; c < d; c++) {
                n[c] = vh[c].subtract(u.multiply(wh[c]));
                m[c] = wh[c].subtract(u.multiply(vh[c]));
            }
            ApInterval nd = norm(n);
            ApInterval ne = norm(m);
            ApInterval sin = nd.clamp(0, 1); // |v_hat - u w_hat| = sin(theta), exact also for parallel pairs
            degenerate = nd.containsZero() || ne.containsZero();
            if (!degenerate) {
                ApInterval ind = ApInterval.of(1).divide(nd);
                ApInterval ine = ApInterval.of(1).divide(ne);
                for (int c = 0; c < d; c++) {
                    n[c] = n[c].multiply(ind);
                    m[c] = m[c].multiply(ine);
                }
            }
            Map<String, ApInterval> sym = new HashMap<>();
            sym.put("theta", theta);
            sym.put("alpha", alpha);
            ExpressionEvaluator p = new ExpressionEvaluator(sym, Map.of("theta", sin), Map.of("theta", u));
            Map<String, ApInterval> x = new HashMap<>(sym);
            for (String name : new String[]{"g", "hp", "s", "t"}) {
                x.put(name, p.eval(profiles.get(name)));
            }
            x.put("r", r);
            x.put("rho", rho);
            coefficients = new ExpressionEvaluator(x, Map.of("theta", sin), Map.of("theta", u));
        }

        ApInterval[] vector(FrameVector f) {
            return switch (f) {
                case W_HAT -> wh;
                case V_HAT -> vh;
                case N -> n;
                case M -> m;
            };
        }
    }

    /** @return the frame of the pair (w, v) seen from w (both read; non-zero) */
    Pair pair(ApInterval[] w, ApInterval[] v) {
        return new Pair(w, v);
    }

    /** @return the frame formulas */
    KernelFrameFormulas frame() {
        return frame;
    }

    /**
     * The terms i = l of row x: \( \tfrac12 K(x,x) \), the coefficient c of its gradient \( c\,\hat x \) and the
     * coefficient of its Hessian \( c_I I \) (the symbolic self formulas, halved).
     *
     * @return {value, gradient coefficient, Hessian coefficient, |x|}
     */
    ApInterval[] selfTerms(ApInterval[] x) {
        ApInterval half = ApInterval.rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO);
        Map<String, ApInterval> s = new HashMap<>();
        s.put("r", norm(x));
        s.put("alpha", alpha);
        ExpressionEvaluator self = new ExpressionEvaluator(s, Map.of(), Map.of());
        return new ApInterval[] {half.multiply(self.eval(frame.selfValue())),
                half.multiply(self.eval(frame.selfGradient().terms().get(0).coefficient())),
                half.multiply(self.eval(frame.selfHessian().identity())), s.get("r")};
    }

    ApInterval norm(ApInterval[] x) {
        ApInterval s = ApInterval.ZERO;
        for (ApInterval xi : x) {
            s = s.add(xi.square());
        }
        return s.sqrt();
    }

    private ApInterval[] row(ApInterval[] flat, int i) {
        ApInterval[] r = new ApInterval[d];
        System.arraycopy(flat, i * d, r, 0, d);
        return r;
    }

    /** @return row j of V as point intervals (converted once) */
    ApInterval[] teacherRow(int j) {
        if (teacherRows[j] == null) {
            ApInterval[] r = new ApInterval[d];
            for (int c = 0; c < d; c++) {
                r[c] = ApInterval.of(teacher[j][c]);
            }
            teacherRows[j] = r;
        }
        return teacherRows[j].clone();
    }

    /** Adds sign * (c_I I + sum c a b^T) of a frame formula into the d x d block at (bi, bj). */
    private void addBlock(ApInterval[][] h, int bi, int bj, Pair p, FrameFormula f, boolean minus) {
        ApInterval ci = p.coefficients.eval(f.identity());
        if (minus) {
            ci = ci.negate();
        }
        for (int c = 0; c < d; c++) {
            h[bi * d + c][bj * d + c] = h[bi * d + c][bj * d + c].add(ci);
        }
        for (Term t : f.terms()) {
            ApInterval ct = p.coefficients.eval(t.coefficient());
            if (minus) {
                ct = ct.negate();
            }
            FrameVector right = t.right().orElseThrow();
            boolean normal = t.left() == FrameVector.N || t.left() == FrameVector.M || right == FrameVector.N
                    || right == FrameVector.M;
            ApInterval[] a = p.vector(t.left());
            ApInterval[] b = p.vector(right);
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    ApInterval term = p.degenerate && normal ? ct.multiply(ApInterval.of(-1, 1))
                            : ct.multiply(a[r]).multiply(b[c]);
                    h[bi * d + r][bj * d + c] = h[bi * d + r][bj * d + c].add(term);
                }
            }
        }
    }

    Values evaluate(ApInterval[] w) {
        int k = w.length / d;
        int n = teacher.length;
        ApInterval half = ApInterval.rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO);
        ApInterval loss = ApInterval.ZERO;
        for (int j = 0; j < n; j++) {
            loss = loss.add(selfTerms(teacherRow(j))[0]);
            for (int l = 0; l < n; l++) {
                if (l != j) {
                    Pair p = new Pair(teacherRow(j), teacherRow(l));
                    loss = loss.add(half.multiply(p.coefficients.eval(frame.value())));
                }
            }
        }
        ApInterval[] g = new ApInterval[k * d];
        ApInterval[][] h = new ApInterval[k * d][k * d];
        java.util.Arrays.fill(g, ApInterval.ZERO);
        for (ApInterval[] rowH : h) {
            java.util.Arrays.fill(rowH, ApInterval.ZERO);
        }
        for (int i = 0; i < k; i++) {
            ApInterval[] wi = row(w, i);
            ApInterval[] self = selfTerms(wi);
            loss = loss.add(self[0]);
            for (int c = 0; c < d; c++) {
                g[i * d + c] = g[i * d + c].add(self[1].multiply(wi[c].divide(self[3])));
            }
            ApInterval ch = self[2];
            for (int c = 0; c < d; c++) {
                h[i * d + c][i * d + c] = h[i * d + c][i * d + c].add(ch);
            }
            for (int j = 0; j < k + n; j++) {
                if (j == i) {
                    continue;
                }
                boolean student = j < k;
                Pair p = new Pair(wi, student ? row(w, j) : teacherRow(j - k));
                ApInterval value = p.coefficients.eval(frame.value());
                loss = student ? loss.add(half.multiply(value)) : loss.subtract(value);
                for (Term t : frame.gradient().terms()) {
                    ApInterval ct = p.coefficients.eval(t.coefficient());
                    ApInterval[] a = p.vector(t.left());
                    for (int c = 0; c < d; c++) {
                        ApInterval x = ct.multiply(a[c]);
                        g[i * d + c] = student ? g[i * d + c].add(x) : g[i * d + c].subtract(x);
                    }
                }
                addBlock(h, i, i, p, frame.hessianWW(), !student);
                if (student) {
                    addBlock(h, i, j, p, frame.hessianWV(), false);
                }
            }
        }
        return new Values(loss, g, h);
    }
}
