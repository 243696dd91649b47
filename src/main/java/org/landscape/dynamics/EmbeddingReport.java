package org.landscape.dynamics;

import org.landscape.analysis.HessianSpectrum;
import org.landscape.base.Evidence;

import java.util.Optional;

/**
 * Result of {@link NetworkEmbedding}: the width-k point, the width-(k+1) point and their stationarity and index.
 *
 * @param kind               split or zero neuron
 * @param neuron             the split neuron (or k, the index of the added zero neuron)
 * @param ratio              t of the split \( w \to (t w, (1-t) w) \) (NaN for a zero neuron)
 * @param original           width-k student (copy)
 * @param embedded           width-(k+1) student (copy): row {@code neuron} becomes \( t w \), the new last row \( (1-t) w \) or 0
 * @param lossBefore         \( L \) at the original point
 * @param lossAfter          \( L \) at the embedded point (equal by positive homogeneity: \( \sigma(t z) = t \sigma(z) \), t >= 0)
 * @param gradientBefore     gradient norm at the original point
 * @param gradientAfter      gradient norm at the embedded point (live rows for a zero neuron)
 * @param spectrumBefore     Hessian spectrum at the original point (when every row is non-zero)
 * @param spectrumAfter      Hessian spectrum at the embedded point (split only; absent for a zero neuron: L is not differentiable)
 * @param escape             escape test of the zero neuron (zero neuron only)
 * @param classification     reading of the embedded point
 * @param evidence           how the loss equality was checked
 */
public record EmbeddingReport(Kind kind, int neuron, double ratio, double[][] original, double[][] embedded,
                              double lossBefore, double lossAfter, double gradientBefore, double gradientAfter,
                              Optional<HessianSpectrum> spectrumBefore, Optional<HessianSpectrum> spectrumAfter,
                              Optional<EscapeReport> escape, PointType classification, Evidence evidence) {

    /** How the width grows. */
    public enum Kind {
        /** \( w_i \to (t w_i, (1-t) w_i) \). */
        SPLIT,
        /** A zero neuron is appended. */
        ADD_ZERO
    }

    /** @return \( L_{after} - L_{before} \) */
    public double lossChange() {
        return lossAfter - lossBefore;
    }
}
