package org.landscape.dynamics;

import org.landscape.analysis.Linear;
import org.landscape.analysis.HessianSpectrum;
import org.landscape.analysis.HessianSpectra;
import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;

import java.util.Optional;

/**
 * Network embedding from width k into width k+1 (Wu, Simsek and Ged, arXiv 2402.05626; Fukumizu and Amari 2000):
 * <ul>
 *   <li>split: \( w_i \to (t\, w_i, (1-t)\, w_i) \), \( t \in (0,1) \): since \( \sigma(t z) = t\sigma(z) \) for
 *       \( t \ge 0 \) the network function, hence the loss, is unchanged, and \( \nabla_w K(t w, x) = \nabla_w K(w, x) \)
 *       (degree-0 homogeneity) makes a critical point critical again; the Hessian exists (the pair is parallel:
 *       exact \( \theta \to 0 \) limit, MATH.md section 3) and has a zero direction along the split line;</li>
 *   <li>zero neuron: \( W \to (W; 0) \): the loss is unchanged, the new neuron is dead, and whether it can escape is
 *       the one-sided test of {@link EscapeTest}; at a spurious minimum the residual \( f_W - f_V \ne 0 \) usually
 *       gives \( D(u) = E[(f_W - f_V)(x)\,\sigma(u\cdot x)] < 0 \) somewhere, so the minimum becomes a saddle
 *       (Arjevani and Field's annihilation by over-parameterisation).</li>
 * </ul>
 * Cost: one Hessian spectrum O(((k+1) d)^3), plus the escape test for a zero neuron.
 */
public final class NetworkEmbedding {
    private NetworkEmbedding() {
    }

    /** @return W with row i replaced by \( t w_i \) and \( (1-t) w_i \) appended (copy) */
    public static double[][] split(double[][] W, int i, double t) {
        Matrices.checkRectangular(W, "student W");
        if (i < 0 || i >= W.length) {
            throw new InvalidInputException(DynamicsMessages.SPLIT_INDEX.format(i, W.length - 1));
        }
        Require.finite(t, "`ratio`");
        if (!(t > 0 && t < 1)) {
            throw new InvalidInputException(DynamicsMessages.SPLIT_RATIO.format(t));
        }
        if (Linear.isZero(W[i])) {
            throw new InvalidInputException(DynamicsMessages.SPLIT_ZERO.format(i));
        }
        int k = W.length;
        int d = W[0].length;
        double[][] out = new double[k + 1][];
        for (int l = 0; l < k; l++) {
            out[l] = W[l].clone();
        }
        out[k] = new double[d];
        for (int c = 0; c < d; c++) {
            out[i][c] = t * W[i][c];
            out[k][c] = (1 - t) * W[i][c];
        }
        return out;
    }

    /** @return W with a zero row appended (copy) */
    public static double[][] addZero(double[][] W) {
        Matrices.checkRectangular(W, "student W");
        double[][] out = new double[W.length + 1][];
        for (int l = 0; l < W.length; l++) {
            out[l] = W[l].clone();
        }
        out[W.length] = new double[W[0].length];
        return out;
    }

    /**
     * Splits neuron i of W with ratio t and analyses both points.
     *
     * @return losses, gradient norms, Hessian spectra and the classification of the split point
     */
    public static EmbeddingReport analyseSplit(double alpha, double[][] W, double[][] V, int i, double t) {
        double[][] e = split(W, i, t);
        NetworkLoss loss = Models.loss(alpha, V);
        Before b = before(loss, W);
        double after = loss.loss(e);
        double gAfter = gradientNorm(loss, e);
        HessianSpectrum spec = HessianSpectra.dense(loss, e);
        PointType type = PointType.of(gAfter, spec);
        return new EmbeddingReport(EmbeddingReport.Kind.SPLIT, i, t, W, e, b.loss, after, b.gradient, gAfter,
                b.spectrum, Optional.of(spec), Optional.empty(), type, lossEvidence(b.loss, after));
    }

    /**
     * Appends a zero neuron to W and analyses both points (the new one with the escape test).
     */
    public static EmbeddingReport analyseAddZero(double alpha, double[][] W, double[][] V, EscapeSettings settings) {
        double[][] e = addZero(W);
        NetworkLoss loss = Models.loss(alpha, V);
        Before b = before(loss, W);
        double after = loss.loss(e);
        EscapeReport esc = EscapeTest.test(alpha, e, V, settings);
        PointType type = switch (esc.classification()) {
            case SADDLE_ESCAPE -> PointType.SADDLE;
            case NOT_STATIONARY -> PointType.NOT_STATIONARY;
            case NO_FIRST_ORDER_ESCAPE -> b.spectrum.map(s -> s.index() > 0 ? PointType.SADDLE
                    : PointType.DEGENERATE).orElse(PointType.DEGENERATE);
            case UNDECIDED -> PointType.DEGENERATE;
        };
        return new EmbeddingReport(EmbeddingReport.Kind.ADD_ZERO, W.length, Double.NaN, W, e, b.loss, after, b.gradient,
                esc.liveGradientNorm(), b.spectrum, Optional.empty(), Optional.of(esc), type, lossEvidence(b.loss, after));
    }

    private record Before(double loss, double gradient, Optional<HessianSpectrum> spectrum) {
    }

    private static Before before(NetworkLoss loss, double[][] W) {
        boolean alive = true;
        for (double[] w : W) {
            alive &= !Linear.isZero(w);
        }
        double g = alive ? gradientNorm(loss, W) : Double.NaN;
        return new Before(loss.loss(W), g, alive ? Optional.of(HessianSpectra.dense(loss, W)) : Optional.empty());
    }

    static double gradientNorm(NetworkLoss loss, double[][] W) {
        double[] g = new double[W.length * W[0].length];
        loss.gradient(W, g);
        return Linear.norm(g);
    }

    private static Evidence lossEvidence(double before, double after) {
        return new Evidence("loss recomputed at both points with the compiled kernel; equal by positive homogeneity",
                Math.abs(after - before), "accuracy = |L_after - L_before|");
    }
}
