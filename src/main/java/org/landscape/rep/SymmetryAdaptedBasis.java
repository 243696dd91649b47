package org.landscape.rep;

import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.base.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * A symmetry-adapted orthonormal basis of M(k,d) for a group H, grouped by isotypic component, whichever way it
 * was computed (see {@link SymmetryAdaptedBases#of}). For component i (real irreducible \( W_i \) of dimension
 * \( n_i \), \( e_i = \dim \mathrm{End}_H W_i \), multiplicity \( m_i \)) the basis rows come in
 * \( n_i / e_i \) consecutive groups of \( m_i e_i \) rows; every H-equivariant matrix A preserves each group and
 * acts on all of them alike, so the spectrum of A on the component is that of the
 * \( m_i e_i \times m_i e_i \) {@link #reducedBlock reduced block}, each eigenvalue repeated \( n_i / e_i \) times
 * (for \( e_i = 2, 4 \) the reduced block's eigenvalues themselves come in groups of \( e_i \)). Immutable.
 */
public final class SymmetryAdaptedBasis {
    /**
     * One isotypic component.
     *
     * @param irrep                 the irreducible's label ({@code 3,2}, {@code 3,1x2}, or {@code W2} for groups
     *                              without a closed-form table)
     * @param irrepDimension        \( n_i = \dim_{\mathbb{R}} W_i \)
     * @param endomorphismDimension \( e_i \in \{1, 2, 4\} \) (always 1 for products of symmetric groups)
     * @param multiplicity          \( m_i \)
     * @param basis                 \( m_i n_i \) orthonormal rows of length kd, in groups of \( m_i e_i \)
     */
    public record Component(String irrep, int irrepDimension, int endomorphismDimension, long multiplicity,
                            double[][] basis) {
        /** @return \( m_i n_i \) */
        public int dimension() {
            return basis.length;
        }

        /** @return the first \( m_i e_i \) rows of the basis */
        public double[][] reducedBasis() {
            double[][] r = new double[(int) (multiplicity * endomorphismDimension)][];
            for (int i = 0; i < r.length; i++) {
                r[i] = basis[i].clone();
            }
            return r;
        }

        @Override
        public double[][] basis() {
            double[][] c = new double[basis.length][];
            for (int i = 0; i < c.length; i++) {
                c[i] = basis[i].clone();
            }
            return c;
        }
    }

    private final List<Component> components;
    private final Evidence evidence;

    SymmetryAdaptedBasis(List<Component> components, Evidence evidence) {
        this.components = List.copyOf(components);
        this.evidence = evidence;
    }

    /** @return the components (the trivial one first) */
    public List<Component> components() {
        return components;
    }

    /** @return all basis rows stacked (an orthogonal kd x kd matrix, as rows) */
    public double[][] basis() {
        return Orthonormal.stack(components.stream().map(c -> c.basis).toList());
    }

    /**
     * @param component index into {@link #components()}
     * @param a         kd x kd equivariant matrix (read)
     * @return \( Q_r A Q_r^T \) for the reduced basis \( Q_r \) of that component
     */
    public double[][] reducedBlock(int component, double[][] a) {
        return Orthonormal.compress(components.get(component).reducedBasis(), a);
    }

    /**
     * @param a   kd x kd symmetric equivariant matrix (read), e.g. a Hessian at a point with isotropy H
     * @param tol eigenvalues below {@code -tol} count as negative
     * @return per component: the number of copies of \( W_i \) in the negative eigenspace (the isotypic Morse index
     *         \( m_i^- \) of MATH.md §5), i.e. negative eigenvalues of the reduced block divided by \( e_i \)
     */
    public long[] morseIndices(double[][] a, double tol) {
        long[] m = new long[components.size()];
        for (int c = 0; c < m.length; c++) {
            double[] ev = SymmetricEigenvalues.jacobi(reducedBlock(c, a)).values();
            long neg = 0;
            for (double e : ev) {
                if (e < -tol) {
                    neg++;
                }
            }
            m[c] = neg / components.get(c).endomorphismDimension();
        }
        return m;
    }

    /** @return which method produced the basis */
    public Evidence evidence() {
        return evidence;
    }
}
