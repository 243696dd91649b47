package org.landscape.model;

/**
 * \( \mathrm{atan2}(y, x) \) for \( 0 \le y \le x \) (the first octant, all the pair angles need: Kahan's formula
 * takes the atan2 of the smaller of \( |\hat w \mp \hat v| \) over the larger), with the same bits as
 * {@link StrictMath#atan2}: the fdlibm 5.3 algorithm ({@code e_atan2.c}, {@code s_atan.c}) that
 * {@code StrictMath} is specified to reproduce, restricted to that octant (argument reduction by
 * \( \mathrm{atan}(1/2) \) or \( \mathrm{atan}(1) \), then the odd polynomial of degree 23), written out in Java so that
 * the JIT compiles it inline: Java 17's {@code Math.atan2} calls the native fdlibm through JNI. Other arguments
 * (negative, NaN, infinite, y > x) go to {@link Math#atan2}. Equality with {@code StrictMath.atan2} bit for bit is
 * checked on random and boundary arguments in {@code FirstOctantAtan2Test}. Cost O(1), about 20 flops and one or two
 * divisions.
 */
final class FirstOctantAtan2 {
    private FirstOctantAtan2() {
    }

    private static final double ATAN_HALF_HI = 4.63647609000806093515e-01;
    private static final double ATAN_HALF_LO = 2.26987774529616870924e-17;
    private static final double ATAN_ONE_HI = 7.85398163397448278999e-01;
    private static final double ATAN_ONE_LO = 3.06161699786838301793e-17;
    private static final double T0 = 3.33333333333329318027e-01;
    private static final double T1 = -1.99999999998764832476e-01;
    private static final double T2 = 1.42857142725034663711e-01;
    private static final double T3 = -1.11111104054623557880e-01;
    private static final double T4 = 9.09088713343650656196e-02;
    private static final double T5 = -7.69187620504482999495e-02;
    private static final double T6 = 6.66107313738753120669e-02;
    private static final double T7 = -5.83357013379057348645e-02;
    private static final double T8 = 4.97687799461593236017e-02;
    private static final double T9 = -3.65315727442169155270e-02;
    private static final double T10 = 1.62858201153657823623e-02;

    /**
     * @param y the opposite side, \( 0 \le y \le x \) for the fast path
     * @param x the adjacent side
     * @return \( \mathrm{atan2}(y, x) \in [0, \pi/4] \), bit for bit {@code StrictMath.atan2(y, x)}
     */
    static double atan2(double y, double x) {
        if (!(y > 0 && y <= x && x < Double.POSITIVE_INFINITY)) {
            return Math.atan2(y, x); // zero, negative, NaN, infinite or outside the octant: the library
        }
        if (x == 1.0) {
            return atan(y);
        }
        return atan(y / x); // fdlibm: |y/x| <= 1 is neither above 2^60 nor below -2^60
    }

    /** fdlibm {@code atan} for \( 0 < t \le 1 \). */
    private static double atan(double t) {
        int ix = (int) (Double.doubleToRawLongBits(t) >>> 32) & 0x7fffffff;
        int id;
        double x = t;
        if (ix < 0x3fdc0000) { // |t| < 0.4375
            if (ix < 0x3e200000) { // |t| < 2^-29
                return t;
            }
            id = -1;
        } else if (ix < 0x3fe60000) { // 7/16 <= |t| < 11/16
            id = 0;
            x = (2.0 * x - 1.0) / (2.0 + x);
        } else { // 11/16 <= |t| <= 1
            id = 1;
            x = (x - 1.0) / (x + 1.0);
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (T0 + w * (T2 + w * (T4 + w * (T6 + w * (T8 + w * T10)))));
        double s2 = w * (T1 + w * (T3 + w * (T5 + w * (T7 + w * T9))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        double hi = id == 0 ? ATAN_HALF_HI : ATAN_ONE_HI;
        double lo = id == 0 ? ATAN_HALF_LO : ATAN_ONE_LO;
        return hi - ((x * (s1 + s2) - lo) - x);
    }
}
