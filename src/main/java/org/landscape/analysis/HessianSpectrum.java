package org.landscape.analysis;

import org.landscape.base.Evidence;

import java.util.List;

/**
 * The Hessian spectrum of the loss at a point, split by the isotypic components of the point's isotropy group.
 *
 * @param isotropy            the isotropy group whose components were used
 * @param blocks              one per isotypic component (trivial first)
 * @param index               the Morse index: eigenvalues below \( -\)errorBound, counted with multiplicity
 * @param nullity             eigenvalues with \( |\lambda| \le \) errorBound (numerically zero), with multiplicity
 * @param smallestModulus     \( \min |\lambda| \) over the whole spectrum
 * @param errorBound          bound on the error of every reported eigenvalue: the Weyl bound
 *                            \( \|Q H Q^T - \mathrm{blockdiag}\|_F \) plus the eigensolver's backward error
 *                            \( 10\, kd\, \epsilon \|H\|_F \)
 * @param denseDifference     the largest difference between the block spectrum and the dense eigenvalues of H
 *                            (Hipparchus {@code EigenDecompositionSymmetric}); NaN if the dense spectrum was skipped
 * @param evidence            method, accuracy (= errorBound) and detail
 */
public record HessianSpectrum(IsotropySubgroup isotropy, List<IsotypicBlock> blocks, int index, int nullity,
                              double smallestModulus, double errorBound, double denseDifference, Evidence evidence) {
    public HessianSpectrum {
        blocks = List.copyOf(blocks);
    }

    /** @return the sum of all multiplicities (must be kd) */
    public int totalMultiplicity() {
        int s = 0;
        for (IsotypicBlock b : blocks) {
            s += b.dimension();
        }
        return s;
    }

    /** @return \( \lambda_{\min} \) over all blocks (+infinity without blocks) */
    public double smallestEigenvalue() {
        double m = Double.POSITIVE_INFINITY;
        for (IsotypicBlock b : blocks) {
            for (double x : b.eigenvalues()) {
                m = Math.min(m, x);
            }
        }
        return m;
    }

    /** @return true if \( \min|\lambda| > \) the error bound, so the index is certain */
    public boolean indexCertain() {
        return smallestModulus > errorBound;
    }
}
