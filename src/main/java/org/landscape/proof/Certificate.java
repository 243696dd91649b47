package org.landscape.proof;

import org.landscape.interval.Interval;

import java.util.List;
import java.util.Optional;

/**
 * What an independent checker needs to re-check a proof about a critical point (written by
 * {@code --certificate FILE}, read by {@code verify-certificate}): the model (teacher, alpha as an interval,
 * normalisation \( L = \tfrac12 E[(f_W - f_V)^2] \)), the unknowns (full space, or \( W = By \) with an exact basis B
 * and the group generators that define it, as coordinate permutations of M(k,d)), the center and radius of the
 * Krawczyk box, and the claims to re-check: the loss enclosure, the Morse index and an enclosure of the smallest
 * Hessian eigenvalue. Plain data: doubles are exact (JSON round-trips them), no evaluator code.
 *
 * @param kind               "critical-point"
 * @param alpha              the slope interval the claims hold for
 * @param teacher            V, n x d
 * @param k                  student width
 * @param basis              the exact basis of Fix(H) (rows of length kd, entries -1, 0, 1), empty for M(k,d)
 * @param generators         the generators of H as maps of coordinates (target of each of the kd coordinates)
 * @param center             the center of the box in the unknowns
 * @param radius             the box radius (the zero is unique in the box)
 * @param loss               claimed enclosure of the loss at the zero
 * @param morseIndex         claimed Morse index (-1: not claimed)
 * @param smallestEigenvalue claimed enclosure of the smallest Hessian eigenvalue (ENTIRE: not claimed)
 */
public record Certificate(String kind, Interval alpha, double[][] teacher, int k, Optional<int[][]> basis,
                          List<int[]> generators, double[] center, double radius, Interval loss, int morseIndex,
                          Interval smallestEigenvalue) {
    /** The kind of a critical-point certificate. */
    public static final String CRITICAL_POINT = "critical-point";

    public Certificate {
        teacher = java.util.Arrays.stream(teacher).map(double[]::clone).toArray(double[][]::new);
        basis = basis.map(b -> java.util.Arrays.stream(b).map(int[]::clone).toArray(int[][]::new));
        generators = generators.stream().map(int[]::clone).toList();
        center = center.clone();
    }

    @Override
    public double[] center() {
        return center.clone();
    }

    @Override
    public double[][] teacher() {
        return java.util.Arrays.stream(teacher).map(double[]::clone).toArray(double[][]::new);
    }
}
