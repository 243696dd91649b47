package org.landscape.rep;

import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.base.Evidence;
import org.landscape.group.ConjugacyClasses;
import org.landscape.group.ElementTable;
import org.landscape.group.PermutationGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Real isotypic decomposition of a {@link SignedPermutationRepresentation} (a {@link WeightMatrixAction}, the
 * {@link RegularRepresentation}) for <em>any</em> enumerable group H (no character
 * table needed), for isotropy groups without a product structure. The symmetrised class sums
 * \( \hat C_j = \sum_{g \in C_j} (\rho(g) + \rho(g)^T)/2 \) are central, so they act on each real isotypic
 * component as the scalar \( |C_j| \,\mathrm{Re}\,\chi(g_j)/\chi(1) \); a random positive combination
 * \( Z = \sum_j r_j \hat C_j \) (seeded) separates the components. Its eigenspaces, from a Jacobi
 * eigen-decomposition, are the components; each is described by its character \( \chi_c(C_j) =
 * \mathrm{tr}(\rho(g_j)|_c) \) and its norm \( \langle \chi_c, \chi_c \rangle = e\,m^2 \) (m copies of a real
 * irreducible with \( \dim \mathrm{End}_H = e \in \{1,2,4\} \)). Cost \( O(|H| \cdot kd + (kd)^3) \).
 * Components are ordered with the trivial one first, then by decreasing eigenvalue of Z.
 */
