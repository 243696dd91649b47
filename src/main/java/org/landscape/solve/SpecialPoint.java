package org.landscape.solve;

import org.landscape.base.Evidence;

/**
 * A located event on a branch (STYLE 9, modelled on BifurcationKit's {@code SpecialPoint}).
 *
 * @param kind             fold, branch point (crossing) or touch
 * @param component        the block label in which the eigenvalue vanishes ({@code ""} if none applies)
 * @param multiplicity     how many eigenvalues of the block vanish together (2 for a 2-dimensional irrep); for a
 *                         touch, the number with \( |\lambda| \le \) the touch tolerance at the located point
 * @param x                the located state, copied
 * @param p                the located parameter
 * @param arclength        chord arclength from the branch's first point
 * @param tangent          unit tangent of the parent branch at the point, copied
 * @param pLow             lower end of the final bracketing interval in \( p \)
 * @param pHigh            upper end of the final bracketing interval in \( p \)
 * @param indexBefore      parent index just before the event (in the direction of travel)
 * @param indexAfter       parent index just after the event
 * @param higherIndexSide  \( \pm 1 \): the side \( \mathrm{sign}(p - p_0) \) on which the parent has the larger
 *                         index; 0 when the index does not change (folds in a non-gradient sense, touches)
 * @param testValue        the test function at the located point (the block eigenvalue, or \( \dot p \) for a fold)
 * @param kernel           unit vectors spanning the numerical kernel of \( J \) at the point (right singular vectors
 *                         of the {@code max(1, multiplicity)} smallest singular values), copied
 * @param evidence         how it was located and the achieved precision \( |\Delta p| \)
 */
public record SpecialPoint(EventKind kind, String component, int multiplicity, double[] x, double p,
        double arclength, double[] tangent, double pLow, double pHigh, int indexBefore, int indexAfter,
        int higherIndexSide, double testValue, double[][] kernel, Evidence evidence) {

    public SpecialPoint {
        x = x.clone();
        tangent = tangent.clone();
        kernel = deepCopy(kernel);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] tangent() {
        return tangent.clone();
    }

    @Override
    public double[][] kernel() {
        return deepCopy(kernel);
    }

    /**
     * The same event expressed in other coordinates, for instance restricted to a fixed-point subspace
     * \( \mathrm{Fix}(K) \) before {@link BranchSwitching} (MATH.md section 6): kind, component, parameter, bracket,
     * indices and evidence are kept; the state, the parent tangent \( (\dot x, \dot p) \) and the kernel basis are
     * replaced by the caller's images of them.
     *
     * @param xImage       the state in the new coordinates, read (copied)
     * @param tangentImage the parent tangent in the new coordinates, length {@code xImage.length + 1}, read (copied)
     * @param kernelImage  kernel vectors in the new coordinates (at least one), read (copied)
     * @return the event in the new coordinates
     */
    public SpecialPoint inCoordinates(double[] xImage, double[] tangentImage, double[][] kernelImage) {
        org.landscape.base.Require.sameLength(xImage.length + 1, tangentImage.length, "tangent image");
        org.landscape.base.Require.positive(kernelImage.length, "number of kernel vectors");
        for (double[] k : kernelImage) {
            org.landscape.base.Require.sameLength(xImage.length, k.length, "kernel vector image");
        }
        return new SpecialPoint(kind, component, multiplicity, xImage, p, arclength, tangentImage, pLow, pHigh,
                indexBefore, indexAfter, higherIndexSide, testValue, kernelImage, evidence);
    }

    /** @return the number of kernel vectors */
    public int kernelDimension() {
        return kernel.length;
    }

    /** @return a copy of the i-th kernel vector */
    public double[] kernelVector(int i) {
        return kernel[i].clone();
    }

    /** @return the achieved precision \( |\Delta p| \), i.e. {@code evidence().accuracy()} */
    public double precision() {
        return evidence.accuracy();
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        return kind.jsonName() + "[" + component + " x" + multiplicity + "] at p=" + p + " +- " + evidence.accuracy()
                + " index " + indexBefore + "->" + indexAfter;
    }
}
