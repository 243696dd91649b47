package org.landscape.compile;

/**
 * Compiled scalar profiles of the two kernel parts, \( K_\alpha = \alpha K_{lin} + (1-\alpha)^2 K_{relu} \),
 * with \( K_{part}(w,v) = |w||v|\, g_{part}(\theta) \). For each part the four profiles
 * \( (g, h', s = h - u h', t = h'' \sin^2\theta) \) are written (see {@code symbolic.Profile}).
 *
 * <p>{@code out} (written, length 8): {@code [g_lin, h'_lin, s_lin, t_lin, g_relu, h'_relu, s_relu, t_relu]}.
 * Implementations are generated from the symbolic derivation; they reference no Symja type.
 */
public interface KernelProfiles {

    /** Profiles at angle \( \theta \in [0, \pi/2] \). */
    void nearZero(double theta, double[] out);

    /** Profiles at angle \( \theta = \pi - \varphi \), \( \varphi \in [0, \pi/2] \). */
    void nearPi(double phi, double[] out);

    /** @return a description of how this implementation was obtained (generated, compiled at run time, interpreted) */
    String provenance();
}
