package org.landscape.continuation;

import java.util.ArrayList;
import java.util.List;

import org.landscape.degree.BasicDegree;
import org.landscape.degree.BasicDegrees;
import org.landscape.degree.BurnsideRing;
import org.landscape.degree.EquivariantDegrees;
import org.landscape.group.CharacterTables;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;
import org.landscape.solve.BlockSpectrum;
import org.landscape.solve.SpectralBlocks;

/**
 * Per-isotypic-block test functions of the loss Hessian for a symmetry group G of the branch (MATH.md sections 4-6),
 * and the equivariant predictions at a crossing. With the isotypic decomposition
 * \( M(k,d) = \bigoplus_i V_i^{m_i} \) of G ({@link IsotypicDecomposition}, G a product of symmetric groups), the
 * G-equivariant Hessian acts on the multiplicity space \( E_1 \) of component i as an \( m_i \times m_i \) matrix
 * \( A_i = Q_{E_1} H Q_{E_1}^T \); its eigenvalues, each repeated \( \dim V_i \) times, are the spectrum of H on the
 * component. The block labelled with the irreducible's label is a test function: a sign change of one eigenvalue of
 * \( A_i \) is a crossing of one copy of \( V_i \); the block's negative count divided by \( \dim V_i \) is the isotypic
 * Morse index \( m_i^- \).
 *
 * <p>At a crossing the bifurcation invariant is \( \omega = \deg(\alpha_0 - \varepsilon) - \deg(\alpha_0 + \varepsilon) \)
 * with \( \deg = \prod_i \deg_{V_i}^{m_i^-} \) ({@link EquivariantDegrees}); its maximal classes are the predicted
 * orbit types of bifurcating branches. Cost per point: one full Hessian plus \( O(m_i\, (kd)^2) \) per component.
 */
public final class IsotypicTestFunctions {
    private final WeightMatrixAction action;
    private final IsotypicDecomposition decomposition;
    private final List<double[][]> multiplicityBases = new ArrayList<>();
    private SubgroupLattice lattice;
    private BurnsideRing ring;
    private List<BasicDegree> basic;

    private IsotypicTestFunctions(WeightMatrixAction action) {
        this.action = action;
        this.decomposition = IsotypicDecomposition.of(action);
        for (IsotypicDecomposition.Component c : decomposition.components()) {
            multiplicityBases.add(c.multiplicityBasis());
        }
    }

    /**
     * @param action the action of G on M(k,d); G needs a character table (a product of symmetric groups, or a
     *               diagonal of one)
     * @return the test functions
     */
    public static IsotypicTestFunctions of(WeightMatrixAction action) {
        return new IsotypicTestFunctions(action);
    }

    /** @return the action of G */
    public WeightMatrixAction action() {
        return action;
    }

    /** @return the decomposition */
    public IsotypicDecomposition decomposition() {
        return decomposition;
    }

    /** @return the component labels (the irreducibles present), in character-table order */
    public List<String> labels() {
        return decomposition.components().stream().map(IsotypicDecomposition.Component::label).toList();
    }

    /** @return \( \dim V \) of the component with this label */
    public int irrepDimension(String label) {
        return (int) component(label).irrepDimension();
    }

