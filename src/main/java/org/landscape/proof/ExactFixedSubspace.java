package org.landscape.proof;

import org.landscape.base.InvalidInputException;
import org.landscape.group.Permutation;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.WeightMatrixAction;

import java.util.Arrays;
import java.util.Comparator;

/**
 * \( \mathrm{Fix}(H) \) with an exactly representable basis, for proofs by symmetric criticality (MATH.md section 4):
 * the signed indicator vectors \( b_j \in \{-1, 0, 1\}^{kd} \) of the H-orbits on coordinates (the orthonormal basis
 * of {@link FixedPointSubspace} scaled by \( \sqrt{|\mathrm{orbit}|} \)). They are pairwise orthogonal with
 * \( b_j^T b_j = |\mathrm{orbit}_j| \), and \( W = B y \) is computed exactly, so a zero of
 * \( F_H(y) = B^T \nabla L(By) \) is a critical point of \( L|_{\mathrm{Fix}(H)} \) exactly, hence of L, provided
 * H is a symmetry of L. That proviso is checked here exactly, not numerically: every generator must act as
 * \( W \mapsto P_\pi W P_\rho^T \) with the column permutation \( \rho \) permuting the rows of the teacher
 * (\( V P_\rho^T = P_\sigma V \), compared bit for bit), which makes \( L(P_\pi W P_\rho^T) = L(W) \) for every
 * alpha (MATH.md section 4). Signed actions are refused. Cost \( O(|S|\,(kd + n d \log n)) \) for S generators.
 */
public final class ExactFixedSubspace {
    private final int k;
    private final int d;
    private final int[][] basis;

    private ExactFixedSubspace(int k, int d, int[][] basis) {
        this.k = k;
        this.d = d;
        this.basis = basis;
    }

    /**
     * @param action  H acting on M(k,d) (read)
     * @param teacher V, n x d (read)
     * @return the exact basis of Fix(H)
     * @throws InvalidInputException if a generator is signed or does not permute the teacher's rows exactly
     */
    public static ExactFixedSubspace of(WeightMatrixAction action, double[][] teacher) {
        requireExactSymmetry(action, teacher);
        FixedPointSubspace fix = FixedPointSubspace.of(action);
        double[][] orth = fix.basis();
        int[][] b = new int[orth.length][orth[0].length];
        for (int j = 0; j < orth.length; j++) {
            for (int a = 0; a < orth[j].length; a++) {
                b[j][a] = (int) Math.signum(orth[j][a]);
            }
        }
        if (b.length == 0) {
            throw new InvalidInputException("Fix(" + action.group().name() + ") is {0}: every point in it has dead "
                    + "neurons");
        }
        return new ExactFixedSubspace(action.rows(), action.columns(), b);
    }

    /** @return the subspace spanned by the given exact basis (checked: entries in {-1, 0, 1}, length kd) */
    public static ExactFixedSubspace ofBasis(int k, int d, int[][] basis) {
        for (int[] col : basis) {
            if (col.length != k * d) {
                throw new InvalidInputException("basis vector of length " + col.length + ", expected k*d = " + k * d);
            }
            for (int x : col) {
                if (x < -1 || x > 1) {
                    throw new InvalidInputException("basis entries must be -1, 0 or 1, got " + x);
                }
            }
        }
        return new ExactFixedSubspace(k, d, Arrays.stream(basis).map(int[]::clone).toArray(int[][]::new));
    }

    /**
     * Checks that H is exactly a symmetry of L: unsigned action, and each generator's column permutation maps the
     * multiset of teacher rows to itself (exact comparison of doubles).
     */
    public static void requireExactSymmetry(WeightMatrixAction action, double[][] teacher) {
        if (action.mode() == WeightMatrixAction.Mode.SIGNED_ROWS_AND_COLUMNS) {
            throw new InvalidInputException("signed row actions are symmetries only at alpha = -1; proofs in their "
                    + "fixed-point subspaces are not supported");
        }
        int k = action.rows();
        int d = action.columns();
        if (teacher[0].length != d) {
            throw new InvalidInputException("teacher has d = " + teacher[0].length + " columns, the action " + d);
        }
        int[] t = new int[k * d];
        int[] s = new int[k * d];
        Comparator<double[]> lex = (x, y) -> {
            for (int c = 0; c < x.length; c++) {
                int r = Double.compare(x[c], y[c]);
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        };
        double[][] sorted = teacher.clone();
        Arrays.sort(sorted, lex);
        for (Permutation g : action.group().generators()) {
            action.coordinateAction(g, t, s);
            int base = (t[0] / d) * d; // row 0 goes to row pi(0); its columns give rho
            double[][] moved = new double[teacher.length][d];
            for (int j = 0; j < teacher.length; j++) {
                for (int c = 0; c < d; c++) {
                    moved[j][t[c] - base] = teacher[j][c];
                }
            }
            Arrays.sort(moved, lex);
            for (int j = 0; j < teacher.length; j++) {
                if (lex.compare(moved[j], sorted[j]) != 0) {
                    throw new InvalidInputException("generator " + g + " of " + action.group().name() + " does not "
                            + "permute the teacher's rows (V P_rho^T != P_sigma V exactly): it is no symmetry of the "
                            + "loss, so Fix(H) cannot be used in a proof");
                }
            }
        }
    }

    /** @return m = dim Fix(H) */
    public int dimension() {
        return basis.length;
    }

    /** @return the basis vectors as rows of length kd, entries -1, 0, 1 (copy) */
    public int[][] basis() {
        return Arrays.stream(basis).map(int[]::clone).toArray(int[][]::new);
    }

    /** @return the basis as a double matrix, rows = basis vectors (copy) */
    public double[][] basisRows() {
        double[][] r = new double[basis.length][];
        for (int j = 0; j < basis.length; j++) {
            r[j] = toDouble(basis[j]);
        }
        return r;
    }

    private static double[] toDouble(int[] x) {
        double[] r = new double[x.length];
        for (int a = 0; a < x.length; a++) {
            r[a] = x[a];
        }
        return r;
    }

    /** @return \( W = B y \), flat kd; exact for double y (each entry is one \( \pm y_j \) or 0) */
    public double[] lift(double[] y) {
        double[] x = new double[k * d];
        for (int j = 0; j < basis.length; j++) {
            for (int a = 0; a < x.length; a++) {
                if (basis[j][a] != 0) {
                    x[a] = basis[j][a] * y[j];
                }
            }
        }
        return x;
    }

    /** @return the coordinates of the orthogonal projection of W (flat) onto Fix(H): orbit averages */
    public double[] coordinates(double[] w) {
        double[] y = new double[basis.length];
        for (int j = 0; j < basis.length; j++) {
            double s = 0;
            int n = 0;
            for (int a = 0; a < w.length; a++) {
                if (basis[j][a] != 0) {
                    s += basis[j][a] * w[a];
                    n++;
                }
            }
            y[j] = s / n;
        }
        return y;
    }

    /** @return k */
    public int rows() {
        return k;
    }

    /** @return d */
    public int columns() {
        return d;
    }
}
