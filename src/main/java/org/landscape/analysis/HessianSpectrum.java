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

    /** @return \( \lambda_{\max} \) over all blocks (-infinity without blocks) */
    public double largestEigenvalue() {
        double m = Double.NEGATIVE_INFINITY;
        for (IsotypicBlock b : blocks) {
            for (double x : b.eigenvalues()) {
                m = Math.max(m, x);
            }
        }
        return m;
    }

    /** @return all eigenvalues of the kd x kd Hessian, each block eigenvalue repeated by its multiplicity, ascending */
    public double[] eigenvalues() {
        double[] out = new double[totalMultiplicity()];
        int i = 0;
        for (IsotypicBlock b : blocks) {
            double[] ev = b.eigenvalues();
            int[] mult = b.multiplicities();
            for (int j = 0; j < ev.length; j++) {
                for (int x = 0; x < mult[j]; x++) {
                    out[i++] = ev[j];
                }
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * One distinct eigenvalue of the Hessian.
     *
     * @param value        the eigenvalue
     * @param multiplicity how often it occurs in the spectrum of the kd x kd Hessian
     * @param component    the isotypic block it belongs to
     * @param errorBound   the spectrum's error bound
     */
    public record DistinctEigenvalue(double value, long multiplicity, String component, double errorBound) {
    }

    /**
     * @return the distinct eigenvalues, ascending, with multiplicities: every block eigenvalue once, numerically equal
     *         values of one block (within the error bound, e.g. in the block "all" of an unsymmetric point) merged
     */
    public List<DistinctEigenvalue> distinctEigenvalues() {
        List<DistinctEigenvalue> out = new java.util.ArrayList<>();
        for (IsotypicBlock b : blocks) {
            double[] ev = b.eigenvalues();
            int[] mult = b.multiplicities();
            Integer[] order = new Integer[ev.length];
            for (int j = 0; j < ev.length; j++) {
                order[j] = j;
            }
            java.util.Arrays.sort(order, (x, y) -> Double.compare(ev[x], ev[y]));
            int j = 0;
            while (j < ev.length) {
                double sum = 0;
                long m = 0;
                int start = j;
                while (j < ev.length && ev[order[j]] - ev[order[start]] <= errorBound) {
                    sum += ev[order[j]] * mult[order[j]];
                    m += mult[order[j]];
                    j++;
                }
                out.add(new DistinctEigenvalue(sum / m, m, b.irrep(), errorBound));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(DistinctEigenvalue::value));
        return out;
    }

    /** @return true if \( \min|\lambda| > \) the error bound, so the index is certain */
    public boolean indexCertain() {
        return smallestModulus > errorBound;
    }
}
