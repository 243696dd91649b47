package org.landscape.solve;

/**
 * Which eigensolver produced a {@link SymmetricSpectrum} (the evidence of {@link SymmetricEigenvalues}, STYLE 4).
 */
public enum SpectrumRoute {
    /**
     * EJML {@code DecompositionFactory_DDRM.eig(n, false, true)}: Householder tridiagonalisation and implicit
     * symmetric QR, values only, \( \tfrac43 n^3 \) flops.
     */
    EJML_DENSE("EJML dense symmetric QR (values only)"),
    /** Hipparchus {@code EigenDecompositionSymmetric}: Householder tridiagonalisation and implicit QL, \( 9n^3 \) flops with vectors. */
    HIPPARCHUS("Hipparchus EigenDecompositionSymmetric (Householder + implicit QL)"),
    /**
     * The cyclic Jacobi method ({@link Jacobi}) after Hipparchus reported that QL did not converge (the Hessian at
     * \( W = V = I_{20} \), eigenvalue multiplicities up to 171).
     */
    JACOBI_FALLBACK("cyclic Jacobi (fallback: Householder + QL did not converge)"),
    /**
     * The cyclic Jacobi method ({@link Jacobi}) chosen by the caller ({@link SymmetricEigenvalues#jacobi}): small
     * blocks whose eigenvectors must be accurate inside clusters (isotypic splitting, multiplicity spaces).
     */
    JACOBI("cyclic Jacobi (chosen for small blocks)");

    private final String description;

    SpectrumRoute(String description) {
        this.description = description;
    }

    /** @return one line naming the method, for an {@code Evidence} */
    public String description() {
        return description;
    }
}
