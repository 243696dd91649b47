package org.landscape.solve;

import org.landscape.base.Evidence;

/**
 * The eigenvalues of a dense symmetric matrix \( A = Q \Lambda Q^T \), ascending, optionally with the eigenvectors,
 * and the route that computed them (a result of {@link SymmetricEigenvalues}).
 *
 * <p>Accuracy: every route is backward stable, so by Weyl's inequality each computed eigenvalue is within
 * \( 10\, n\, \epsilon \|A\|_F \) of an exact one ({@link #backwardErrorBound()}; the same constant as the
 * eigensolver term of the analysis error bound).
 *
 * @param values             ascending (copied in and out)
 * @param vectors            row i a unit eigenvector for {@code values[i]} (copied in and out); length 0 when the
 *                           values-only route ran
 * @param route              the eigensolver that ran
 * @param backwardErrorBound \( 10\, n\, \epsilon \|A\|_F \)
 */
public record SymmetricSpectrum(double[] values, double[][] vectors, SpectrumRoute route, double backwardErrorBound) {
    /** Copies the arrays. */
    public SymmetricSpectrum {
        values = values.clone();
        vectors = copy(vectors);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return a copy of the eigenvectors as rows, in the order of {@link #values()}; length 0 without vectors */
    @Override
    public double[][] vectors() {
        return copy(vectors);
    }

    /** @return true if the eigenvectors were computed */
    public boolean hasVectors() {
        return vectors.length == values.length;
    }

    /** @return the order n */
    public int dimension() {
        return values.length;
    }

    /** @return the eigenvalues, descending (the order of Hipparchus {@code EigenDecompositionSymmetric}) */
    public double[] descendingValues() {
        int n = values.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = values[n - 1 - i];
        }
        return out;
    }

    /** @return the eigenvectors as rows in the order of {@link #descendingValues()} (copies); length 0 without vectors */
    public double[][] descendingVectors() {
        int n = vectors.length;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = vectors[n - 1 - i].clone();
        }
        return out;
    }

    /** @return the evidence: the route, accuracy = the backward error bound */
    public Evidence evidence() {
        return new Evidence(route.description(), backwardErrorBound, "n = " + values.length
                + "; accuracy = 10 n eps |A|_F (Weyl bound of a backward-stable eigensolver)");
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
