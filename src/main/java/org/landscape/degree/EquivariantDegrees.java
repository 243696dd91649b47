package org.landscape.degree;

import org.landscape.base.InvalidInputException;
import org.landscape.group.SubgroupLattice;

import java.util.ArrayList;
import java.util.List;

/**
 * Degrees at non-degenerate critical points and bifurcation invariants (MATH.md §5). With \( m_i \) copies of
 * the irreducible \( V_i \) in the negative eigenspace of the G-equivariant Hessian,
 * \( G\text{-}\deg = \prod_i \deg_{V_i}^{m_i} \) (the unit (G) when all \( m_i = 0 \)). At a crossing,
 * \( \omega(\alpha_0) = \deg(\alpha_0 - \varepsilon) - \deg(\alpha_0 + \varepsilon) \).
 */
public final class EquivariantDegrees {
    private EquivariantDegrees() {
    }

    /**
     * @param basic         the basic degrees of all irreducibles, in character-table order
     * @param morseIndices  \( m_i \ge 0 \) per irreducible (same order)
     * @return \( \prod_i \deg_{V_i}^{m_i} \)
     */
    public static BurnsideElement atCriticalPoint(BurnsideRing ring, List<BasicDegree> basic, long[] morseIndices) {
        if (morseIndices.length != basic.size()) {
            throw new InvalidInputException(DegreeMessages.MORSE_INDEX_COUNT.format(basic.size(),
                    morseIndices.length));
        }
        BurnsideElement d = ring.unit();
        for (int i = 0; i < morseIndices.length; i++) {
            if (morseIndices[i] < 0) {
                throw new InvalidInputException(DegreeMessages.NEGATIVE_MORSE_INDEX.format(basic.get(i).irrep(),
                        morseIndices[i]));
            }
            if (morseIndices[i] > 0) {
                d = d.multiply(basic.get(i).degree().pow(morseIndices[i]));
            }
        }
        return d;
    }

    /**
     * The bifurcation invariant at a crossing.
     *
     * @param before            the degree before the crossing
     * @param after             the degree after it
     * @param omega             \( \omega = \deg_{before} - \deg_{after} \)
     * @param supportMaxima     the classes with non-zero coefficient in omega that are maximal among those classes
     * @param maximalOrbitTypes the maximal orbit types of the crossing space \( \bigoplus_i V_i^{c_i} \setminus 0 \)
     * @param predicted         the maximal orbit types with non-zero coefficient in omega: each forces a branch of
     *                          critical points with isotropy at least H (Balanov–Krawcewicz–Steinlein 2006; MATH.md §5)
     */
    public record BifurcationInvariant(BurnsideElement before, BurnsideElement after, BurnsideElement omega,
                                       List<Integer> supportMaxima, List<Integer> maximalOrbitTypes,
                                       List<Integer> predicted) {
        public BifurcationInvariant {
            supportMaxima = List.copyOf(supportMaxima);
            maximalOrbitTypes = List.copyOf(maximalOrbitTypes);
            predicted = List.copyOf(predicted);
        }
    }

    /**
     * @param before    isotypic Morse indices before the crossing (per irreducible)
     * @param crossings for each irreducible, how many copies turn negative at the crossing (negative: turn positive);
     *                  the crossing space is \( \bigoplus_i V_i^{|m_i|} \)
     */
    public static BifurcationInvariant crossing(BurnsideRing ring, List<BasicDegree> basic, long[] before,
                                                long[] crossings) {
        if (crossings.length != basic.size()) {
            throw new InvalidInputException(DegreeMessages.MORSE_INDEX_COUNT.format(basic.size(), crossings.length));
        }
        long[] after = new long[before.length];
        for (int i = 0; i < after.length; i++) {
            after[i] = before[i] + crossings[i];
        }
        BurnsideElement b = atCriticalPoint(ring, basic, before);
        BurnsideElement a = atCriticalPoint(ring, basic, after);
        BurnsideElement omega = b.subtract(a);
        SubgroupLattice lat = ring.lattice();
        List<Integer> supportMax = BasicDegrees.maximal(lat, new ArrayList<>(omega.support()));
        long[] dims = new long[ring.rank()];
        for (int i = 0; i < crossings.length; i++) {
            long[] di = basic.get(i).fixedDimensions();
            for (int l = 0; l < dims.length; l++) {
                dims[l] += Math.abs(crossings[i]) * di[l];
            }
        }
        List<Integer> maxTypes = BasicDegrees.maximal(lat, BasicDegrees.orbitTypes(lat, dims));
        List<Integer> predicted = new ArrayList<>();
        for (int h : maxTypes) {
            if (omega.coefficient(h) != 0) {
                predicted.add(h);
            }
        }
        return new BifurcationInvariant(b, a, omega, supportMax, maxTypes, predicted);
    }
}