    /** @return the component with this label */
    public IsotypicDecomposition.Component component(String label) {
        return decomposition.components().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + label));
    }

    /** @return the subgroup lattice of G (computed on first use) */
    public synchronized SubgroupLattice lattice() {
        if (lattice == null) {
            lattice = SubgroupLattices.of(action.group());
        }
        return lattice;
    }

    /** @return the Burnside ring of G */
    public synchronized BurnsideRing ring() {
        if (ring == null) {
            ring = new BurnsideRing(lattice());
        }
        return ring;
    }

    private synchronized List<BasicDegree> basic() {
        if (basic == null) {
            basic = BasicDegrees.all(ring(), CharacterTables.of(action.group()));
        }
        return basic;
    }

    /**
     * The isotypic test functions for a problem whose points lift into \( \mathrm{Fix}(G) \).
     *
     * @param problem the loss (or any problem with a G-equivariant full Hessian) in a subspace of
     *                \( \mathrm{Fix}(G) \)
     * @return one block per component present, labelled by its irreducible
     */
    public SpectralBlocks blocksFor(HessianSource problem) {
        int n = problem.fullDimension();
        List<String> labels = labels();
        List<Integer> dims = decomposition.components().stream().map(c -> (int) c.irrepDimension()).toList();
        return (y, p, jacobian) -> {
            double[] h = new double[n * n];
            problem.fullHessian(y, p, h);
            List<BlockSpectrum> out = new ArrayList<>();
            for (int b = 0; b < labels.size(); b++) {
                double[] ev = eigenvalues(reduce(h, n, multiplicityBases.get(b)));
                int dv = dims.get(b);
                double[] rep = new double[ev.length * dv];
                for (int j = 0; j < ev.length; j++) {
                    for (int r = 0; r < dv; r++) {
                        rep[j * dv + r] = ev[j];
                    }
                }
                out.add(new BlockSpectrum(labels.get(b), rep));
            }
            return out;
        };
    }

    /** One block "all": the whole spectrum of the full Hessian (the Morse index in M(k,d)). */
    static SpectralBlocks wholeFullSpectrum(LossOnSubspace problem) {
        int n = problem.width() * problem.inputDimension();
        return (y, p, jacobian) -> {
            double[] h = new double[n * n];
            problem.fullHessian(y, p, h);
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(h, i * n, m[i], 0, n);
            }
            return List.of(new BlockSpectrum("all", eigenvalues(m)));
        };
    }

    /**
     * The prediction at a crossing of component {@code label}.
     *
     * @param lowerSide isotypic Morse indices \( m_i^- \) on the lower-alpha side, one per component of
     *                  {@link #labels()} (copies of \( V_i \))
     * @param upperSide the same on the upper-alpha side
     * @return omega and its maximal classes
     */
    public EquivariantDegrees.BifurcationInvariant invariant(long[] lowerSide, long[] upperSide) {
        List<BasicDegree> all = basic();
        long[] before = new long[all.size()];
        long[] change = new long[all.size()];
        List<IsotypicDecomposition.Component> comps = decomposition.components();
        for (int c = 0; c < comps.size(); c++) {
            int i = comps.get(c).irrepIndex();
            before[i] = lowerSide[c];
            change[i] = upperSide[c] - lowerSide[c];
        }
        boolean decreasing = false;
        for (long x : change) {
            decreasing |= x < 0;
        }
        if (!decreasing) {
            return EquivariantDegrees.crossing(ring(), all, before, change);
        }
        // copies turn negative as alpha decreases: compute from the upper side and flip the sign of omega, so that
        // omega = deg(alpha0 - eps) - deg(alpha0 + eps) still (MATH.md section 5); orbit types are unchanged
        long[] upper = new long[all.size()];
        long[] gained = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            upper[i] = before[i] + change[i];
            gained[i] = -change[i];
        }
        EquivariantDegrees.BifurcationInvariant r = EquivariantDegrees.crossing(ring(), all, upper, gained);
        return new EquivariantDegrees.BifurcationInvariant(r.after(), r.before(), r.omega().negate(),
                r.supportMaxima(), r.maximalOrbitTypes(), r.predicted());
    }

    /** @return \( Q A Q^T \) for the rows of Q */
    static double[][] reduce(double[] h, int n, double[][] q) {
        int m = q.length;
        double[][] hq = new double[m][n];
        for (int j = 0; j < m; j++) {
            for (int a = 0; a < n; a++) {
                double s = 0;
                for (int b = 0; b < n; b++) {
                    s += h[a * n + b] * q[j][b];
                }
                hq[j][a] = s;
            }
        }
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int a = 0; a < n; a++) {
                    s += q[i][a] * hq[j][a];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    /** @return the eigenvalues of the symmetric part of {@code m}, ascending */
    static double[] eigenvalues(double[][] m) {
        return org.landscape.solve.SymmetricEigenvalues.of(m);
    }

    /**
     * @return the unit eigenvector of the symmetric matrix {@code m} whose eigenvalue has the smallest modulus, and
     *         that eigenvalue as the last entry
     */
    static double[] nearestZeroEigenvector(double[][] m) {
        org.landscape.solve.SymmetricSpectrum e = org.landscape.solve.SymmetricEigenvalues.decomposition(m);
        double[] ev = e.descendingValues();
        int best = 0;
        for (int j = 1; j < ev.length; j++) {
            if (Math.abs(ev[j]) < Math.abs(ev[best])) {
                best = j;
            }
        }
        double[] v = e.descendingVectors()[best];
        double[] out = java.util.Arrays.copyOf(v, v.length + 1);
        out[v.length] = ev[best];
        return out;
    }
}
