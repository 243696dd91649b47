package org.landscape.verify;

/**
 * Sample means of a vector of expectations with their standard errors
 * \( s/\sqrt{N} \) (s the sample standard deviation, by Welford's update). Arrays are copied in and out.
 *
 * @param mean          the sample means
 * @param standardError the standard errors of the means
 * @param samples       N
 * @param seed          the seed that reproduces the samples
 */
public record MonteCarloEstimate(double[] mean, double[] standardError, int samples, long seed) {
    public MonteCarloEstimate {
        mean = mean.clone();
        standardError = standardError.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] standardError() {
        return standardError.clone();
    }

    /**
     * The largest \( |z_e| = |\text{claimed}_e - \text{mean}_e| / \sqrt{\text{se}_e^2 + \text{floor}^2} \). The
     * absolute floor stands for floating-point noise, in the evaluator and in the sampled quantity, that no sample
     * size removes: where every sample was (nearly) the same number, e.g. a residual that is zero up to rounding at
     * the global minimum, the standard error is (nearly) zero and would turn rounding into huge z. With both zero,
     * z = 0 for exact agreement and infinity otherwise.
     *
     * @param claimed       the values under test, read, same length as {@code mean}
     * @param absoluteFloor non-negative absolute noise floor, e.g. \( 10^{-13} \times \) the quantity's scale
     * @return max |z| (infinity if a claimed value is not finite)
     */
    public double maxAbsZ(double[] claimed, double absoluteFloor) {
        double max = 0;
        for (int e = 0; e < mean.length; e++) {
            double diff = Math.abs(claimed[e] - mean[e]);
            double sd = Math.hypot(standardError[e], absoluteFloor);
            double z = sd > 0 ? diff / sd : (diff == 0 ? 0 : Double.POSITIVE_INFINITY);
            if (!(z <= max)) {
                max = Double.isNaN(z) ? Double.POSITIVE_INFINITY : z;
            }
        }
        return max;
    }
}
