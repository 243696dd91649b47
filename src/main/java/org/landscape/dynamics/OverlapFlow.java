package org.landscape.dynamics;

import org.landscape.analysis.Linear;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.landscape.model.Models;
import org.landscape.model.ProfileKernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The gradient flow written in the summary statistics \( Q = W W^T \), \( M = W V^T \) (\( P = V V^T \) fixed)
 * of Huang, Loureiro and Sarao Mannelli (arXiv 2604.09412; MATH.md section 3). With
 * \( \nabla_w K(w, x) = |x|\,[\,s\,\hat w + h'\,\hat x\,] \) (profiles s, h' of the angle) the gradient is
 * \( G = A W + B V \) with
 * \( A_{ii} = K(\hat w, \hat w) \ (= \tfrac{1+\alpha^2}{2}) + \sum_{l\ne i} \frac{|w_l|}{|w_i|} s(\theta_{il}) - \sum_j \frac{|v_j|}{|w_i|} s(\theta_{ij}) \),
 * \( A_{il} = h'(\theta_{il}) \), \( B_{ij} = -h'(\theta_{ij}) \), all functions of (Q, M, P) only, so
 * \[ \dot Q = -(A Q + B M^T) - (A Q + B M^T)^T, \qquad \dot M = -(A M + B P). \]
 * The profiles come from the compiled kernel gradient at a representative pair in the plane
 * (\( h' = g_2/\sin\theta \), \( s = g_1 - h'\cos\theta \)); for \( \sin\theta < 10^{-7} \) the pair term is
 * put on \( w_i \) alone (the two directions coincide). Angles from overlaps,
 * \( \cos\theta = Q_{il}/\sqrt{Q_{ii}Q_{ll}} \), lose accuracy near 0 and pi (about 1e-8 in theta): this form is for
 * dynamics and comparison, the W form for precision. State layout: upper triangle of Q row by row, then M row-major.
 * Seam: the {@code perf} branch adds an overlap form of the model; this class can then delegate to it.
 */
public final class OverlapFlow {
    private final int k;
    private final int n;
    private final double alpha;
    private final double[][] p;
    private final ProfileKernel kernel;
    private final double[] rep1 = {1, 0};
    private final double[] rep2 = new double[2];
    private final double[] g2 = new double[2];
    /** \( K(\hat w, \hat w) \): \( \tfrac12 \nabla_w [K(w, w)] = K(\hat w, \hat w)\, w \) (K is 2-homogeneous on the diagonal). */
    private final double self;

    /**
     * @param alpha leaky slope
     * @param V     teacher (read; P = V V^T is formed)
     * @param k     student width
     */
    public OverlapFlow(double alpha, double[][] V, int k) {
        this.alpha = alpha;
        this.k = k;
        this.n = V.length;
        this.p = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                p[a][b] = Linear.dot(V[a], V[b]);
            }
        }
        this.kernel = Models.kernel(alpha);
        this.self = kernel.value(rep1, rep1);
    }

    /** @return the state dimension k(k+1)/2 + k n */
    public int dimension() {
        return k * (k + 1) / 2 + k * n;
    }

    /** @return the overlap state (Q upper triangle, M) of W */
    public static double[] state(double[] wFlat, double[][] V, int k, int d) {
        int n = V.length;
        double[] y = new double[k * (k + 1) / 2 + k * n];
        int o = 0;
        for (int i = 0; i < k; i++) {
            for (int l = i; l < k; l++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    s += wFlat[i * d + c] * wFlat[l * d + c];
                }
                y[o++] = s;
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    s += wFlat[i * d + c] * V[j][c];
                }
                y[o++] = s;
            }
        }
        return y;
    }

    /** h' and s at the angle with the given cosine and sine (written into hs[0], hs[1]). */
    private void profiles(double cos, double sin, double[] hs) {
        rep2[0] = cos;
        rep2[1] = sin;
        kernel.gradientW(rep1, rep2, g2);
        if (sin < 1e-7) {
            hs[0] = 0;
            hs[1] = g2[0];
        } else {
            hs[0] = g2[1] / sin;
            hs[1] = g2[0] - hs[0] * cos;
        }
    }

    /**
     * Writes the overlap vector field at state y into out.
     *
     * @param y   read: (Q upper triangle, M)
     * @param out written
     */
    public void field(double[] y, double[] out) {
        double[][] q = new double[k][k];
        double[][] m = new double[k][n];
        int o = 0;
        for (int i = 0; i < k; i++) {
            for (int l = i; l < k; l++) {
                q[i][l] = y[o];
                q[l][i] = y[o++];
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = y[o++];
            }
        }
        double[][] a = new double[k][k];
        double[][] b = new double[k][n];
        double[] hs = new double[2];
        for (int i = 0; i < k; i++) {
            double ni = Math.sqrt(q[i][i]);
            a[i][i] = self;
            for (int l = 0; l < k; l++) {
                if (l == i) {
                    continue;
                }
                double nl = Math.sqrt(q[l][l]);
                angleProfiles(q[i][l], ni, nl, hs);
                a[i][i] += nl / ni * hs[1];
                a[i][l] += hs[0];
            }
            for (int j = 0; j < n; j++) {
                double nv = Math.sqrt(p[j][j]);
                if (nv == 0) {
                    continue;
                }
                angleProfiles(m[i][j], ni, nv, hs);
                a[i][i] -= nv / ni * hs[1];
                b[i][j] -= hs[0];
            }
        }
        // F = A Q + B M^T (k x k), dM = -(A M + B P)
        o = 0;
        double[][] f = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                double s = 0;
                for (int r = 0; r < k; r++) {
                    s += a[i][r] * q[r][l];
                }
                for (int j = 0; j < n; j++) {
                    s += b[i][j] * m[l][j];
                }
                f[i][l] = s;
            }
        }
        for (int i = 0; i < k; i++) {
            for (int l = i; l < k; l++) {
                out[o++] = -(f[i][l] + f[l][i]);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int r = 0; r < k; r++) {
                    s += a[i][r] * m[r][j];
                }
                for (int jj = 0; jj < n; jj++) {
                    s += b[i][jj] * p[jj][j];
                }
                out[o++] = -s;
            }
        }
    }

    private void angleProfiles(double inner, double na, double nb, double[] hs) {
        double cos = Math.max(-1, Math.min(1, inner / (na * nb)));
        double sin = Math.sqrt(Math.max(0, (1 - cos) * (1 + cos)));
        profiles(cos, sin, hs);
    }

    /** Integrates the overlap flow from the overlaps of W0 and compares with the W trajectory. */
    static FlowResult.OverlapComparison compare(double alpha, double[][] W0, double[][] V, double[] times,
                                                double[][] states, FlowSettings settings) {
        int k = W0.length;
        int d = W0[0].length;
        OverlapFlow flow = new OverlapFlow(alpha, V, k);
        int dim = flow.dimension();
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return dim;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] out = new double[dim];
                flow.field(y, out);
                return out;
            }
        };
        DormandPrince853Integrator integ = GradientFlow.integrator(settings);
        GradientFlow.Recorder rec = new GradientFlow.Recorder(times);
        integ.addStepHandler(rec);
        double[] y0 = state(Linear.flatten(W0), V, k, d);
        rec.addFinal(integ.integrate(ode, new ODEState(0, y0), times[times.length - 1]));
        int nq = k * (k + 1) / 2;
        int samples = Math.min(rec.states.size(), times.length);
        double[][] q = new double[samples][];
        double[][] m = new double[samples][];
        double dev = 0;
        for (int s = 0; s < samples; s++) {
            double[] y = rec.states.get(s);
            q[s] = Arrays.copyOfRange(y, 0, nq);
            m[s] = Arrays.copyOfRange(y, nq, dim);
            double[] fromW = state(states[s], V, k, d);
            for (int i = 0; i < dim; i++) {
                dev = Math.max(dev, Math.abs(fromW[i] - y[i]));
            }
        }
        // linearisation at the end of the W trajectory (mapped to overlaps)
        double[] yEnd = state(states[states.length - 1], V, k, d);
        List<double[]> rows = new ArrayList<>(Arrays.asList(V));
        boolean span = Linear.orthonormalBasis(rows, 1e-12).size() == d;
        String parallel = parallelPair(Linear.unflatten(states[states.length - 1], k, d), V);
        if (!parallel.isEmpty()) {
            return new FlowResult.OverlapComparison(Arrays.copyOf(times, samples), q, m, dev, span, new double[0], 0,
                    "no linearisation in (Q, M) at the end: the pair " + parallel + " is parallel or antiparallel, where "
                    + "theta = arccos(Q_il / sqrt(Q_ii Q_ll)) behaves like sqrt(1 - cos) and the overlap field is not "
                    + "differentiable (L is C^2 in W there, not in the overlaps); use the W Hessian");
        }
        double[][] jac = new double[dim][dim];
        double[] fp = new double[dim];
        double[] fm = new double[dim];
        for (int c = 0; c < dim; c++) {
            double h = 1e-6 * Math.max(1, Math.abs(yEnd[c]));
            double[] yp = yEnd.clone();
            double[] ym = yEnd.clone();
            yp[c] += h;
            ym[c] -= h;
            flow.field(yp, fp);
            flow.field(ym, fm);
            for (int r = 0; r < dim; r++) {
                jac[r][c] = (fp[r] - fm[r]) / (2 * h);
            }
        }
        Complex[] ev = new EigenDecompositionNonSymmetric(new Array2DRowRealMatrix(jac, false)).getEigenvalues();
        double[] re = new double[ev.length];
        double max = 0;
        for (int i = 0; i < ev.length; i++) {
            re[i] = ev[i].getReal();
            max = Math.max(max, ev[i].norm());
        }
        Arrays.sort(re);
        int unstable = 0;
        for (double r : re) {
            if (r > 1e-6 * Math.max(max, 1e-300)) {
                unstable++;
            }
        }
        String note = "fixed points of the overlap flow are exactly the critical points of L (dL/dt = -|grad L|^2 along "
                + "both flows); " + (span
                ? "the rows of V span R^d, so M = W V^T determines W: the kd eigenvalues of -H appear among the "
                + dim + " Jacobian eigenvalues, the other " + Math.max(0, dim - k * d) + " belong to directions "
                + "transverse to the realisable set {(W W^T, W V^T)}"
                : "the rows of V do not span R^d: rotations of the complement of span(V) leave (Q, M) unchanged, "
                + "so W is not determined by its overlaps and the stability of a fixed point in (Q, M) is that of an orbit in W");
        return new FlowResult.OverlapComparison(Arrays.copyOf(times, samples), q, m, dev, span, re, unstable, note);
    }

    /** @return "(w_i, x)" for the first pair with sin(theta) below the threshold, or "" */
    static String parallelPair(double[][] w, double[][] V) {
        for (int i = 0; i < w.length; i++) {
            for (int l = 0; l < w.length + V.length; l++) {
                if (l == i) {
                    continue;
                }
                double[] x = l < w.length ? w[l] : V[l - w.length];
                if (Linear.isZero(x) || Linear.isZero(w[i])) {
                    continue;
                }
                if (org.landscape.model.PairAngle.sinTheta(w[i], x) < DynamicsThresholds.PARALLEL_SIN) {
                    return "(w_" + i + ", " + (l < w.length ? "w_" + l : "v_" + (l - w.length)) + ")";
                }
            }
        }
        return "";
    }
}
