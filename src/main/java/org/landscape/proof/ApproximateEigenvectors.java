package org.landscape.proof;

import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.solve.SymmetricSpectrum;

import java.util.Arrays;

/**
 * Approximate eigenvectors of a symmetric double matrix for the congruences of the proofs (any nonsingular Q is
 * allowed there; accuracy only decides whether a proof closes): the matrix is symmetrised, decomposed by
 * {@link SymmetricEigenvalues#decomposition}, and the eigenvectors returned as rows ordered by decreasing |eigenvalue|, so that
 * eliminations divide by large pivots first and the near-null direction comes last. \( O(n^3) \).
 */
final class ApproximateEigenvectors {
    private ApproximateEigenvectors() {
    }

    /** @return the eigenvectors of the (symmetrised) matrix, rows ordered by decreasing |eigenvalue| */
    static double[][] byDecreasingModulus(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        SymmetricSpectrum spectrum = SymmetricEigenvalues.decomposition(m);
        return byDecreasingModulus(spectrum.descendingVectors(), spectrum.descendingValues());
    }

    /** @return the rows reordered by decreasing |value| (rows and values read) */
    static double[][] byDecreasingModulus(double[][] rows, double[] values) {
        int n = rows.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(Math.abs(values[y]), Math.abs(values[x])));
        double[][] q = new double[n][];
        for (int i = 0; i < n; i++) {
            q[i] = rows[order[i]];
        }
        return q;
    }
}
