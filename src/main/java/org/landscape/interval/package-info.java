/**
 * Interval arithmetic and interval evaluators of the loss: the first half of the proof pipeline (issue 17).
 *
 * <p>{@link org.landscape.interval.Interval} is a closed interval with outward-rounded arithmetic under a stated
 * error model (correctly rounded \( +, -, \times, /, \sqrt{} \) turned into exact directed roundings; StrictMath
 * sin, cos, atan2 widened beyond their specified ulp bounds; an enclosure of \( \pi \));
 * {@link org.landscape.interval.IntervalJet} adds enclosures of first derivatives (forward-mode AD over intervals).
 * Both implement {@link org.landscape.interval.Enclosure}, against which the generated evaluators of
 * {@code interval.generated} are written: the kernel profiles and the frame assembly of the kernel's gradient and
 * Hessian blocks, printed from the symbolic layer (never typed). {@link org.landscape.interval.IntervalLoss} sums
 * them over the pairs of a network: loss, gradient and Hessian over a box of weights and an interval of alpha.
 *
 * <p>Place in the pipeline: after {@code symbolic}/{@code compile} (which generate {@code interval.generated}),
 * before {@code proof}. Imports only {@code base} and its generated sub-package; no Symja type, no model code.
 */
package org.landscape.interval;
