package org.landscape.verify;

/**
 * High-precision reference values of the kernel and its derivatives at one pair {@code (w, v)}, each correctly
 * rounded to {@code double}, with absolute error estimates of the high-precision values (before rounding; the
 * rounding to double adds at most half an ulp). Matrices are flat row-major {@code d*d}:
 * {@code hessianWW[r*d+c]} \( = \partial^2 K/\partial w_r \partial w_c \),
 * {@code hessianWV[r*d+c]} \( = \partial^2 K/\partial w_r \partial v_c \). Arrays are copied in and out.
 *
 * @param value          \( K_\alpha(w, v) \)
 * @param gradientW      \( \nabla_w K = E[\sigma'(w\cdot x)\sigma(v\cdot x)\,x] \)
 * @param hessianWW      \( \nabla^2_{ww} K = (1-\alpha) E[\delta(w\cdot x)\sigma(v\cdot x)\,x x^T] \)
 * @param hessianWV      \( \nabla^2_{wv} K = E[\sigma'(w\cdot x)\sigma'(v\cdot x)\,x x^T] \)
 * @param theta          the angle between w and v (rounded)
 * @param valueError     absolute error estimate of {@code value}
 * @param gradientError  absolute error estimate, max over entries, of {@code gradientW}
 * @param hessianWWError absolute error estimate, max over entries, of {@code hessianWW}
 * @param hessianWVError absolute error estimate, max over entries, of {@code hessianWV}
 */
public record KernelReference(double value, double[] gradientW, double[] hessianWW, double[] hessianWV,
                              double theta, double valueError, double gradientError, double hessianWWError,
                              double hessianWVError) {
    public KernelReference {
        gradientW = gradientW.clone();
        hessianWW = hessianWW.clone();
        hessianWV = hessianWV.clone();
    }

    @Override
    public double[] gradientW() {
        return gradientW.clone();
    }

    @Override
    public double[] hessianWW() {
        return hessianWW.clone();
    }

    @Override
    public double[] hessianWV() {
        return hessianWV.clone();
    }
}
