package org.landscape.analysis;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.solve.JacobianSymmetry;
import org.landscape.solve.SmoothProblem;

/**
 * The critical-point equation \( F(y, \alpha) = B^T \nabla_W L(B y; V, \alpha) = 0 \) as a {@link SmoothProblem}
 * with the exact Jacobian \( J = B^T \nabla^2_W L(B y)\, B \) and parameter \( p = \alpha \) (MATH.md sections 3, 4
 * and 6). \( B \) (kd x m) has orthonormal columns spanning a subspace: the identity for the full space
 * (\( m = kd \)), or an orthonormal basis of \( \mathrm{Fix}(H) \) (rep.FixedPointSubspace). When
 * \( H \le \Gamma(V) \) the gradient at \( W \in \mathrm{Fix}(H) \) lies in \( \mathrm{Fix}(H) \) (it is
 * equivariant), so a zero of F is a critical point of L (principle of symmetric criticality).
 *
 * <p>Coordinates: W flattened \( i d + c \). Cost per residual \( O(k(k+n)d + kdm) \), per Jacobian
 * \( O(k(k+n)d^2 + (kd)^2 m) \). Needs every row of \( W = B y \) non-zero (a dead neuron is an
 * {@link InvalidInputException}). Not thread-safe (one loss evaluator per alpha is cached).
 */
public final class LossProblem implements SmoothProblem {
    private final double[][] teacher;
    private final int k;
    private final int d;
    private final double[][] basis; // m rows of length kd, or null for the identity
    private NetworkLoss loss;

    private LossProblem(double[][] teacher, int k, int d, double[][] basis) {
        this.teacher = Matrices.copy(teacher);
        this.k = k;
        this.d = d;
        this.basis = basis;
    }

    /** @return the problem in the full space \( M(k,d) \) */
    public static LossProblem full(double[][] teacher, int k) {
        Require.positive(k, "student width k");
        return new LossProblem(teacher, k, teacher[0].length, null);
    }

    /**
     * @param basis orthonormal rows of length kd spanning the subspace (read, copied)
     * @return the problem restricted to the span of {@code basis}
     */
    public static LossProblem restricted(double[][] teacher, int k, double[][] basis) {
        Require.positive(k, "student width k");
        int d = teacher[0].length;
        if (basis.length == 0) {
            throw new InvalidInputException("the fixed-point subspace is {0}: every W in it has dead neurons; "
                    + "choose a smaller subgroup");
        }
        double[][] b = new double[basis.length][];
        for (int j = 0; j < basis.length; j++) {
            Require.sameLength(k * d, basis[j].length, "subspace basis vector");
            b[j] = basis[j].clone();
        }
        return new LossProblem(teacher, k, d, b);
    }

    /** @return k */
    public int width() {
        return k;
    }

    /** @return d */
    public int inputDimension() {
        return d;
    }

    /** @return the teacher (copy) */
    public double[][] teacher() {
        return Matrices.copy(teacher);
    }

    /** @return true if restricted to a proper subspace basis */
    public boolean isRestricted() {
        return basis != null;
    }

    /** @return the basis rows (copy), the identity when not restricted */
    public double[][] basis() {
        if (basis == null) {
            double[][] id = new double[k * d][k * d];
            for (int a = 0; a < k * d; a++) {
                id[a][a] = 1;
            }
            return id;
        }
        return Matrices.copy(basis);
    }

    @Override
    public int dimension() {
        return basis == null ? k * d : basis.length;
    }

    /** @return the loss evaluator at alpha (cached) */
    NetworkLoss loss(double alpha) {
        if (loss == null || loss.alpha() != alpha) {
            loss = Models.loss(alpha, teacher);
        }
        return loss;
    }

    /** @return \( W = B y \) as a k x d matrix */
    public double[][] toMatrix(double[] y) {
        double[] flat = lift(y);
        double[][] w = new double[k][d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(flat, i * d, w[i], 0, d);
        }
        return w;
    }

    /** @return \( B y \), flattened */
    public double[] lift(double[] y) {
        if (basis == null) {
            return y.clone();
        }
        double[] x = new double[k * d];
        for (int j = 0; j < basis.length; j++) {
            double yj = y[j];
            double[] b = basis[j];
            for (int a = 0; a < x.length; a++) {
                x[a] += yj * b[a];
            }
        }
        return x;
    }

    /** @return \( B^T x \), the orthogonal projection's coordinates of a flattened W */
    public double[] project(double[] x) {
        if (basis == null) {
            return x.clone();
        }
        double[] y = new double[basis.length];
        for (int j = 0; j < basis.length; j++) {
            double s = 0;
            for (int a = 0; a < x.length; a++) {
                s += basis[j][a] * x[a];
            }
            y[j] = s;
        }
        return y;
    }

    @Override
    public void residual(double[] y, double p, double[] out) {
        double[] g = new double[k * d];
        loss(p).gradient(toMatrix(y), g);
        System.arraycopy(project(g), 0, out, 0, out.length);
    }

    @Override
    public void jacobian(double[] y, double p, double[] jac) {
        int kd = k * d;
        double[] h = new double[kd * kd];
        loss(p).hessian(toMatrix(y), h);
        if (basis == null) {
            System.arraycopy(h, 0, jac, 0, h.length);
            return;
        }
        int m = basis.length;
        double[][] hb = new double[m][kd]; // (H b_j) for each j
        for (int j = 0; j < m; j++) {
            double[] b = basis[j];
            double[] r = hb[j];
            for (int a = 0; a < kd; a++) {
                double s = 0;
                int o = a * kd;
                for (int c = 0; c < kd; c++) {
                    s += h[o + c] * b[c];
                }
                r[a] = s;
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int a = 0; a < kd; a++) {
                    s += basis[i][a] * hb[j][a];
                }
                jac[i * m + j] = s;
            }
        }
    }

    @Override
    public JacobianSymmetry jacobianSymmetry() {
        return JacobianSymmetry.SYMMETRIC;
    }
}
