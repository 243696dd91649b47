package org.landscape.proof;

import org.landscape.base.InvalidInputException;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalLoss;
import org.landscape.interval.IntervalMatrix;
import org.landscape.model.Matrices;

/**
 * Rigorous eigenvalue enclosures of the loss Hessian at a given point W (exactly as given, in doubles), with the
 * blocks of its isotropy: the Hessian is enclosed by {@link IntervalLoss} at the thin box W, then
 * {@link SpectrumEnclosures}. Proves the inertia of \( \nabla^2 L(W) \) when no enclosure contains 0; says nothing
 * about whether W is critical (that is {@link CriticalPointProofs}). Cost \( O(k(k+n)d^2 + (kd)^3) \).
 */
public final class SpectrumProofs {
    private SpectrumProofs() {
    }

    /**
     * @param w       the point, k x d (read)
     * @param teacher V (read)
     * @param alpha   the slope interval
     * @return the enclosures
     * @throws InvalidInputException for a dead neuron (no Hessian there)
     */
    public static EnclosedSpectrum atPoint(double[][] w, double[][] teacher, Interval alpha) {
        Matrices.checkRectangular(w, "student W");
        int k = w.length;
        int d = w[0].length;
        Interval[] box = new Interval[k * d];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                box[i * d + c] = Interval.point(w[i][c]);
            }
        }
        Interval[] h = new IntervalLoss<>(Interval.FIELD, teacher).evaluate(box, alpha, IntervalLoss.Order.HESSIAN)
                .hessian();
        SymmetryBlocks.Blocks blocks = SymmetryBlocks.of(w, teacher, alpha.mid());
        return SpectrumEnclosures.of(IntervalMatrix.of(h, k * d, k * d), blocks.blocks());
    }
}
