package org.landscape.rep;

import org.landscape.base.UnsupportedException;
import org.landscape.group.ConjugacyClasses;
import org.landscape.group.ElementTable;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;

import java.util.ArrayList;
import java.util.List;

/**
 * The real irreducible representations of any small group G, for groups without a closed-form character table
 * (e.g. \( A_5 \), \( Z_6 \), twisted isotropy groups). They are read off the real isotypic decomposition of the
 * regular representation: a component \( c = W^m \) has \( \dim c = e m^2 \) and
 * \( \nu_c = \frac{1}{|G|}\sum_g \chi_c(g^2) = m \cdot (1, 0, -2) \) for W of real, complex, quaternionic type
 * (Frobenius–Schur), which gives e and m, then \( \chi_W = \chi_c / m \). Fixed-point dimensions
 * \( \dim W^L = \frac{1}{|L|} \sum_{h \in L} \chi_W(h) \) are rounded to integers (checked to 1e-6), so the exact
 * {@code degree} package can use them. Cost \( O(|G|^3) \); limited to \( |G| \le \) {@link #MAX_ORDER}.
 */
public final class RealIrreducibles {
    /** Largest group handled (the regular representation is decomposed densely). */
    public static final int MAX_ORDER = 720;

    /**
     * One real irreducible.
     *
     * @param label                 {@code W1, W2, ...} (W1 trivial), ordered by dimension then by the eigenvalue order
     * @param dimension             \( \dim_{\mathbb{R}} W \)
     * @param endomorphismDimension e = 1, 2 or 4 (real, complex, quaternionic type)
     * @param character             \( \chi_W \) on the classes of {@link #classes()}
     */
    public record Irreducible(String label, int dimension, int endomorphismDimension, double[] character) {
    }

    private final PermutationGroup group;
    private final ConjugacyClasses classes;
    private final List<Irreducible> irreducibles;

    private RealIrreducibles(PermutationGroup group, ConjugacyClasses classes, List<Irreducible> irreducibles) {
        this.group = group;
        this.classes = classes;
        this.irreducibles = List.copyOf(irreducibles);
    }

    /** @return the real irreducibles of g */
    public static RealIrreducibles of(PermutationGroup g) {
        ElementTable e = g.elements();
        if (e.size() > MAX_ORDER) {
            throw new UnsupportedException(RepMessages.REGULAR_TOO_LARGE.format(MAX_ORDER, g.name(), e.size()));
        }
        RealIsotypicDecomposition dec = RealIsotypicDecomposition.of(new RegularRepresentation(g));
        ConjugacyClasses cc = dec.classes();
        int r = cc.count();
        int[] squareClass = new int[r];
        for (int j = 0; j < r; j++) {
            int x = cc.representative(j);
            squareClass[j] = cc.classOf(e.mul(x, x));
        }
        List<Irreducible> out = new ArrayList<>();
        for (RealIsotypicDecomposition.Component c : dec.components()) {
            double[] chi = c.character();
            double nu = 0;
            for (int j = 0; j < r; j++) {
                nu += cc.size(j) * chi[squareClass[j]];
            }
            long nuR = Math.round(nu / e.size());
            int e1;
            long m;
            if (nuR > 0) {
                e1 = 1;
                m = nuR;
            } else if (nuR == 0) {
                e1 = 2;
                m = Math.round(Math.sqrt(c.dimension() / 2.0));
            } else {
                e1 = 4;
                m = -nuR / 2;
            }
            if (m <= 0 || e1 * m * m != c.dimension()) {
                throw new IllegalStateException("inconsistent component of the regular representation");
            }
            double[] w = new double[r];
            for (int j = 0; j < r; j++) {
                w[j] = chi[j] / m;
            }
            out.add(new Irreducible("", (int) Math.round(w[0]), e1, w));
        }
        out.sort((a, b) -> {
            boolean ta = isTrivial(a);
            boolean tb = isTrivial(b);
            return ta != tb ? Boolean.compare(tb, ta) : Integer.compare(a.dimension(), b.dimension());
        });
        List<Irreducible> labelled = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Irreducible x = out.get(i);
            labelled.add(new Irreducible("W" + (i + 1), x.dimension(), x.endomorphismDimension(), x.character()));
        }
        return new RealIrreducibles(g, cc, labelled);
    }

    private static boolean isTrivial(Irreducible w) {
        for (double c : w.character()) {
            if (Math.abs(c - 1) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    /** @return the group */
    public PermutationGroup group() {
        return group;
    }

    /** @return the conjugacy classes the characters refer to */
    public ConjugacyClasses classes() {
        return classes;
    }

    /** @return the irreducibles, trivial first */
    public List<Irreducible> irreducibles() {
        return irreducibles;
    }

    /** @return \( \dim W_i^{H_L} \) for each irreducible i (rows) and each class L of {@code lattice} (columns) */
    public long[][] fixedDimensions(SubgroupLattice lattice) {
        long[][] d = new long[irreducibles.size()][lattice.size()];
        for (int l = 0; l < lattice.size(); l++) {
            SubgroupClass c = lattice.get(l);
            for (int i = 0; i < irreducibles.size(); i++) {
                double[] chi = irreducibles.get(i).character();
                double s = 0;
                for (int x : c.elementIndices()) {
                    s += chi[classes.classOf(x)];
                }
                double v = s / c.order();
                long rv = Math.round(v);
                if (Math.abs(v - rv) > 1e-6) {
                    throw new IllegalStateException("non-integral fixed dimension " + v);
                }
                d[i][l] = rv;
            }
        }
        return d;
    }
}
