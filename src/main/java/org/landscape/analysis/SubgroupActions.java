package org.landscape.analysis;

import org.landscape.base.InvalidInputException;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.rep.WeightMatrixAction;

/**
 * Subgroups of \( \Gamma = S_k \times S_d \) given by name, acting on \( M(k,d) \) by
 * \( W \mapsto P_\pi W P_\rho^T \). Any name {@link Groups#parse} accepts: {@code DeltaS5}, {@code Delta(S4xS1)},
 * {@code Delta(S3xS3)} (diagonal, \( \rho = \pi \)), {@code S5xS5} (rows and columns independently; at any k for
 * k = d, e.g. {@code S19xS1xS18xS2}: rows (19, 1), columns (18, 2)), {@code Delta(S3)xS2xS1xS1} (a diagonal block,
 * then the other rows' and columns' blocks: {@link YoungFamily}), {@code S5}
 * (acting diagonally as \( U \mapsto PUP^T \) when k = d, on rows only otherwise). The degree must be k + d (rows
 * and columns), k = d (diagonal) or k (rows).
 */
public final class SubgroupActions {
    private SubgroupActions() {
    }

    private static final java.util.regex.Pattern DELTA_YOUNG =
            java.util.regex.Pattern.compile("Delta(?:S(\\d+)|\\((S\\d+(?:xS\\d+)*)\\))");

    /**
     * @return the named group: a diagonal Young subgroup {@code DeltaS100} or {@code Delta(S24xS6)} of any size
     *         (from its generators, blocks of consecutive indices in the order written), anything else by
     *         {@link Groups#parse} (degree at most 16)
     */
    public static PermutationGroup group(String name, int k, int d) {
        java.util.regex.Matcher m = DELTA_YOUNG.matcher(name.replace(" ", ""));
        if (m.matches() && k == d) {
            int[] parts = m.group(1) != null ? new int[] {Integer.parseInt(m.group(1))}
                    : java.util.Arrays.stream(m.group(2).split("x")).mapToInt(p -> Integer.parseInt(p.substring(1)))
                    .toArray();
            int sum = java.util.Arrays.stream(parts).sum();
            if (sum != k) {
                throw AnalysisMessages.SUBGROUP_SHAPE.invalid(name, sum, sum, k, d);
            }
            if (2 * k > 16) {
                // beyond the element-table limit of group.Groups: only generators are needed for Fix(H), the
                // symmetry check and the orbit-reduced route
                return YoungFamily.diagonalYoung(parts);
            }
        }
        String t = name.replace(" ", "");
        boolean mixed = t.startsWith("Delta(") && t.indexOf(")x") > 0;
        if (k == d && (mixed || (PRODUCT.matcher(t).matches() && k + d > MAX_NAMED_DEGREE))) {
            // a Young subgroup as the family command names its members: rows and columns partitioned differently
            // (beyond the element-table limit of group.Groups) or a diagonal part with separate rows and columns
            return YoungFamily.at(t, k).group(k);
        }
        return Groups.parse(name);
    }

    /** Largest degree {@link Groups#parse} builds (element tables). */
    private static final int MAX_NAMED_DEGREE = 16;
    private static final java.util.regex.Pattern PRODUCT = java.util.regex.Pattern.compile("S\\d+(?:xS\\d+)+");

    /** @return the action on \( M(k,d) \) of the named group, or an {@link InvalidInputException} naming the fix */
    public static WeightMatrixAction onWeights(String name, int k, int d) {
        PermutationGroup g = group(name, k, d);
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
