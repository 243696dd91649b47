/**
 * Independent verification references for the Gaussian leaky-ReLU kernel
 * \( K_\alpha(w,v) = E[\sigma_\alpha(w\cdot x)\,\sigma_\alpha(v\cdot x)] \), \( x \sim N(0, I_d) \), and for the
 * population loss, gradient and Hessian assembled from it (MATH.md sections 1 to 3).
 *
 * <p>Nothing here uses the project's closed forms: values come from
 * <ul>
 *   <li>{@link org.landscape.verify.QuadratureReference}: 45-digit polar quadrature of the Gaussian expectation in
 *       the plane of {@code w} and {@code v} (exact radial moments, Gauss-Legendre between the kinks);</li>
 *   <li>{@link org.landscape.verify.MonteCarloReference}: seeded Monte Carlo with standard errors;</li>
 *   <li>{@link org.landscape.verify.FiniteDifferences}: central differences with Richardson extrapolation.</li>
 * </ul>
 * {@link org.landscape.verify.VerificationSuite} runs a fixed case list through all three against any
 * {@link org.landscape.model.KernelEvaluator} / {@link org.landscape.model.LossEvaluator} and reports maximum errors.
 * This package sits beside the pipeline: it imports {@code base} and the evaluator interfaces of {@code model} only.
 */
package org.landscape.verify;
