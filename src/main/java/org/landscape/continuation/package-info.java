/**
 * Continuation in alpha of critical points of the loss, with bifurcation detection per isotypic block and equivariant
 * branch switching (MATH.md section 6, issue 7): the loss-specific layer over the generic {@code solve} package.
 * Pipeline position: uses {@code model} (loss, gradient, Hessian), {@code rep} (isotypic decomposition, Fix(H),
 * isotropy), {@code degree} (omega and its maximal orbit types) and {@code solve} (Newton, PALC, events, branch
 * switching); used by the {@code continue} command. No I/O.
 *
 * <p>Problem, settings, algorithm, result (STYLE 3): {@link org.landscape.continuation.LossOnSubspace} (the loss in
 * Fix(H) as a {@code SmoothProblem}) + {@link org.landscape.continuation.LossContinuationSettings} ->
 * {@link org.landscape.continuation.LossContinuation} -> {@link org.landscape.continuation.LossBranch}
 * ({@link org.landscape.continuation.BranchSample} points, {@link org.landscape.continuation.LossEvent} events with
 * omega, orbit types and {@link org.landscape.continuation.SwitchedBranch} branches). Test functions:
 * {@link org.landscape.continuation.IsotypicTestFunctions}.
 *
 * <p>Example: {@code new LossContinuation().run(V, W0, Optional.of(Groups.parse("DeltaS5")),
 * LossContinuationSettings.of(-3, 3), LossContinuation.Progress.SILENT)}.
 */
package org.landscape.continuation;
