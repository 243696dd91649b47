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
 * <p>Orbit-reduced certificates (block-structured points of any width) carry no kd-long basis: {@link #reduced()}
 * gives H and the point stabilisers K whose fixed spaces carry the Morse index as permutations of the k + d rows and
 * columns, and one coordinate of the orbit of each unknown; the basis is the set of orbit indicators of H.
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
 * @param reduced            the orbit-reduced form of a Fix(H) certificate (then basis and generators are empty)
 */
public record Certificate(String kind, Interval alpha, double[][] teacher, int k, Optional<int[][]> basis,
                          List<int[]> generators, double[] center, double radius, Interval loss, int morseIndex,
                          Interval smallestEigenvalue, Optional<Reduced> reduced) {
    /** The kind of a critical-point certificate. */
    public static final String CRITICAL_POINT = "critical-point";

    /**
     * Fix(H) for a group H of permutations of rows and columns, without a kd-long basis.
     *
     * @param generators  generators of H as permutations of the k + d points (rows 0..k-1, columns k..k+d-1)
     * @param unknowns    for each unknown (the value of W on one orbit of H on the coordinates), one coordinate
     *                    \( i d + c \) of that orbit: \( W = \sum_j y_j E_{O_j} \), \( E_O \) the orbit indicators
     * @param stabilisers generators of subgroups K (same form) whose fixed spaces carry the Hessian's spectrum: every
     *                    isotypic component of M(k,d) under H meets one of them
     */
    public record Reduced(List<int[]> generators, int[] unknowns, List<List<int[]>> stabilisers) {
        public Reduced {
            generators = generators.stream().map(int[]::clone).toList();
            unknowns = unknowns.clone();
            stabilisers = stabilisers.stream().map(l -> l.stream().map(int[]::clone).toList()).toList();
        }

        @Override
        public int[] unknowns() {
            return unknowns.clone();
        }
    }

    public Certificate {
        teacher = java.util.Arrays.stream(teacher).map(double[]::clone).toArray(double[][]::new);
        basis = basis.map(b -> java.util.Arrays.stream(b).map(int[]::clone).toArray(int[][]::new));
        generators = generators.stream().map(int[]::clone).toList();
        center = center.clone();
    }

    /** A certificate in M(k,d) or with an explicit Fix(H) basis (no orbit-reduced form). */
    public Certificate(String kind, Interval alpha, double[][] teacher, int k, Optional<int[][]> basis,
                       List<int[]> generators, double[] center, double radius, Interval loss, int morseIndex,
                       Interval smallestEigenvalue) {
        this(kind, alpha, teacher, k, basis, generators, center, radius, loss, morseIndex, smallestEigenvalue,
                Optional.empty());
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
