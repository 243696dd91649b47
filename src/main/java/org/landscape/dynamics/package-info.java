/**
 * Dynamics and stationarity beyond the Hessian (issue 9; MATH.md sections 3 and 7):
 * <ul>
 *   <li>{@link org.landscape.dynamics.EscapeTest}: the one-sided directional derivative
 *       \( D(u) = \sum_{l \ne i} K(u, w_l) - \sum_j K(u, v_j) \) at a dead neuron \( w_i = 0 \), minimised
 *       over the unit sphere with a branch-and-bound certificate (Wu, Simsek and Ged, arXiv 2402.05626);</li>
 *   <li>{@link org.landscape.dynamics.NetworkEmbedding}: width k to k+1 by splitting a neuron or adding a
 *       zero neuron, with the new point's stationarity, Hessian index and loss (Arjevani and Field's
 *       annihilation of spurious minima);</li>
 *   <li>{@link org.landscape.dynamics.GdStability}: the linear threshold \( \eta^* = 2/\lambda_{max} \) of
 *       gradient descent and the flip coefficient from third and fourth derivatives (Mulayoff and Stich);</li>
 *   <li>{@link org.landscape.dynamics.GradientFlow} and {@link org.landscape.dynamics.OverlapFlow}: gradient
 *       flow in W and the induced flow of the summary statistics \( (Q, M) = (W W^T, W V^T) \)
 *       (Huang, Loureiro and Sarao Mannelli), integrated with Hipparchus' Dormand-Prince 8(5,3).</li>
 * </ul>
 * Sits after {@code model} in the pipeline; imports {@code model}, {@code base} and Hipparchus, never
 * {@code cli}, {@code io} or Symja. Loss normalisation throughout: \( L = \tfrac12 E[(f_W - f_V)^2] \).
 */
package org.landscape.dynamics;
