/**
 * Generic numerical continuation and bifurcation for a smooth one-parameter problem \( F(x, p) = 0 \)
 * (MATH.md section 6), tested on textbook normal forms; it knows nothing of the loss, the model or symmetry
 * groups, which reach it only through {@link org.landscape.solve.SmoothProblem} and its block-eigenvalue callback
 * {@link org.landscape.solve.SpectralBlocks}. Pipeline position: used by {@code analysis}; imports only Hipparchus,
 * the JDK and {@code base}.
 *
 * <p>Problem, settings, algorithm, result (STYLE 3):
 * <ul>
 * <li>{@link org.landscape.solve.Newton} + {@link org.landscape.solve.NewtonSettings} ->
 * {@link org.landscape.solve.NewtonResult} (damped Newton, status and residual history);</li>
 * <li>{@link org.landscape.solve.PalcContinuation} + {@link org.landscape.solve.ContinuationSettings} ->
 * {@link org.landscape.solve.Branch} (Keller's pseudo-arclength continuation, events from pluggable
 * {@link org.landscape.solve.EventDetector}s located to machine precision where the conditioning allows, progress
 * through a {@link org.landscape.solve.ContinuationListener} or step by step through the iterator
 * {@link org.landscape.solve.ContinuationRun});</li>
 * <li>{@link org.landscape.solve.BranchSwitching} + {@link org.landscape.solve.BranchSwitchSettings} ->
 * {@link org.landscape.solve.BranchSwitchResult} (perturb-and-correct along a kernel direction; sub-/super-/
 * transcritical and stability of each half).</li>
 * </ul>
 * <p>Example (executed by {@code PackageExampleTest}): the supercritical pitchfork of
 * \( L = x^4/4 - p x^2/2 \), i.e. \( F = x^3 - p x \), \( J = 3x^2 - p \):
 * <pre>{@code
 * SmoothProblem f = new SmoothProblem() {
 *     public int dimension() { return 1; }
 *     public void residual(double[] x, double p, double[] out) { out[0] = x[0] * x[0] * x[0] - p * x[0]; }
 *     public void jacobian(double[] x, double p, double[] jac) { jac[0] = 3 * x[0] * x[0] - p; }
 *     public JacobianSymmetry jacobianSymmetry() { return JacobianSymmetry.SYMMETRIC; }
 * };
 * ContinuationSettings settings = ContinuationSettings.of(-1, 1);
 * Branch trivial = new PalcContinuation().run(f, new double[] {0}, -1, settings);
 * SpecialPoint bp = trivial.events(EventKind.BRANCH_POINT).get(0);        // p = 0, index 0 -> 1
 * BranchSwitchResult r = new BranchSwitching().switchAt(f, bp, BranchSwitchSettings.of(settings));
 * r.criticality();                                                         // SUPERCRITICAL
 * r.half(+1).branch().points();                                           // p = x^2, index 0
 * }</pre>
 * Thresholds live in {@link org.landscape.solve.SolveThresholds}, messages in {@code SolveMessages}.
 * Sources: H. B. Keller, "Numerical solution of bifurcation and nonlinear eigenvalue problems" (1977);
 * E. L. Allgower and K. Georg, <em>Introduction to Numerical Continuation Methods</em> (SIAM 2003);
 * Yu. A. Kuznetsov, <em>Elements of Applied Bifurcation Theory</em>, 3rd ed. (2004), chapter 10 (test functions).
 */
package org.landscape.solve;
