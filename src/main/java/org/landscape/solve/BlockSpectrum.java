package org.landscape.solve;

import java.util.Arrays;

import org.landscape.base.Require;

/**
 * The eigenvalues of one block of \( J \) at one point, for instance one isotypic component of the loss
 * Hessian (MATH.md section 6). Eigenvalues are stored sorted ascending, so that the \( j \)-th one is a
 * continuous function along a branch (Kuznetsov, <em>Elements of Applied Bifurcation Theory</em>, 3rd ed.,
 * section 10.2: eigenvalue test functions).
 *
 * @param label       the component name, e.g. {@code "E"} or {@code "all"}; events are labelled with it
 * @param eigenvalues the block's eigenvalues (real parts for non-symmetric \( J \)), copied and sorted ascending
 */
public record BlockSpectrum(String label, double[] eigenvalues) {

    public BlockSpectrum {
        Require.nonNull(label, "block label");
        Require.nonNull(eigenvalues, "eigenvalues of block " + label);
        Require.finite(eigenvalues, "eigenvalues of block " + label);
        eigenvalues = eigenvalues.clone();
        Arrays.sort(eigenvalues);
    }

    /** @return a copy of the eigenvalues, ascending */
    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** @return the number of eigenvalues */
    public int size() {
        return eigenvalues.length;
    }

    /** @return the \( j \)-th smallest eigenvalue (0-based) */
    public double eigenvalue(int j) {
        return eigenvalues[j];
    }

    /** @return the number of negative eigenvalues (this block's contribution to the Morse index) */
    public int negativeCount() {
        int c = 0;
        for (double e : eigenvalues) {
            if (e < 0) {
                c++;
            }
        }
        return c;
    }

    /** @return the ascending position of the eigenvalue of smallest modulus, or -1 for an empty block */
    public int positionNearestZero() {
        int best = -1;
        for (int j = 0; j < eigenvalues.length; j++) {
            if (best < 0 || Math.abs(eigenvalues[j]) < Math.abs(eigenvalues[best])) {
                best = j;
            }
        }
        return best;
    }

    /** @return the smallest \( |\lambda| \) in the block, {@code +Infinity} for an empty block */
    public double smallestModulus() {
        int j = positionNearestZero();
        return j < 0 ? Double.POSITIVE_INFINITY : Math.abs(eigenvalues[j]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockSpectrum b && b.label.equals(label) && Arrays.equals(b.eigenvalues, eigenvalues);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + Arrays.hashCode(eigenvalues);
    }

    @Override
    public String toString() {
        return label + Arrays.toString(eigenvalues);
    }
}
