package org.landscape.continuation;

import org.landscape.analysis.LossProblem;
import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.solve.JacobianSymmetry;
import org.landscape.solve.SmoothProblem;
import org.landscape.solve.SpectralBlocks;

/**
 * The critical-point equation in a subspace, \( F(y, \alpha) = B^T \nabla_W L(By; V, \alpha) \), with Jacobian
 * \( J = B^T \nabla^2_W L(By)\, B \) (MATH.md sections 3, 4, 6): issue 6's {@link LossProblem} (rows of B an
 * orthonormal basis of \( \mathrm{Fix}(H) \), principle of symmetric criticality), extended with what the continuation
 * needs: the full kd x kd Hessian at \( W = By \) ({@link HessianSource}), the loss value, and caller-supplied test
 * functions ({@link #withBlocks}), typically the isotypic blocks of the <em>full</em> Hessian.
 * \( \partial F / \partial \alpha \) is the central difference of {@link SmoothProblem}. Not thread-safe.
 */
public final class LossOnSubspace implements SmoothProblem, HessianSource {
    private final double[][] teacher;
    private final int k;
    private final int d;
    private final double[][] basis;
    private final LossProblem equation;
    private final SpectralBlocks blocks;
    private NetworkLoss loss;

    private LossOnSubspace(double[][] teacher, int k, double[][] basis, SpectralBlocks blocks) {
        this.teacher = teacher;
        this.k = k;
        this.d = teacher[0].length;
        this.basis = basis;
        this.equation = LossProblem.restricted(teacher, k, basis);
        this.blocks = blocks;
    }

    /**
     * @param teacher V (n x d), copied
     * @param k       student width
     * @param basis   orthonormal rows of length kd spanning the subspace, copied
     * @return the restricted problem, test function = the whole spectrum of the full Hessian
     */
    public static LossOnSubspace of(double[][] teacher, int k, double[][] basis) {
        Require.positive(k, "student width k");
        int d = teacher[0].length;
        if (basis.length == 0) {
            throw new InvalidInputException(ContinuationMessages.EMPTY_FIX.format());
        }
        double[][] b = new double[basis.length][];
        for (int j = 0; j < basis.length; j++) {
            Require.sameLength(k * d, basis[j].length, "subspace basis vector");
            b[j] = basis[j].clone();
        }
        double[][] v = new double[teacher.length][];
        for (int i = 0; i < v.length; i++) {
            v[i] = teacher[i].clone();
        }
        LossOnSubspace p = new LossOnSubspace(v, k, b, null);
        return p.withBlocks(IsotypicTestFunctions.wholeFullSpectrum(p));
    }

    /** @return the same problem with other test functions */
    public LossOnSubspace withBlocks(SpectralBlocks b) {
        return new LossOnSubspace(teacher, k, basis, Require.nonNull(b, "test functions"));
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
        double[][] v = new double[teacher.length][];
        for (int i = 0; i < v.length; i++) {
            v[i] = teacher[i].clone();
        }
        return v;
    }

    /** @return the basis rows (copy) */
    public double[][] basis() {
        double[][] b = new double[basis.length][];
        for (int i = 0; i < b.length; i++) {
            b[i] = basis[i].clone();
        }
        return b;
    }

    @Override
    public int dimension() {
        return basis.length;
    }

    private NetworkLoss loss(double alpha) {
        if (loss == null || loss.alpha() != alpha) {
            loss = Models.loss(alpha, teacher);
        }
        return loss;
    }

    /** @return \( W = B^T y \), flattened \( i d + c \) */
    public double[] lift(double[] y) {
        return equation.lift(y);
    }

    /** @return \( B w \): coordinates of the orthogonal projection of a flattened W */
    public double[] project(double[] w) {
        return equation.project(w);
    }

    /** @return W as a k x d matrix */
    public double[][] matrix(double[] flat) {
        double[][] w = new double[k][d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(flat, i * d, w[i], 0, d);
        }
        return w;
    }

    /** @return the loss at \( W = B^T y \) */
    public double lossAt(double[] y, double alpha) {
        return loss(alpha).loss(matrix(lift(y)));
    }

    @Override
    public int fullDimension() {
        return k * d;
    }

    /** Writes the full kd x kd Hessian at \( W = B^T y \) into {@code out}. */
    @Override
    public void fullHessian(double[] y, double alpha, double[] out) {
        loss(alpha).hessian(matrix(lift(y)), out);
    }

    @Override
    public void residual(double[] y, double p, double[] out) {
        equation.residual(y, p, out);
    }

    @Override
    public void jacobian(double[] y, double p, double[] jac) {
        equation.jacobian(y, p, jac);
    }

    @Override
    public JacobianSymmetry jacobianSymmetry() {
        return JacobianSymmetry.SYMMETRIC;
    }

    @Override
    public SpectralBlocks spectralBlocks() {
        return blocks;
    }
}
