package org.landscape.verify;

/**
 * High-precision reference of the population loss
 * \( L = \tfrac12\sum_{i,l} K(w_i,w_l) - \sum_{i,j} K(w_i,v_j) + \tfrac12\sum_{j,m} K(v_j,v_m) \)
 * (Arjevani-Field normalisation \( \tfrac12 E[(f_W - f_V)^2] \), MATH.md section 3), its gradient (index
 * {@code i*d + c}) and Hessian ({@code (kd) x (kd)}, row-major), correctly rounded to double, with absolute error
 * estimates (max over entries). Arrays are copied in and out.
 *
 * @param k             number of student neurons
 * @param d             input dimension
 * @param loss          \( L(W) \)
 * @param gradient      \( \nabla_W L \), length {@code k*d}
 * @param hessian       \( \nabla^2_W L \), length {@code (k*d)^2}
 * @param lossError     absolute error estimate of {@code loss}
 * @param gradientError absolute error estimate of {@code gradient} entries
 * @param hessianError  absolute error estimate of {@code hessian} entries
 */
public record LossReference(int k, int d, double loss, double[] gradient, double[] hessian, double lossError,
                            double gradientError, double hessianError) {
    public LossReference {
        gradient = gradient.clone();
        hessian = hessian.clone();
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    @Override
    public double[] hessian() {
        return hessian.clone();
    }
}
