package org.landscape.rep;

import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.base.Evidence;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.ElementTable;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The isotypic decomposition \( M(k,d) = \bigoplus_i V_i^{m_i} \) of a {@link WeightMatrixAction} of G, G a
 * product of symmetric groups (its irreducibles are real). Multiplicities are exact:
 * \( m_i = \frac{1}{|G|} \sum_j |C_j| \chi(C_j) \chi_i(C_j) \). For each component with \( m_i > 0 \) the
 * orthogonal projector \( P_i = \frac{\dim V_i}{|G|} \sum_{g} \chi_i(g) \rho(g) \) (Serre, Linear
 * Representations, §2.6) and an orthonormal basis of its image (Gram–Schmidt on the columns of \( P_i \)) are
 * computed; together these bases form a symmetry-adapted basis Q in which every G-equivariant matrix A is
 * block diagonal: \( Q A Q^T = \mathrm{diag}(A_1, \dots) \), block i of size \( m_i \dim V_i \).
 * Cost \( O(|G| \cdot kd) \) per component with \( m_i > 0 \). Immutable.
 */
public final class IsotypicDecomposition {
    /**
     * One isotypic component.
     *
     * @param label        the irreducible's label, e.g. {@code 3,2} or {@code 3,1x2}
     * @param irrepIndex   its row in the character table
     * @param irrepDimension \( \dim V_i \)
     * @param multiplicity \( m_i \)
     * @param basis        orthonormal basis of the component, \( m_i \dim V_i \) rows of length kd, in
     *                     \( \dim V_i \) consecutive groups of \( m_i \) rows spanning spaces \( E_1, E_2, \dots \)
     *                     that every equivariant A preserves, acting on each as the same m x m matrix up to
     *                     similarity: the spectrum of A on the component is that of {@link #multiplicityBasis()}'s
     *                     block, each eigenvalue repeated \( \dim V_i \) times
     */
    public record Component(String label, int irrepIndex, long irrepDimension, long multiplicity, double[][] basis) {
        /** @return \( m_i \dim V_i \) */
        public long dimension() {
            return multiplicity * irrepDimension;
        }

        @Override
        public double[][] basis() {
            double[][] c = new double[basis.length][];
            for (int i = 0; i < c.length; i++) {
                c[i] = basis[i].clone();
            }
            return c;
        }

        /** @return the first \( m_i \) rows of {@link #basis()}: an orthonormal basis of \( E_1 \) */
        public double[][] multiplicityBasis() {
            double[][] c = new double[(int) multiplicity][];
            for (int i = 0; i < c.length; i++) {
                c[i] = basis[i].clone();
            }
            return c;
        }
    }

    private final WeightMatrixAction action;
    private final CharacterTable table;
    private final long[] multiplicities;
    private final List<Component> components;
    private final Evidence evidence;

    private IsotypicDecomposition(WeightMatrixAction action, CharacterTable table, long[] multiplicities,
                                  List<Component> components, Evidence evidence) {
        this.action = action;
        this.table = table;
        this.multiplicities = multiplicities;
        this.components = List.copyOf(components);
        this.evidence = evidence;
    }

    /** @return the exact multiplicities only (no projectors), \( O(c \cdot kd) \) for c classes */
    public static long[] multiplicities(WeightMatrixAction action) {
        CharacterTable t = CharacterTables.of(action.group());
        return multiplicities(action, t);
    }

    private static long[] multiplicities(WeightMatrixAction action, CharacterTable t) {
        PermutationGroup g = action.group();
        Permutation[] reps = classRepresentatives(g, t);
        long[] m = new long[t.size()];
        for (int i = 0; i < t.size(); i++) {
            BigInteger s = BigInteger.ZERO;
            for (int j = 0; j < t.size(); j++) {
                long chi = action.character(reps[j]);
                s = s.add(t.classSize(j).multiply(BigInteger.valueOf(chi * t.value(i, j))));
            }
            BigInteger[] qr = s.divideAndRemainder(g.order());
            if (qr[1].signum() != 0) {
                throw new IllegalStateException("non-integral multiplicity for " + t.irrepLabel(i));
            }
            m[i] = qr[0].longValueExact();
        }
        return m;
    }

    private static Permutation[] classRepresentatives(PermutationGroup g, CharacterTable t) {
        Permutation[] reps = new Permutation[t.size()];
        ElementTable e = g.elements();
        int found = 0;
        for (int x = 0; x < e.size() && found < reps.length; x++) {
            Permutation p = e.permutation(x);
            int c = t.classOf(p);
            if (reps[c] == null) {
                reps[c] = p;
                found++;
            }
        }
        return reps;
    }

