package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.group.ElementTable;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.group.StructureNames;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.rep.WeightMatrixAction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Isotropy subgroups of numeric points and checks that a subgroup is a symmetry of the loss.
 *
 * <p>The symmetry group of \( L(\cdot; V) \) used here is \( \Gamma(V) = S_k \times \mathrm{Stab}(V) \) where
 * \( \mathrm{Stab}(V) = \{\rho \in S_d : P_\sigma V P_\rho^T = V \text{ for some } \sigma \in S_n\} \) (column
 * permutations that permute the teacher's rows); for \( V = I_k \) this is \( S_k \times S_k \) (MATH.md
 * section 4). The isotropy of W is the projection to (rows of W, columns) of the automorphism group of the stacked
 * matrix \( [W; V] \) whose row permutations keep W rows and V rows apart ({@link MatrixAutomorphisms}).
 * For the teacher \( [I_n\ 0] \) and \( d \le 8 \) the isotropy of the canonical representative of W's orbit
 * ({@link CensusMerging#canonical}) is attached: conjugate points get the same canonical isotropy.
 */
public final class Isotropies {
    /** Default relative tolerance: entries equal when they differ by at most this times \( \max|W_{ic}| \). */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-8;
    /** Largest group order named by its structure (the element table is built). */
    static final int NAMED_ORDER_LIMIT = 50_000;

    private Isotropies() {
    }

    /**
     * @param w       student, k x d (read)
     * @param teacher teacher, n x d (read)
     * @param relTol  relative entry tolerance (times \( \max(|W|_\infty, |V|_\infty) \))
     * @return \( \Gamma_W \) with generators, order and structure
     */
    public static IsotropySubgroup of(double[][] w, double[][] teacher, double relTol) {
        IsotropySubgroup raw = compute(w, teacher, relTol);
        int n = unitTeacherWidth(teacher);
        if (n < 0 || w[0].length > CensusMerging.EXHAUSTIVE_D) {
            return raw;
        }
        IsotropySubgroup canon = compute(CensusMerging.canonical(w, n), teacher, relTol);
        return new IsotropySubgroup(raw.group(), raw.k(), raw.d(), raw.order(), raw.structure(), raw.evidence(),
                java.util.Optional.of(canon));
    }

    /**
     * @return {@code iso} with the isotropy of the canonical representative of W's orbit attached, when it can be
     *         formed (teacher \( [I_n\ 0] \), \( d \le \) {@link CensusMerging#EXHAUSTIVE_D}); {@code iso} otherwise
     */
    static IsotropySubgroup withCanonical(IsotropySubgroup iso, double[][] w, double[][] teacher) {
        int n = unitTeacherWidth(teacher);
        if (n < 0 || w[0].length > CensusMerging.EXHAUSTIVE_D) {
            return iso;
        }
        IsotropySubgroup canon = compute(CensusMerging.canonical(w, n), teacher, DEFAULT_RELATIVE_TOLERANCE);
        return new IsotropySubgroup(iso.group(), iso.k(), iso.d(), iso.order(), iso.structure(), iso.evidence(),
                java.util.Optional.of(canon));
    }

    /** @return n if the teacher is \( [I_n\ 0] \) (n x d), else -1 */
    static int unitTeacherWidth(double[][] v) {
        int n = v.length;
        if (n > v[0].length) {
            return -1;
        }
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < v[j].length; c++) {
                if (v[j][c] != (j == c ? 1 : 0)) {
                    return -1;
                }
            }
        }
        return n;
    }

    private static IsotropySubgroup compute(double[][] w, double[][] teacher, double relTol) {
        Matrices.checkRectangular(w, "student W");
        Matrices.checkRectangular(teacher, "teacher V");
        int k = w.length;
        int n = teacher.length;
        int d = w[0].length;
        if (teacher[0].length != d) {
            throw AnalysisMessages.DIMENSION_MISMATCH.invalid(d, teacher[0].length);
        }
        if (!(relTol >= 0) || !Double.isFinite(relTol)) {
            throw AnalysisMessages.BAD_TOLERANCE.invalid(relTol);
        }
        double scale = 0;
        double[][] x = new double[k + n][];
        int[] colour = new int[k + n];
        for (int i = 0; i < k; i++) {
            x[i] = Require.finite(w[i].clone(), "student W");
        }
        for (int j = 0; j < n; j++) {
            x[k + j] = Require.finite(teacher[j].clone(), "teacher V");
            colour[k + j] = 1;
        }
        for (double[] row : x) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double tol = relTol * Math.max(scale, Double.MIN_NORMAL);
        MatrixAutomorphisms.Result aut = MatrixAutomorphisms.of(x, colour, tol);
        Set<Permutation> gens = new LinkedHashSet<>();
        for (Permutation g : aut.generators()) {
            int[] img = new int[k + d];
            for (int i = 0; i < k; i++) {
                img[i] = g.image(i);
            }
            for (int c = 0; c < d; c++) {
                img[k + c] = g.image(k + n + c) - n;
            }
            Permutation p = Permutation.of(img);
            if (!p.isIdentity()) {
                gens.add(p);
            }
        }
        PermutationGroup h = PermutationGroup.generatedBy("Isotropy", k + d, new ArrayList<>(gens));
        BigInteger order = h.order();
        String structure = describe(h, order, k, d);
        return new IsotropySubgroup(h, k, d, order, structure, new Evidence(
                "backtrack search for a strong generating set of the row/column automorphisms of [W; V]", tol,
                "absolute entry tolerance " + tol + " = " + relTol + " * max |entry|; order by Schreier-Sims"),
                java.util.Optional.empty());
    }

    /**
     * @return the name {@code Delta(S_p1 x ... x S_pr)} when the group is a diagonal Young subgroup of
     *         \( S_k \times S_k \) (recognised below: it says how the group acts); otherwise the abstract structure for
     *         small groups (e.g. {@code S3 x S3}, {@code D8}) and "order N" beyond
     */
    static String describe(PermutationGroup h, BigInteger order, int k, int d) {
        if (order.equals(BigInteger.ONE)) {
            return "1";
        }
        java.util.Optional<String> young = diagonalYoungName(h, order, k, d);
        if (young.isPresent()) {
            return young.get();
        }
        if (order.compareTo(BigInteger.valueOf(NAMED_ORDER_LIMIT)) <= 0 && h.degree() <= ElementTable.MAX_DEGREE) {
            ElementTable t = h.elements();
            int[] all = new int[t.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            int[] gi = new int[h.generators().size()];
            for (int i = 0; i < gi.length; i++) {
                gi[i] = t.indexOf(h.generators().get(i));
            }
            return StructureNames.describe(t, all, gi);
        }
        return rowYoungName(h, order, k).orElse("order " + order);
    }

    /** @return the orbits of h on the rows (points below k), each sorted, ordered by smallest point */
    static List<int[]> rowOrbits(PermutationGroup h, int k) {
        List<int[]> rows = new ArrayList<>();
        for (int[] orbit : h.orbits()) {
            if (orbit[0] < k) {
                rows.add(orbit);
            }
        }
        return rows;
    }

    /**
     * @return the row orbits of h, largest first (ties by smallest point), when \( |h| = \prod_i p_i! \) over their
     *         sizes \( p_i \) (the order of the Young subgroup of the row orbits); empty otherwise
     */
    private static java.util.Optional<List<int[]>> youngRowOrbits(PermutationGroup h, BigInteger order, int k) {
        List<int[]> rows = rowOrbits(h, k);
        BigInteger young = BigInteger.ONE;
        for (int[] orbit : rows) {
            for (int m = 2; m <= orbit.length; m++) {
                young = young.multiply(BigInteger.valueOf(m));
            }
        }
        if (!young.equals(order)) {
            return java.util.Optional.empty();
        }
        rows.sort(java.util.Comparator.comparingInt((int[] o) -> -o.length).thenComparingInt(o -> o[0]));
        return java.util.Optional.of(rows);
    }

    /**
     * Recognises a group isomorphic to a Young subgroup through its action on the rows: the row projection
     * \( R = \langle g|_{rows} \rangle \) has \( |R| = |H| = \prod_i p_i! \) for the row-orbit sizes \( p_i \). Then the
     * projection is injective and onto the Young subgroup of the row orbits (R lies in it and has its order), so
     * \( H \cong S_{p_1} \times \dots \times S_{p_r} \), though columns may follow rows through another bijection.
     *
     * @return the abstract name, e.g. {@code S17 x S3} (factors S_1 left out, S_2 written C2)
     */
    static java.util.Optional<String> rowYoungName(PermutationGroup h, BigInteger order, int k) {
        java.util.Optional<List<int[]>> orbits = youngRowOrbits(h, order, k);
        if (orbits.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Permutation> rows = new ArrayList<>();
        for (Permutation g : h.generators()) {
            int[] img = new int[k];
            for (int i = 0; i < k; i++) {
                img[i] = g.image(i);
            }
            rows.add(Permutation.of(img));
        }
        if (!PermutationGroup.generatedBy("rows", k, rows).order().equals(order)) {
            return java.util.Optional.empty();
        }
        List<String> factors = new ArrayList<>();
        for (int[] orbit : orbits.get()) {
            if (orbit.length >= 2) {
                factors.add(orbit.length == 2 ? "C2" : "S" + orbit.length);
            }
        }
        return java.util.Optional.of(String.join(" x ", factors));
    }

    /**
     * Recognises \( \Delta(S_{p_1} \times \dots \times S_{p_r}) \): every generator moves column c exactly as it
     * moves row c (k = d), and \( |H| = \prod_i p_i! \) where \( p_1 \ge \dots \ge p_r \) are the sizes of the row
     * orbits. Since H embeds in the Young subgroup of its row orbits, whose order is that product, equal orders
     * prove equality.
     *
     * @return the row orbits (the blocks), largest first, or empty when h is no diagonal Young subgroup
     */
    static java.util.Optional<List<int[]>> diagonalYoungOrbits(PermutationGroup h, BigInteger order, int k, int d) {
        if (k != d) {
            return java.util.Optional.empty();
        }
        for (Permutation g : h.generators()) {
            for (int i = 0; i < k; i++) {
                if (g.image(k + i) != k + g.image(i)) {
                    return java.util.Optional.empty();
                }
            }
        }
        return youngRowOrbits(h, order, k);
    }

    /**
     * @return the name of a diagonal Young subgroup ({@link #diagonalYoungOrbits}), parseable by
     *         {@link org.landscape.group.Groups#parse}, e.g. {@code Delta(S9xS1)} or {@code DeltaS10}
     */
    static java.util.Optional<String> diagonalYoungName(PermutationGroup h, BigInteger order, int k, int d) {
        return diagonalYoungOrbits(h, order, k, d).map(orbits -> {
            int[] sizes = new int[orbits.size()];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = orbits.get(i).length;
            }
            return YoungFamily.deltaName(sizes);
        });
    }

    /**
     * Checks that every generator g of the action's group is a symmetry of \( L(\cdot; V, \alpha) \) by testing
     * equivariance of the gradient, \( \nabla L(gW_0) = g \nabla L(W_0) \), at a seeded random \( W_0 \) (entries
     * uniform in [-1, 1] plus the identity pattern), relative tolerance 1e-8.
     *
     * @throws InvalidInputException naming the first generator that is not a symmetry
     */
    public static void requireSymmetry(WeightMatrixAction action, double[][] teacher, double alpha) {
        int k = action.rows();
        int d = action.columns();
        if (teacher[0].length != d) {
            throw AnalysisMessages.SUBGROUP_SHAPE.invalid(action.group().name(), k, d, k, teacher[0].length);
        }
        SplittableRandom rnd = new SplittableRandom(6L);
        double[] w0 = new double[k * d];
        for (int a = 0; a < w0.length; a++) {
            w0[a] = rnd.nextDouble(-1, 1);
        }
        NetworkLoss loss = Models.loss(alpha, teacher);
        double[] g0 = new double[k * d];
        loss.gradient(toMatrix(w0, k, d), g0);
        int[] t = new int[k * d];
        int[] s = new int[k * d];
        for (Permutation p : action.group().generators()) {
            action.coordinateAction(p, t, s);
            double[] gw = new double[k * d];
            double[] gg = new double[k * d];
            for (int a = 0; a < w0.length; a++) {
                gw[t[a]] = s[a] * w0[a];
                gg[t[a]] = s[a] * g0[a];
            }
            double[] g1 = new double[k * d];
            loss.gradient(toMatrix(gw, k, d), g1);
            double diff = 0;
            double norm = 0;
            for (int a = 0; a < g1.length; a++) {
                diff = Math.max(diff, Math.abs(g1[a] - gg[a]));
                norm = Math.max(norm, Math.abs(g1[a]));
            }
            if (diff > 1e-8 * Math.max(1, norm)) {
                throw AnalysisMessages.NOT_A_SYMMETRY.invalid(action.group().name(), p, diff, k);
            }
        }
    }

    static double[][] toMatrix(double[] flat, int k, int d) {
        double[][] w = new double[k][d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(flat, i * d, w[i], 0, d);
        }
        return w;
    }
}
