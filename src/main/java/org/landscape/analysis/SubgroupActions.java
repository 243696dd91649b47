package org.landscape.analysis;

import org.landscape.base.InvalidInputException;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.rep.WeightMatrixAction;

/**
 * Subgroups of \( \Gamma = S_k \times S_d \) given by name, acting on \( M(k,d) \) by
 * \( W \mapsto P_\pi W P_\rho^T \). Any name {@link Groups#parse} accepts: {@code DeltaS5}, {@code Delta(S4xS1)},
 * {@code Delta(S3xS3)} (diagonal, \( \rho = \pi \)), {@code S5xS5} (rows and columns independently), {@code S5}
 * (acting diagonally as \( U \mapsto PUP^T \) when k = d, on rows only otherwise). The degree must be k + d (rows
 * and columns), k = d (diagonal) or k (rows).
 */
public final class SubgroupActions {
    private SubgroupActions() {
    }

    /** @return the action on \( M(k,d) \) of the named group, or an {@link InvalidInputException} naming the fix */
    public static WeightMatrixAction onWeights(String name, int k, int d) {
        java.util.regex.Matcher big = java.util.regex.Pattern.compile("DeltaS(\\d+)").matcher(name.trim());
        if (big.matches() && Integer.parseInt(big.group(1)) == k && k == d && 2 * k > 16) {
            // beyond the element-table limit of group.Groups: Delta S_k by its two generators (only generators are
            // needed for Fix(H) and the symmetry check)
            return WeightMatrixAction.of(YoungFamily.diagonalYoung(k), k, d);
        }
        PermutationGroup g = Groups.parse(name);
        int n = g.degree();
        WeightMatrixAction a;
        if (k == d && (n == k || n == 2 * k)) {
            a = WeightMatrixAction.mkk(g);
        } else if (n == k + d || n == k) {
            a = WeightMatrixAction.of(g, k, d);
        } else {
            throw AnalysisMessages.SUBGROUP_DEGREE.invalid(name, n, k, d);
        }
        if (a.rows() != k || a.columns() != d) {
            throw AnalysisMessages.SUBGROUP_SHAPE.invalid(name, a.rows(), a.columns(), k, d);
        }
        return a;
    }
}
