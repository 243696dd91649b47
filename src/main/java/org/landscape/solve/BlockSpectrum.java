package org.landscape.solve;

import java.util.Arrays;

import org.landscape.base.Require;

/**
 * The eigenvalues of one block of \( J \) at one point, for instance one isotypic component of the loss
 * Hessian (MATH.md section 6). Eigenvalues are stored sorted ascending, so that the \( j \)-th one is a
 * continuous function along a branch (Kuznetsov, <em>Elements of Applied Bifurcation Theory</em>, 3rd ed.,
 * section 10.2: eigenvalue test functions).
 *
 * <p>An isotypic block of an irreducible of dimension n lists each of its eigenvalues once with
 * {@code multiplicity} n (Schur: every eigenvalue of the block occurs n times in the spectrum of the full
 * Hessian); counts ({@link #negativeCount()}, the index, event multiplicities) are weighted by it, positions
 * ({@link #eigenvalue(int)}, {@link #size()}) are not.
 *
 * @param label        the component name, e.g. {@code "E"} or {@code "all"}; events are labelled with it
 * @param eigenvalues  the block's eigenvalues (real parts for non-symmetric \( J \)), copied and sorted ascending
 * @param multiplicity how many eigenvalues of the full problem each listed one stands for (at least 1)
 */
public record BlockSpectrum(String label, double[] eigenvalues, int multiplicity) {

    public BlockSpectrum {
        Require.nonNull(label, "block label");
        Require.nonNull(eigenvalues, "eigenvalues of block " + label);
        Require.finite(eigenvalues, "eigenvalues of block " + label);
        Require.positive(multiplicity, "multiplicity of block " + label);
        eigenvalues = eigenvalues.clone();
        Arrays.sort(eigenvalues);
    }

    /** A block whose eigenvalues are simple (multiplicity 1 each). */
    public BlockSpectrum(String label, double[] eigenvalues) {
        this(label, eigenvalues, 1);
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

    /** @return the number of negative eigenvalues with multiplicity (this block's contribution to the Morse index) */
    public int negativeCount() {
        return multiplicity * negativePositions();
    }

    /** @return the number of negative listed eigenvalues (positions 0..this-1 are the negative ones) */
    public int negativePositions() {
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
        return o instanceof BlockSpectrum b && b.label.equals(label) && b.multiplicity == multiplicity
                && Arrays.equals(b.eigenvalues, eigenvalues);
    }

    @Override
    public int hashCode() {
        return (label.hashCode() * 31 + Arrays.hashCode(eigenvalues)) * 31 + multiplicity;
    }

    @Override
    public String toString() {
        return label + Arrays.toString(eigenvalues) + (multiplicity == 1 ? "" : " (x" + multiplicity + " each)");
    }
}
