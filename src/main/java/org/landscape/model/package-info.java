/**
 * The numeric model (MATH.md sections 1-3): the Gaussian leaky-ReLU kernel
 * \( K_\alpha(w,v) = |w||v|\,g(\theta) \) assembled from compiled scalar profiles ({@link org.landscape.model.ProfileKernel}),
 * and the population loss \( L = \tfrac12 E[(f_W - f_V)^2] \) of a student W (k x d) against a teacher V (n x d):
 * loss, gradient, Hessian and Hessian-vector product ({@link org.landscape.model.NetworkLoss}, Kahan angles,
 * parallel row blocks), the alpha-independent parts \( L_\alpha = \alpha A + (1-\alpha)^2 B \)
 * ({@link org.landscape.model.LossAtPoint}) and the overlap form from \( Q = WW^T, M = WV^T \)
 * ({@link org.landscape.model.OverlapLoss}). Sits after {@code compile} (profiles) and before the solvers;
 * imports no Symja type. {@link org.landscape.model.Models} chooses the profiles and reports the choice.
 */
package org.landscape.model;
