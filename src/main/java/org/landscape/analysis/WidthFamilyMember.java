package org.landscape.analysis;

import java.util.Map;
import java.util.Optional;

/**
 * One member of a symmetric family followed in the width: the critical point at width k (teacher \( I_k \)).
 *
 * @param k           the width (k = n = d)
 * @param parameters  the pattern values of W on the orbits of \( H_k \) ({@link YoungFamily#parameters})
 * @param point       Newton's result in \( \mathrm{Fix}(H_k) \) with loss, gradient norm, isotropy and spectrum
 * @param certificate the 45-digit quadrature certificate when asked for
 */
public record WidthFamilyMember(int k, Map<String, Double> parameters, CriticalPoint point,
                                Optional<MinimumCertificate.Certificate> certificate) {
    public WidthFamilyMember {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /** @return the loss \( L = \tfrac12 E[(f_W - f_V)^2] \) */
    public double loss() {
        return point.loss();
    }

    /** @return \( \lambda_{\min} \) of the Hessian over all blocks, NaN without a spectrum */
    public double smallestEigenvalue() {
        return point.spectrum().map(HessianSpectrum::smallestEigenvalue).orElse(Double.NaN);
    }

    /** @return the Morse index, -1 without a spectrum */
    public int index() {
        return point.spectrum().map(HessianSpectrum::index).orElse(-1);
    }
}
