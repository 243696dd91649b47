package org.landscape.continuation;

/**
 * A problem in continuation coordinates y whose full Hessian on M(k,d) can be evaluated: the input of the isotypic
 * test functions ({@link IsotypicTestFunctions#blocksFor}). Implemented by {@link LossOnSubspace}; tests embed
 * normal forms through it.
 */
public interface HessianSource {
    /** @return kd, the dimension of M(k,d) */
    int fullDimension();

    /**
     * Writes the kd x kd Hessian at the point with continuation coordinates y.
     *
     * @param y   read
     * @param p   the parameter (alpha)
     * @param out written, flat row-major
     */
    void fullHessian(double[] y, double p, double[] out);
}
