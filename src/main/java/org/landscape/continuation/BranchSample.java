package org.landscape.continuation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One computed point of a branch of critical points, in the terms of the loss (MATH.md section 6).
 *
 * @param alpha      the leaky slope
 * @param loss       \( L(W; V, \alpha) \)
 * @param norm       \( \|W\|_F \)
 * @param index      the Morse index (negative eigenvalues of the full Hessian, counted with multiplicity)
 * @param stable     index 0 (a local minimum, possibly degenerate)
 * @param residual   \( \|F\|_2 \) after correction, in the continuation coordinates
 * @param blocks     eigenvalues per test-function block (label -> ascending eigenvalues), copied
 * @param w          the weights, flattened \( i d + c \), copied
 */
public record BranchSample(double alpha, double loss, double norm, int index, boolean stable, double residual,
        Map<String, double[]> blocks, double[] w) {

    public BranchSample {
        Map<String, double[]> c = new LinkedHashMap<>();
        blocks.forEach((key, v) -> c.put(key, v.clone()));
        blocks = java.util.Collections.unmodifiableMap(c);
        w = w.clone();
    }

    @Override
    public double[] w() {
        return w.clone();
    }
}
