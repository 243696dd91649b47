package org.landscape.verify;

import org.landscape.model.LossEvaluator;

/** Makes the {@link LossEvaluator} under test for a slope \( \alpha \) and a teacher V (n x d, read). */
@FunctionalInterface
public interface LossEvaluatorFactory {
    LossEvaluator create(double alpha, double[][] V);
}
