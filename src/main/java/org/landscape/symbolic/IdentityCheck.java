package org.landscape.symbolic;

/**
 * An identity checked by the derivation: the residual {@code lhs - rhs} simplified by Symja, and
 * the same residual evaluated in 30 digits at seeded random points (Symja's simplifier is not
 * trusted alone).
 *
 * @param name              short name
 * @param statement         the identity in words/formula
 * @param residual          Symja's simplified residual (should be "0")
 * @param provenSymbolically whether the residual simplified to exactly 0
 * @param numericMaxError   max |residual| over the numeric sample
 * @param samples           number of numeric sample points
 */
public record IdentityCheck(String name, String statement, String residual, boolean provenSymbolically,
                            double numericMaxError, int samples) {

    /** @return true if proven symbolically and numerically below 1e-25 */
    public boolean holds() {
        return provenSymbolically && numericMaxError < 1e-25;
    }
}
