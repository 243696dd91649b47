package org.landscape.verify;

import org.landscape.base.InvalidInputException;

/**
 * Settings of a {@link VerificationSuite} run.
 *
 * @param size                      {@code FULL} (about 60 kernel cases and 7 networks) or {@code REDUCED}
 *                                  (14 kernel cases and 3 networks, for unit tests)
 * @param monteCarloSamples         samples per Monte Carlo estimate, at least 1000
 * @param seed                      base seed (case i uses seed + i)
 * @param quadratureTolerance       relative tolerance against quadrature, in (0, 1)
 * @param quadratureFloor           absolute floor, as a multiple of each formula's scale, in [0, 1)
 * @param finiteDifferenceTolerance relative tolerance (floor: 1 x scale) against finite differences, in (0, 1)
 * @param maxZ                      largest acceptable Monte Carlo |z|, positive
 */
public record VerificationSettings(Size size, int monteCarloSamples, long seed, double quadratureTolerance,
                                   double quadratureFloor, double finiteDifferenceTolerance, double maxZ) {

    /** How many cases to run. */
    public enum Size {
        /** The full list: all angles x all alphas, random alphas, 7 networks; 10^6 Monte Carlo samples. */
        FULL,
        /** A subset covering every angle and alpha once, 3 networks; 10^5 samples. */
        REDUCED
    }

    public VerificationSettings {
        if (size == null) {
            throw new InvalidInputException("verification size is missing: use FULL or REDUCED");
        }
        if (monteCarloSamples < 1000) {
            throw new InvalidInputException("Monte Carlo samples must be at least 1000, got " + monteCarloSamples);
        }
        if (!(quadratureTolerance > 0 && quadratureTolerance < 1)) {
            throw new InvalidInputException("quadrature tolerance must be in (0, 1), got " + quadratureTolerance);
        }
        if (!(quadratureFloor >= 0 && quadratureFloor < 1)) {
            throw new InvalidInputException("quadrature floor must be in [0, 1), got " + quadratureFloor);
        }
        if (!(finiteDifferenceTolerance > 0 && finiteDifferenceTolerance < 1)) {
            throw new InvalidInputException("finite-difference tolerance must be in (0, 1), got "
                    + finiteDifferenceTolerance);
        }
        if (!(maxZ > 0)) {
            throw new InvalidInputException("max |z| must be positive, got " + maxZ);
        }
    }

    /** @return the full suite: 10^6 samples, tolerances 1e-12 (floor 1e-14 x scale), 1e-6, |z| <= 5 */
    public static VerificationSettings full() {
        return new VerificationSettings(Size.FULL, MonteCarloReference.DEFAULT_SAMPLES, 20_260_000L, 1e-12, 1e-14,
                1e-6, 5);
    }

    /** @return the reduced suite for unit tests: same tolerances, 10^5 samples */
    public static VerificationSettings reduced() {
        return full().withSize(Size.REDUCED).withMonteCarloSamples(100_000);
    }

    /** @return a copy with another size */
    public VerificationSettings withSize(Size s) {
        return new VerificationSettings(s, monteCarloSamples, seed, quadratureTolerance, quadratureFloor,
                finiteDifferenceTolerance, maxZ);
    }

    /** @return a copy with another sample size */
    public VerificationSettings withMonteCarloSamples(int n) {
        return new VerificationSettings(size, n, seed, quadratureTolerance, quadratureFloor,
                finiteDifferenceTolerance, maxZ);
    }

    /** @return a copy with another seed */
    public VerificationSettings withSeed(long s) {
        return new VerificationSettings(size, monteCarloSamples, s, quadratureTolerance, quadratureFloor,
                finiteDifferenceTolerance, maxZ);
    }
}
