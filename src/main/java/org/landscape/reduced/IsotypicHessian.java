package org.landscape.reduced;

import org.landscape.model.KernelEvaluator;
import org.landscape.solve.SymmetricEigenvalues;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hessian of the loss at a point of \( \mathrm{Fix}(H) \), H of Young type, split into its isotypic blocks
 * (Schur; see {@link IsotypicComponents}) without forming the kd x kd matrix: for each component, the Hessian form
 * on \( \mathrm{Fix}(K) \) of its point stabiliser K is computed from orbit sums ({@link OrbitReducedLoss}) and
 * compressed to the multiplicity space, \( B = Q\, A_K\, Q^T \); the eigenvalues of B are the component's
 * eigenvalues, each with the irreducible's dimension as multiplicity.
 *
 * <p>Error estimate per block: \( \|\delta B\|_2 \le \|\delta A_K\|_F \le \epsilon_t \|\,|A_K|\,\|_F \) with
 * \( \epsilon_t \) = {@link OrbitSums#TERM_ACCURACY} and \( |A_K| \) the absolute sums of the orbit terms, plus the
 * eigensolver's backward error \( 10\, m\, \epsilon \max|\lambda| \). This is a rounding estimate (strong evidence),
 * not a proof. Cost: one orbit-sum Hessian per component, independent of k.
 */
public final class IsotypicHessian {
    private IsotypicHessian() {
    }

    /**
     * One block.
     *
     * @param component   the isotypic component (irreducible, multiplicity-space basis)
     * @param eigenvalues the block's eigenvalues, ascending (each with multiplicity {@code component.dimension()})
     * @param errorBound  the rounding estimate for every eigenvalue of the block
     */
    public record Block(IsotypicComponents.Component component, double[] eigenvalues, double errorBound) {
        public Block {
            eigenvalues = eigenvalues.clone();
        }

        @Override
        public double[] eigenvalues() {
            return eigenvalues.clone();
        }
    }

    /**
     * @param shape   the Young shape of H
     * @param student W's values on the student orbits of H (read)
     * @param teacher V's values on the teacher orbits of H (read)
     * @param kernel  the compiled kernel at the slope
     * @return one block per component, in the order of {@link IsotypicComponents#of}
     */
    public static List<Block> of(YoungShape shape, double[] student, double[] teacher, KernelEvaluator kernel) {
        return of(IsotypicComponents.of(shape), student, teacher, kernel);
    }

    /**
     * @return the block matrix \( B = Q A_K Q^T \) of one component (its eigenvalues are the component's), on the
     *         multiplicity-space basis of the component
     */
    public static double[][] matrix(IsotypicComponents.Component c, double[] student, double[] teacher,
                                    KernelEvaluator kernel) {
        return compress(c.basis(), sums(c, student, teacher, kernel).orthonormalHessian(c.refinement().shape()));
    }

    private static OrbitSums sums(IsotypicComponents.Component c, double[] student, double[] teacher,
                                  KernelEvaluator kernel) {
        YoungRefinement k = c.refinement();
        YoungRefinement base = YoungRefinement.identity(k.base());
        double[] w = pull(student, k.orbitMap(base));
        double[] v = pull(teacher, k.teacherOrbitMap(base));
        return new OrbitReducedLoss(k.shape(), v, kernel).evaluate(w, OrbitReducedLoss.Order.HESSIAN);
    }

    /** As {@link #of(YoungShape, double[], double[], KernelEvaluator)} for precomputed components. */
    public static List<Block> of(List<IsotypicComponents.Component> components, double[] student, double[] teacher,
                                 KernelEvaluator kernel) {
        List<Block> out = new ArrayList<>();
        for (IsotypicComponents.Component c : components) {
            YoungRefinement k = c.refinement();
            OrbitSums sums = sums(c, student, teacher, kernel);
            double[][] a = sums.orthonormalHessian(k.shape());
            double[][] abs = sums.orthonormalHessianAbs(k.shape());
            double[][] q = c.basis();
            double[][] b = compress(q, a);
            double[] ev = SymmetricEigenvalues.of(b);
            double frob = 0;
            for (double[] row : abs) {
                for (double x : row) {
                    frob += x * x;
                }
            }
            double max = 0;
            for (double x : ev) {
                max = Math.max(max, Math.abs(x));
            }
            double bound = OrbitSums.TERM_ACCURACY * Math.sqrt(frob) + 10.0 * Math.max(1, ev.length) * Math.ulp(1.0) * max;
            out.add(new Block(c, ev, bound));
        }
        return out;
    }

    /** @return the fine orbit values of a pattern given on coarse orbits: \( x_o = y_{map(o)} \) */
    static double[] pull(double[] coarse, int[] map) {
        double[] x = new double[map.length];
        for (int o = 0; o < map.length; o++) {
            x[o] = coarse[map[o]];
        }
        return x;
    }

    /** @return \( Q A Q^T \) */
    private static double[][] compress(double[][] q, double[][] a) {
        int r = q.length;
        int m = a.length;
        double[][] aq = new double[r][m];
        for (int i = 0; i < r; i++) {
            for (int x = 0; x < m; x++) {
                double s = 0;
                for (int y = 0; y < m; y++) {
                    s += a[x][y] * q[i][y];
                }
                aq[i][x] = s;
            }
        }
        double[][] b = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                double s = 0;
                for (int x = 0; x < m; x++) {
                    s += q[i][x] * aq[j][x];
                }
                b[i][j] = s;
            }
        }
        return b;
    }
}
