package org.landscape.dynamics;

import org.landscape.base.Evidence;

/**
 * The escape test at one dead neuron \( w_i = 0 \).
 *
 * @param neuron           index i of the dead neuron
 * @param reducedDimension dimension m of the sphere actually searched: \( D \) depends on u only through its
 *                         projection on \( S = \mathrm{span}\{w_l, v_j\} \) and the length of the rest, so m = min(d, dim S + 1)
 * @param minimum          the smallest value of D found (evaluated at {@link #direction()})
 * @param direction        the unit minimiser \( u^* \in R^d \) (copy); the escape direction when negative
 * @param lowerBound       certified lower bound of \( \min D \) (branch and bound with a Lipschitz bound)
 * @param verdict          escape, no escape, undecided
 * @param evaluations      evaluations of D spent
 * @param evidence         method and accuracy
 */
public record NeuronEscape(int neuron, int reducedDimension, double minimum, double[] direction, double lowerBound,
                           EscapeVerdict verdict, long evaluations, Evidence evidence) {
    /** Copies the direction. */
    public NeuronEscape {
        direction = direction.clone();
    }

    @Override
    public double[] direction() {
        return direction.clone();
    }
}
