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
     * @param before  the degree before the crossing
     * @param after   the degree after it
     * @param omega   \( \omega = \deg_{before} - \deg_{after} \)
     * @param maximal the classes with non-zero coefficient in omega that are maximal among them: the predicted
     *                symmetries (isotropy at least H) of bifurcating branches
     */
    public record BifurcationInvariant(BurnsideElement before, BurnsideElement after, BurnsideElement omega,
                                       List<Integer> maximal) {
        public BifurcationInvariant {
            maximal = List.copyOf(maximal);
        }
    }

    /**
     * @param before    isotypic Morse indices before the crossing (per irreducible)
     * @param crossings for each irreducible, how many copies turn negative at the crossing
     */
    public static BifurcationInvariant crossing(BurnsideRing ring, List<BasicDegree> basic, long[] before,
                                                long[] crossings) {
        long[] after = new long[before.length];
        for (int i = 0; i < after.length; i++) {
            after[i] = before[i] + crossings[i];
        }
        BurnsideElement b = atCriticalPoint(ring, basic, before);
        BurnsideElement a = atCriticalPoint(ring, basic, after);
        BurnsideElement omega = b.subtract(a);
        SubgroupLattice lat = ring.lattice();
        List<Integer> max = BasicDegrees.maximal(lat, new ArrayList<>(omega.support()));
        return new BifurcationInvariant(b, a, omega, max);
    }
}
