package org.landscape.solve;

import java.util.List;

/**
 * One computed point \( (x, p) \) of a solution branch with its test-function data.
 *
 * @param x               the state, copied
 * @param p               the parameter
 * @param arclength       chord arclength from the branch's first point, \( s_{i+1} = s_i + \|y_{i+1} - y_i\|_2 \),
 *                        \( y = (x, p) \)
 * @param tangent         unit tangent \( (\dot x, \dot p) \) in \( \mathbb{R}^{n+1} \) in the direction of travel, copied
 * @param blocks          block spectra from {@link SmoothProblem#spectralBlocks()}
 * @param index           the sum of the blocks' negative counts (Morse index for symmetric \( J \))
 * @param determinantSign sign of \( \det J \) from LU (the classical branch-point test function)
 * @param residual        \( \|F(x, p)\|_2 \) after correction
 */
public record BranchPoint(double[] x, double p, double arclength, double[] tangent, List<BlockSpectrum> blocks,
        int index, int determinantSign, double residual) {

    public BranchPoint {
        x = x.clone();
        tangent = tangent.clone();
        blocks = List.copyOf(blocks);
    }

    /** @return a copy of the state */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the tangent */
    @Override
    public double[] tangent() {
        return tangent.clone();
    }

    /** @return \( \dot p \), the parameter component of the unit tangent; it changes sign at a fold */
    public double tangentP() {
        return tangent[tangent.length - 1];
    }

    /** @return the point as \( y = (x, p) \), a fresh array */
    public double[] y() {
        double[] y = new double[x.length + 1];
        System.arraycopy(x, 0, y, 0, x.length);
        y[x.length] = p;
        return y;
    }

    /** @return {@link Stability#STABLE} when the index is 0 (a local minimum for gradient problems) */
    public Stability stability() {
        return index == 0 ? Stability.STABLE : Stability.UNSTABLE;
    }

    /** @return the block with this label, if present */
    public java.util.Optional<BlockSpectrum> block(String label) {
        return blocks.stream().filter(b -> b.label().equals(label)).findFirst();
    }

    /** @return \( \|x\|_2 \) */
    public double norm() {
        return Dense.norm(x);
    }
}
