package org.landscape.model;

import org.landscape.compile.KernelProfiles;
import org.landscape.compile.generated.LeakyKernelProfiles;

/**
 * Factories for the numeric model over the compiled profiles generated from the symbolic
 * derivation ({@link LeakyKernelProfiles}). The provenance of the evaluator in use is
 * {@link #provenance()}.
 */
public final class Models {
    private static final KernelProfiles PROFILES = new LeakyKernelProfiles();

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

    /** @return the compiled profiles in use */
    public static KernelProfiles profiles() {
        return PROFILES;
    }

    /** @return how the evaluators were obtained */
    public static String provenance() {
        return PROFILES.provenance();
    }
}