    /** @return the full decomposition with projector images (orthonormal bases) for every component present */
    public static IsotypicDecomposition of(WeightMatrixAction action) {
        CharacterTable t = CharacterTables.of(action.group());
        long[] m = multiplicities(action, t);
        int n = action.dimension();
        ElementTable e = action.group().elements();
        int[] cls = t.classOfElements();
        int[] target = new int[n];
        int[] sign = new int[n];
        double order = e.size();
        List<Component> comps = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (m[i] == 0) {
                continue;
            }
            double[][] p = new double[n][n];
            double scale = t.dimension(i) / order;
            for (int x = 0; x < e.size(); x++) {
                long chi = t.value(i, cls[x]);
                if (chi == 0) {
                    continue;
                }
                action.coordinateAction(e.permutation(x), target, sign);
                for (int a = 0; a < n; a++) {
                    p[target[a]][a] += scale * chi * sign[a];
                }
            }
            int rank = (int) (m[i] * t.dimension(i));
            double[][] q = MultiplicitySpaces.split(action, Orthonormal.columnSpace(p, rank), (int) m[i],
                    (int) t.dimension(i));
            comps.add(new Component(t.irrepLabel(i), i, t.dimension(i), m[i], q));
        }
        return new IsotypicDecomposition(action, t, m, comps, new Evidence(
                "exact multiplicities from the character table; projectors by character sums over all "
                        + e.size() + " elements, Gram-Schmidt with column pivoting", 1e-12, t.evidence().method()));
    }

    /** @return the action */
    public WeightMatrixAction action() {
        return action;
    }

    /** @return the character table used */
    public CharacterTable characterTable() {
        return table;
    }

    /** @return \( m_i \) for every irreducible, in character-table order (copy) */
    public long[] multiplicities() {
        return multiplicities.clone();
    }

    /** @return the components with \( m_i > 0 \), in character-table order */
    public List<Component> components() {
        return components;
    }

    /** @return the symmetry-adapted orthonormal basis: the component bases stacked in order (kd rows) */
    public double[][] symmetryAdaptedBasis() {
        return Orthonormal.stack(components.stream().map(c -> c.basis).toList());
    }

    /**
     * @param component index into {@link #components()}
     * @param a         a kd x kd matrix (read), assumed G-equivariant
     * @return the block \( Q_i A Q_i^T \) of A on that component
     */
    public double[][] block(int component, double[][] a) {
        return Orthonormal.compress(components.get(component).basis, a);
    }

    /**
     * @param component index into {@link #components()}
     * @param a         a kd x kd G-equivariant matrix (read)
     * @return the \( m \times m \) block of A on \( E_1 \): its eigenvalues are those of A on the component,
     *         each of multiplicity \( \dim V \) there (the Morse index of the component is dim V times its count of
     *         negative eigenvalues)
     */
    public double[][] reducedBlock(int component, double[][] a) {
        double[][] q = components.get(component).multiplicityBasis();
        return sandwich(q, a);
    }

    /**
     * Isotypic Morse indices of a G-equivariant symmetric matrix (e.g. the Hessian at a point with isotropy G):
     * \( m_i \) = the number of eigenvalues below {@code -tol} of the reduced \( m \times m \) block of component i,
     * i.e. the number of copies of \( V_i \) in the negative eigenspace (MATH.md §5). Ready for
     * {@code EquivariantDegrees.atCriticalPoint}.
     *
     * @param a   kd x kd symmetric equivariant matrix (read)
     * @param tol eigenvalues in [-tol, tol] are treated as zero and reported in {@link MorseIndices#nullity()}
     * @return per irreducible (character-table order): negative count and kernel count, in copies of \( V_i \)
     */
    public MorseIndices morseIndices(double[][] a, double tol) {
        long[] neg = new long[multiplicities.length];
        long[] zero = new long[multiplicities.length];
        for (int c = 0; c < components.size(); c++) {
            double[][] b = reducedBlock(c, a);
            double[] ev = SymmetricEigenvalues.jacobi(b).values();
            int i = components.get(c).irrepIndex();
            for (double e : ev) {
                if (e < -tol) {
                    neg[i]++;
                } else if (e <= tol) {
                    zero[i]++;
                }
            }
        }
        return new MorseIndices(neg, zero);
    }

    /**
     * Negative and zero eigenvalue counts per irreducible, in copies of the irreducible (multiply by its dimension
     * for eigenvalue counts).
     *
     * @param negative the isotypic Morse indices \( m_i \)
     * @param nullity  the isotypic kernel dimensions (non-zero means the point is degenerate in that component)
     */
    public record MorseIndices(long[] negative, long[] nullity) {
        public MorseIndices {
            negative = negative.clone();
            nullity = nullity.clone();
        }

        @Override
        public long[] negative() {
            return negative.clone();
        }

        @Override
        public long[] nullity() {
            return nullity.clone();
        }
    }

    private static double[][] sandwich(double[][] q, double[][] a) {
        int r = q.length;
        int n = a.length;
        double[][] b = new double[r][r];
        for (int i = 0; i < r; i++) {
            double[] aq = new double[n];
            for (int x = 0; x < n; x++) {
                double s = 0;
                for (int y = 0; y < n; y++) {
                    s += a[x][y] * q[i][y];
                }
                aq[x] = s;
            }
            for (int j = 0; j < r; j++) {
                double s = 0;
                for (int x = 0; x < n; x++) {
                    s += q[j][x] * aq[x];
                }
                b[j][i] = s;
            }
        }
        return b;
    }

    /** @return how it was computed */
    public Evidence evidence() {
        return evidence;
    }
}
