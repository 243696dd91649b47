package org.landscape.verify;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Conversions between {@code double}, exact {@link BigDecimal} and {@link Dfp}.
 * A {@code double} converts to {@code BigDecimal} exactly; sums and products of those stay exact;
 * the conversion to {@code Dfp} rounds once to the field's precision; the conversion back to
 * {@code double} is correctly rounded (through {@link BigDecimal#doubleValue()}).
 */
final class HighPrecision {
    private HighPrecision() {
    }

    /** @return the exact value of {@code x} */
    static BigDecimal exact(double x) {
        return new BigDecimal(x);
    }

    /** @return {@code x} rounded to {@code field}'s precision (plus guard digits) */
    static Dfp toDfp(DfpField field, BigDecimal x) {
        if (x.signum() == 0) {
            return field.getZero();
        }
        return field.newDfp(x.round(new MathContext(4 * field.getRadixDigits() + 8)).toString());
    }

    /** @return {@code x} correctly rounded to the nearest double */
    static double toDouble(Dfp x) {
        if (x.isNaN() || x.isInfinite()) {
            throw new ArithmeticException("non-finite high-precision value " + x);
        }
        if (x.isZero()) {
            return 0.0;
        }
        return new BigDecimal(x.toString()).doubleValue();
    }

    /** @return entrywise {@link #toDouble(Dfp)} */
    static double[] toDouble(Dfp[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = toDouble(x[i]);
        }
        return out;
    }

    /** @return an array of {@code n} zeros of {@code field} */
    static Dfp[] zeros(DfpField field, int n) {
        Dfp[] z = new Dfp[n];
        java.util.Arrays.fill(z, field.getZero());
        return z;
    }
}
