package org.landscape.analysis;

/**
 * The Hessian restricted to one real isotypic component \( V_i^{m_i} \) of the isotropy group (Schur: it commutes
 * with the group, so it maps the component to itself and its eigenvalues come in groups of \( n_i = \dim V_i \)).
 *
 * @param irrep          the irreducible's label (the representation engine's {@code W1, W2, ...}; "all" when no
 *                       symmetry was used)
 * @param irrepDimension \( n_i \)
 * @param copies         \( m_i \), the number of copies of \( V_i \) in \( M(k,d) \)
 * @param eigenvalues    distinct block eigenvalues (each group of \( n_i \) equal ones reported once), ascending
 * @param multiplicities the multiplicity of each in the full spectrum (\( n_i \) each)
 * @param spread         the largest spread inside one group of \( n_i \) (0 ideally; rounding otherwise)
 */
public record IsotypicBlock(String irrep, int irrepDimension, int copies, double[] eigenvalues, int[] multiplicities,
                            double spread) {
    public IsotypicBlock {
        eigenvalues = eigenvalues.clone();
        multiplicities = multiplicities.clone();
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    @Override
    public int[] multiplicities() {
        return multiplicities.clone();
    }

    /** @return the number of negative eigenvalues with multiplicity */
    public int negativeCount() {
        int c = 0;
        for (int j = 0; j < eigenvalues.length; j++) {
            if (eigenvalues[j] < 0) {
                c += multiplicities[j];
            }
        }
        return c;
    }

    /** @return the total dimension \( \sum \) multiplicities \( = m_i n_i \) */
    public int dimension() {
        int c = 0;
        for (int m : multiplicities) {
            c += m;
        }
        return c;
    }
}
