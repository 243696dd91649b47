package org.landscape.verify;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;

import java.math.BigDecimal;

/**
 * The orthonormal frame of the plane spanned by {@code w} and {@code v}, in high precision.
 *
 * <p>\( e_1 = w/|w| \), \( e_2 = q/|q| \) with \( q = |w|^2 v - (w\cdot v) w \) (so that
 * \( v = |v|(\cos\theta\, e_1 + \sin\theta\, e_2) \)), \( \sin\theta = |q| / (|w|^2 |v|) \),
 * \( \cos\theta = w\cdot v / (|w||v|) \), \( \theta \in [0, \pi] \) from an arctangent of an argument in [-1, 1]
 * ({@code Dfp.atan2} is avoided: in Hipparchus 4.0.2 it is only double-accurate for a negative second argument).
 * The polynomial quantities \( |w|^2, |v|^2, w\cdot v, q, |q|^2 \) are computed exactly in {@link BigDecimal}
 * from the exact values of the double inputs; only the square roots and divisions round, once, to the field's
 * precision. So \( \theta \) keeps full relative precision even for \( \theta = 10^{-12} \) or \( \pi - 10^{-8} \).
 * When \( q = 0 \) (parallel, antiparallel or {@code v = 0}) \( e_2 \) is any unit vector orthogonal to \( e_1 \)
 * (the zero vector if d = 1). Cost \( O(d) \) big-number operations. Requires {@code w != 0}.
 */
final class PlaneFrame {
    final Dfp normW;
    final Dfp normV;
    final Dfp cosTheta;
    final Dfp sinTheta;
    final Dfp theta;
    final Dfp[] e1;
    final Dfp[] e2;

    PlaneFrame(DfpField field, double[] w, double[] v) {
        int d = w.length;
        BigDecimal[] wb = new BigDecimal[d];
        BigDecimal[] vb = new BigDecimal[d];
        BigDecimal nw2 = BigDecimal.ZERO;
        BigDecimal nv2 = BigDecimal.ZERO;
        BigDecimal p = BigDecimal.ZERO;
        for (int c = 0; c < d; c++) {
            wb[c] = HighPrecision.exact(w[c]);
            vb[c] = HighPrecision.exact(v[c]);
            nw2 = nw2.add(wb[c].multiply(wb[c]));
            nv2 = nv2.add(vb[c].multiply(vb[c]));
            p = p.add(wb[c].multiply(vb[c]));
        }
        if (nw2.signum() == 0) {
            throw new IllegalArgumentException("w = 0 has no plane frame");
        }
        BigDecimal[] q = new BigDecimal[d];
        BigDecimal nq2 = BigDecimal.ZERO;
        for (int c = 0; c < d; c++) {
            q[c] = nw2.multiply(vb[c]).subtract(p.multiply(wb[c]));
            nq2 = nq2.add(q[c].multiply(q[c]));
        }
        Dfp nw2d = HighPrecision.toDfp(field, nw2);
        normW = nw2d.sqrt();
        normV = HighPrecision.toDfp(field, nv2).sqrt();
        e1 = new Dfp[d];
        for (int c = 0; c < d; c++) {
            e1[c] = HighPrecision.toDfp(field, wb[c]).divide(normW);
        }
        if (nq2.signum() > 0) {
            Dfp nq = HighPrecision.toDfp(field, nq2).sqrt();
            e2 = new Dfp[d];
            for (int c = 0; c < d; c++) {
                e2[c] = HighPrecision.toDfp(field, q[c]).divide(nq);
            }
            sinTheta = nq.divide(nw2d.multiply(normV));
            cosTheta = HighPrecision.toDfp(field, p).divide(normW.multiply(normV));
            theta = angle(field, sinTheta, cosTheta);
        } else {
            e2 = anyOrthogonal(field, wb, nw2);
            sinTheta = field.getZero();
            boolean anti = p.signum() < 0;
            cosTheta = anti ? field.getOne().negate() : field.getOne();
            theta = anti ? field.getPi() : field.getZero();
        }
    }

    /** @return theta in [0, pi] from sin >= 0 and cos, with arctangent arguments in [-1, 1] */
    private static Dfp angle(DfpField field, Dfp sin, Dfp cos) {
        if (cos.greaterThan(sin) || cos.equals(sin)) {
            return DfpMath.atan(sin.divide(cos));
        }
        Dfp halfPi = field.getPi().divide(2);
        if (cos.negate().lessThan(sin)) {
            return halfPi.subtract(DfpMath.atan(cos.divide(sin)));
        }
        return field.getPi().subtract(DfpMath.atan(sin.divide(cos.negate())));
    }

    /** A unit vector orthogonal to w (exact Gram-Schmidt of the axis where |w_c| is smallest). */
    private static Dfp[] anyOrthogonal(DfpField field, BigDecimal[] wb, BigDecimal nw2) {
        int d = wb.length;
        if (d == 1) {
            return HighPrecision.zeros(field, 1);
        }
        int j = 0;
        for (int c = 1; c < d; c++) {
            if (wb[c].abs().compareTo(wb[j].abs()) < 0) {
                j = c;
            }
        }
        BigDecimal[] q = new BigDecimal[d];
        BigDecimal nq2 = BigDecimal.ZERO;
        for (int c = 0; c < d; c++) {
            q[c] = (c == j ? nw2 : BigDecimal.ZERO).subtract(wb[j].multiply(wb[c]));
            nq2 = nq2.add(q[c].multiply(q[c]));
        }
        Dfp nq = HighPrecision.toDfp(field, nq2).sqrt();
        Dfp[] e = new Dfp[d];
        for (int c = 0; c < d; c++) {
            e[c] = HighPrecision.toDfp(field, q[c]).divide(nq);
        }
        return e;
    }
}
