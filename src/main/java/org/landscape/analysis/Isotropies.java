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
        Matrices.checkRectangular(w, "student W");
        Matrices.checkRectangular(teacher, "teacher V");
        int k = w.length;
        int n = teacher.length;
        int d = w[0].length;
        if (teacher[0].length != d) {
            throw new InvalidInputException("student has d = " + d + " columns but teacher has " + teacher[0].length
                    + ": give both in the same R^d");
        }
        if (!(relTol >= 0) || !Double.isFinite(relTol)) {
            throw new InvalidInputException("isotropy tolerance " + relTol + " must be finite and >= 0");
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
        String structure = describe(h, order);
        return new IsotropySubgroup(h, k, d, order, structure, new Evidence(
                "backtrack search for a strong generating set of the row/column automorphisms of [W; V]", tol,
                "absolute entry tolerance " + tol + " = " + relTol + " * max |entry|; order by Schreier-Sims"));
    }

    /** @return a structure name for small groups, "order N" otherwise */
    static String describe(PermutationGroup h, BigInteger order) {
        if (order.equals(BigInteger.ONE)) {
            return "1";
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
        return "order " + order;
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
            throw new InvalidInputException("subgroup " + action.group().name() + " acts on M(" + k + "," + d
                    + ") but the teacher has d = " + teacher[0].length + ": choose a subgroup of S_k x S_d");
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
                throw new InvalidInputException("subgroup " + action.group().name() + " is not a symmetry of the loss "
                        + "for this teacher (generator " + p + " changes the gradient by " + diff
                        + "); choose a subgroup of S_k x Stab(V), e.g. DeltaS" + k + " for V = I_" + k);
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
