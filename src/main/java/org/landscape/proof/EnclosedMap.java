package org.landscape.proof;

import org.landscape.interval.Interval;
import org.landscape.interval.IntervalMatrix;

/**
 * A map \( F: \mathbb{R}^m \to \mathbb{R}^m \) known through rigorous enclosures: of its value at a point and of
 * its Jacobian over a box. The problem type of {@link Krawczyk}.
 */
public interface EnclosedMap {

    /** @return m */
    int dimension();

    /** @return an enclosure of \( F(x) \) at the exactly representable point x (read) */
    Interval[] valueAt(double[] x);

    /** @return an enclosure of \( \{F'(x) : x \in X\} \), m x m, for the box X (read) */
    IntervalMatrix jacobianOver(Interval[] box);

    /** @return the Jacobian at x in double precision, for the preconditioner (need not be rigorous) */
    double[][] approximateJacobian(double[] x);
}