public final class RealIsotypicDecomposition {
    /**
     * One real isotypic component.
     *
     * @param dimension     its dimension (\( m \dim W \))
     * @param characterNorm \( \langle \chi_c, \chi_c \rangle \), rounded (= \( m^2 \) for absolutely irreducible W)
     * @param character     \( \chi_c \) on each conjugacy class of H (class order of {@link ConjugacyClasses})
     * @param basis         orthonormal basis, rows of length kd
     */
    public record Component(int dimension, long characterNorm, double[] character, double[][] basis) {
        /** @return true if H acts trivially on the component */
        public boolean isTrivial() {
            for (double c : character) {
                if (Math.abs(c - dimension) > 1e-6) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Component> components;
    private final ConjugacyClasses classes;
    private final Evidence evidence;

    private RealIsotypicDecomposition(List<Component> components, ConjugacyClasses classes, Evidence evidence) {
        this.components = List.copyOf(components);
        this.classes = classes;
        this.evidence = evidence;
    }

    /** @return the decomposition of M(k,d) under the action's group */
    public static RealIsotypicDecomposition of(SignedPermutationRepresentation action) {
        PermutationGroup h = action.group();
        ElementTable e = h.elements();
        ConjugacyClasses cc = ConjugacyClasses.of(h);
        int n = action.dimension();
        int r = cc.count();
        SplittableRandom rnd = new SplittableRandom(20261123L);
        double[] weight = new double[r];
        for (int j = 0; j < r; j++) {
            weight[j] = 1 + rnd.nextDouble();
        }
        double[][] z = new double[n][n];
        int[] t = new int[n];
        int[] s = new int[n];
        for (int x = 0; x < e.size(); x++) {
            int j = cc.classOf(x);
            double w = (weight[j] + weight[cc.inverseClass(j)]) / 4;
            action.coordinateAction(e.permutation(x), t, s);
            for (int a = 0; a < n; a++) {
                z[t[a]][a] += w * s[a];
                z[a][t[a]] += w * s[a];
            }
        }
        org.landscape.solve.SymmetricSpectrum spectrum = SymmetricEigenvalues.decomposition(z);
        double[] vals = spectrum.descendingValues();
        double[][] vecs = spectrum.descendingVectors();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(vals[b], vals[a]));
        double scale = 1;
        for (double v : vals) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tol = 1e-7 * scale;
        List<List<double[]>> groups = new ArrayList<>();
        double last = Double.NaN;
        for (int i : order) {
            if (groups.isEmpty() || Math.abs(vals[i] - last) > tol) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(vecs[i]);
            last = vals[i];
        }
        List<Component> comps = new ArrayList<>();
        for (List<double[]> g : groups) {
            double[][] basis = g.toArray(new double[0][]);
            double[] chi = new double[r];
            for (int j = 0; j < r; j++) {
                action.coordinateAction(e.permutation(cc.representative(j)), t, s);
                double tr = 0;
                for (double[] q : basis) {
                    for (int a = 0; a < n; a++) {
                        tr += q[t[a]] * s[a] * q[a];
                    }
                }
                chi[j] = tr;
            }
            double norm = 0;
            for (int j = 0; j < r; j++) {
                norm += cc.size(j) * chi[j] * chi[cc.inverseClass(j)];
            }
            comps.add(new Component(basis.length, Math.round(norm / e.size()), chi, basis));
        }
        comps.sort((a, b) -> Boolean.compare(b.isTrivial(), a.isTrivial()));
        return new RealIsotypicDecomposition(comps, cc, new Evidence(
                "eigenspaces of a random central element (symmetrised class sums), cyclic Jacobi", tol,
                r + " classes, " + comps.size() + " components"));
    }

    /**
     * Names a component after a real irreducible W of the same group instance.
     *
     * @param irrep          W's label ({@code W1, W2, ...})
     * @param irrepDimension \( \dim W \)
     * @param multiplicity   \( m = \langle \chi_c, \chi_W \rangle / e \)
     */
    public record Identification(String irrep, int irrepDimension, long multiplicity) {
    }

    /**
     * @return {@link #identify} with the real irreducibles of the action's group, or an empty list when the group is
     *         larger than {@link RealIrreducibles#MAX_ORDER} (its regular representation is not decomposed)
     */
    public List<Identification> identifyIfSmall() {
        PermutationGroup g = classes.group();
        return g.elements().size() <= RealIrreducibles.MAX_ORDER ? identify(RealIrreducibles.of(g)) : List.of();
    }

    /**
     * @param irr the real irreducibles of the same group instance ({@code RealIrreducibles.of(action.group())})
     * @return for each component, the irreducible it is isotypic to and its multiplicity
     */
    public List<Identification> identify(RealIrreducibles irr) {
        if (irr.group() != classes.group()) {
            throw new org.landscape.base.InvalidInputException(
                    RepMessages.FOREIGN_IRREDUCIBLES.format(irr.group().name()));
        }
        long order = 0;
        for (int j = 0; j < classes.count(); j++) {
            order += classes.size(j);
        }
        List<Identification> out = new ArrayList<>();
        for (Component c : components) {
            Identification id = null;
            for (RealIrreducibles.Irreducible w : irr.irreducibles()) {
                double ip = 0;
                for (int j = 0; j < classes.count(); j++) {
                    ip += classes.size(j) * c.character()[j] * w.character()[classes.inverseClass(j)];
                }
                long m = Math.round(ip / order / w.endomorphismDimension());
                if (m > 0) {
                    id = new Identification(w.label(), w.dimension(), m);
                    break;
                }
            }
            if (id == null || id.multiplicity() * id.irrepDimension() != c.dimension()) {
                throw new IllegalStateException("component of dimension " + c.dimension() + " matches no irreducible");
            }
            out.add(id);
        }
        return out;
    }

    /** @return the components, trivial first */
    public List<Component> components() {
        return components;
    }

    /** @return the conjugacy classes the characters refer to */
    public ConjugacyClasses classes() {
        return classes;
    }

    /** @return the stacked orthonormal bases (a symmetry-adapted basis of M(k,d)) */
    public double[][] symmetryAdaptedBasis() {
        List<double[]> rows = new ArrayList<>();
        for (Component c : components) {
            for (double[] q : c.basis()) {
                rows.add(q.clone());
            }
        }
        return rows.toArray(new double[0][]);
    }

    /** @return how it was computed (accuracy = the eigenvalue clustering tolerance) */
    public Evidence evidence() {
        return evidence;
    }
}
