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
     * The largest \( |z_e| = |\text{claimed}_e - \text{mean}_e| / \text{se}_e \). An entry whose standard error is
     * zero (the sampled quantity was constant) counts as z = 0 if it agrees to {@code absoluteFloor}, otherwise as
     * infinity.
     *
     * @param claimed       the values under test, read, same length as {@code mean}
     * @param absoluteFloor agreement needed where the standard error is zero
     * @return max |z|
     */
    public double maxAbsZ(double[] claimed, double absoluteFloor) {
        double max = 0;
        for (int e = 0; e < mean.length; e++) {
            double diff = Math.abs(claimed[e] - mean[e]);
            double z;
            if (standardError[e] > 0) {
                z = diff / standardError[e];
            } else {
                z = diff <= absoluteFloor ? 0 : Double.POSITIVE_INFINITY;
            }
            if (!(z <= max)) {
                max = z;
            }
        }
        return max;
    }
}
