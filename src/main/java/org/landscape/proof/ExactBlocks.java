package org.landscape.proof;

import org.landscape.analysis.GlobalMinimumStructure;
import org.landscape.group.Permutation;
import org.landscape.rep.WeightMatrixAction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exact bases of one copy of each multiplicity space of M(k,d) under the family's symmetry G, where they are known
 * in closed form: for \( G = \Delta S_k \) acting by \( U \mapsto PUP^T \) on M(k,k) (k >= 4) the integer pattern
 * vectors of {@link GlobalMinimumStructure#patternVectors} ([k], [k-1,1], [k-2,2], [k-2,1,1]). At a G-symmetric point
 * the span \( U_i \) of a component's patterns is invariant under the Hessian, so \( U_i^T H U_i \) is congruent to
 * that component's block (Sylvester) and \( n_-(H) = \sum_i \dim V_i \cdot n_-(U_i^T H U_i) \): the inertia of the
 * whole Hessian from a few matrices of size at most 3, each with simple eigenvalues, with no clusters of equal
 * eigenvalues to separate. Other groups: empty (the full-space route is used).
 */
final class ExactBlocks {
    /**
     * One copy of a component's multiplicity space.
     *
     * @param label          the component's label as in {@code continuation.IsotypicTestFunctions} (e.g. "5,1")
     * @param irrepDimension dim of the irreducible
     * @param vectors        the pattern vectors, rows of length kd (integer entries)
     */
    record Block(String label, int irrepDimension, double[][] vectors) {
    }

    private ExactBlocks() {
    }

    /** @return the blocks for G, if G is \( \Delta S_k \) acting diagonally on M(k,k), k >= 4 */
    static Optional<List<Block>> of(WeightMatrixAction g) {
        int k = g.rows();
        if (k != g.columns() || k < 4 || !g.group().order().equals(factorial(k)) || !diagonal(g)) {
            return Optional.empty();
        }
        long[][][][] p = GlobalMinimumStructure.patternVectors(k);
        String[] labels = {String.valueOf(k), (k - 1) + ",1", (k - 2) + ",2", (k - 2) + ",1,1"};
        int[] dims = {1, k - 1, k * (k - 3) / 2, (k - 1) * (k - 2) / 2};
        List<Block> out = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            double[][] rows = new double[p[c].length][k * k];
            for (int v = 0; v < p[c].length; v++) {
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        rows[v][i * k + j] = p[c][v][i][j];
                    }
                }
            }
            out.add(new Block(labels[c], dims[c], rows));
        }
        return Optional.of(out);
    }

    /** @return true if every generator maps (i, c) to (pi(i), pi(c)) with one permutation pi */
    private static boolean diagonal(WeightMatrixAction g) {
        int k = g.rows();
        int[] t = new int[k * k];
        int[] s = new int[k * k];
        for (Permutation p : g.group().generators()) {
            g.coordinateAction(p, t, s);
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < k; c++) {
                    if (s[i * k + c] != 1 || t[i * k + c] != (t[i * k + i] / k) * k + t[c * k + c] / k) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static BigInteger factorial(int k) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
