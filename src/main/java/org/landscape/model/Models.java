package org.landscape.model;

import org.landscape.compile.KernelProfiles;
import org.landscape.compile.KernelProfilesFactory;

/**
 * Factories for the numeric model over the kernel profiles chosen once per JVM by
 * {@link KernelProfilesFactory#fromSystemProperty()}: the class generated ahead of time from the symbolic
 * derivation, else the same source compiled in memory, else the slow interpreted Symja evaluation. The
 * choice and the reason for any fallback are {@link #provenance()}; the system property
 * {@code landscape.profiles} forces a mode.
 */
public final class Models {
    private static final KernelProfilesFactory.Choice CHOICE = KernelProfilesFactory.fromSystemProperty();
    private static final KernelProfiles PROFILES = CHOICE.profiles();

    private Models() {
    }

    /** @return a kernel evaluator for slope {@code alpha} (not thread-safe; one per thread) */
    public static ProfileKernel kernel(double alpha) {
        return new ProfileKernel(alpha, PROFILES);
    }

    /** @return the loss of a student against teacher {@code V} (n x d) at slope {@code alpha} */
    public static NetworkLoss loss(double alpha, double[][] V) {
        return new NetworkLoss(alpha, V, PROFILES);
    }

    /**
     * @return as {@link #loss}, but every row loop runs on the calling thread: for callers that run one evaluator
     *         per core themselves (the census runs one start per core; the common pool would only add contention)
     */
    public static NetworkLoss serialLoss(double alpha, double[][] V) {
        return new NetworkLoss(alpha, V, PROFILES, true);
    }

    /**
     * @return the overlap-form loss (from \( Q = WW^T, M = WV^T, P = VV^T \)) of a student against teacher
     *         {@code V}; for d much larger than k and n at generic points (see {@link OverlapLoss} for its accuracy)
     */
    public static OverlapLoss overlapLoss(double alpha, double[][] V) {
        return new OverlapLoss(alpha, V, PROFILES);
    }

    /** @return the kernel profiles in use */
    public static KernelProfiles profiles() {
        return PROFILES;
    }

    /** @return the mode in use: generated, compiled or interpreted */
    public static KernelProfilesFactory.Mode profileMode() {
        return CHOICE.mode();
    }

    /** @return how the evaluators were obtained, with the reason for any fallback */
    public static String provenance() {
        return CHOICE.describe();
    }
}
