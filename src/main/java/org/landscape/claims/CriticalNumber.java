package org.landscape.claims;

import org.landscape.solve.EventKind;

/**
 * A parameter value where a Hessian block of the family is singular, isolated rigorously.
 *
 * @param component   Specht component (isotypic block) where it happens
 * @param exact       exact value as Symja input when known (e.g. "1"), otherwise empty
 * @param enclosure   rigorous enclosure of the value
 * @param multiplicity order of the root in the block determinant
 * @param kind        {@link EventKind#BRANCH_POINT} ("crossing": the block's negative count changes) or
 *                    {@link EventKind#TOUCH} ("touch": it does not)
 * @param indexBelow  negative eigenvalues of the block (counted once per copy) just below
 * @param indexAbove  same just above
 * @param k           width, or -1 when the value holds for every k in the stated range
 */
public record CriticalNumber(String component, String exact, RationalInterval enclosure, int multiplicity,
                             EventKind kind, int indexBelow, int indexAbove, int k) {

    /** @return the value as a double (midpoint of the enclosure) */
    public double value() {
        return enclosure.mid();
    }
}
