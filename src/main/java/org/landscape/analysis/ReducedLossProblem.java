package org.landscape.analysis;

import org.landscape.model.Models;
import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.IsotypicHessian;
import org.landscape.reduced.OrbitReducedLoss;
import org.landscape.reduced.OrbitSums;
import org.landscape.reduced.YoungShape;
import org.landscape.reduced.YoungStructure;
import org.landscape.solve.BlockSpectrum;
import org.landscape.solve.JacobianSymmetry;
import org.landscape.solve.SmoothProblem;
import org.landscape.solve.SpectralBlocks;

import java.util.ArrayList;
import java.util.List;

/**
 * The critical-point equation restricted to \( \mathrm{Fix}(H) \), H of Young type, in orbit-reduced form:
 * unknowns \( y_o = \sqrt{|o|}\, x_o \), the coordinates of W in the orthonormal basis \( E_o/\sqrt{|o|} \) of
 * \( \mathrm{Fix}(H) \) (\( x_o \) = the value of W on orbit o), residual \( F_o = DL[E_o]/\sqrt{|o|} \) (the
 * gradient, which lies in \( \mathrm{Fix}(H) \) by equivariance, so a zero is a critical point of L: MATH.md
 * section 4), Jacobian \( J_{oo'} = D^2L[E_o, E_{o'}]/\sqrt{|o||o'|} \) (the Hessian's trivial isotypic block),
 * both from orbit sums ({@link OrbitReducedLoss}): cost independent of k. Parameter p = alpha. The factor sizes may be
 * real (a family in the width). Test functions ({@link #spectralBlocks()}): the eigenvalues of every isotypic block
 * of the full Hessian ({@link IsotypicHessian}), each listed once with the irreducible's dimension as multiplicity.
 * Not thread-safe (caches the last evaluation).
 */
public final class ReducedLossProblem implements SmoothProblem {
    private final YoungShape shape;
    private final double[] teacher;
    private List<IsotypicComponents.Component> components;
    private List<String> labels;
    private OrbitReducedLoss loss;
    private double[] lastY;
    private double lastP = Double.NaN;
    private OrbitSums last;

    /**
     * @param shape   the Young shape of H
     * @param teacher the teacher's values on the teacher orbits (read, copied)
     */
    public ReducedLossProblem(YoungShape shape, double[] teacher) {
        this.shape = shape;
        this.teacher = teacher.clone();
    }

    /**
     * @param structure the Young structure of H (names the blocks like the spectra: {@code [98,1]x[1]})
     * @param teacher   the teacher's values on the teacher orbits (read, copied)
     * @return the problem with labelled test functions
     */
    public static ReducedLossProblem of(YoungStructure structure, double[] teacher) {
        ReducedLossProblem p = new ReducedLossProblem(structure.shape(), teacher);
        p.components = IsotypicComponents.of(structure.shape());
        int[] order = YoungIsotropy.labelFactors(structure);
        String suffix = YoungIsotropy.labelSuffix(structure);
        double[] sizes = structure.shape().sizes();
        p.labels = new ArrayList<>();
        for (IsotypicComponents.Component c : p.components) {
            p.labels.add(order.length == 0 ? (suffix.isEmpty() ? "trivial" : suffix.substring(1))
                    : c.label(sizes, order) + suffix);
        }
        return p;
    }

    /** @return the block labels of {@link #spectralBlocks()}, in component order */
    public List<String> labels() {
        ensureComponents();
        return List.copyOf(labels);
    }

    /** @return the irreducible dimension of each block (copy), in component order */
    public double[] irrepDimensions() {
        ensureComponents();
        double[] d = new double[components.size()];
        for (int c = 0; c < d.length; c++) {
            d[c] = components.get(c).dimension();
        }
        return d;
    }

    private void ensureComponents() {
        if (components == null) {
            components = IsotypicComponents.of(shape);
            int[] order = new int[shape.factors()];
            for (int f = 0; f < order.length; f++) {
                order[f] = f;
            }
            labels = new ArrayList<>();
            for (IsotypicComponents.Component c : components) {
                labels.add(c.label(shape.sizes(), order));
            }
        }
    }

    @Override
    public SpectralBlocks spectralBlocks() {
        ensureComponents();
        return (y, p, jacobian) -> {
            List<IsotypicHessian.Block> blocks = IsotypicHessian.of(components, pattern(y), teacher, Models.kernel(p));
            List<BlockSpectrum> out = new ArrayList<>();
            for (int c = 0; c < blocks.size(); c++) {
                long dim = Math.round(components.get(c).dimension());
                out.add(new BlockSpectrum(labels.get(c), blocks.get(c).eigenvalues(),
                        (int) Math.max(1, Math.min(dim, Integer.MAX_VALUE))));
            }
            return out;
        };
    }

    /** @return the shape */
    public YoungShape shape() {
        return shape;
    }

    /** @return the teacher's values on the teacher orbits (copy) */
    public double[] teacher() {
        return teacher.clone();
    }

    @Override
    public int dimension() {
        return shape.studentOrbits();
    }

    /** @return the orthonormal coordinates y of a pattern x: \( y_o = \sqrt{|o|}\, x_o \) */
    public double[] coordinates(double[] pattern) {
        double[] y = new double[pattern.length];
        for (int o = 0; o < y.length; o++) {
            y[o] = pattern[o] * Math.sqrt(shape.studentOrbitSize(o));
        }
        return y;
    }

    /** @return the pattern of orthonormal coordinates y: \( x_o = y_o / \sqrt{|o|} \) */
    public double[] pattern(double[] y) {
        double[] x = new double[y.length];
        for (int o = 0; o < y.length; o++) {
            x[o] = y[o] / Math.sqrt(shape.studentOrbitSize(o));
        }
        return x;
    }

    /** @return loss, gradient and Hessian on Fix(H) at the coordinates y (cached for the last (y, p)) */
    public OrbitSums sums(double[] y, double p) {
        if (last != null && p == lastP && java.util.Arrays.equals(y, lastY)) {
            return last;
        }
        if (loss == null || loss.alpha() != p) {
            loss = new OrbitReducedLoss(shape, teacher, Models.kernel(p));
        }
        last = loss.evaluate(pattern(y), OrbitReducedLoss.Order.HESSIAN);
        lastY = y.clone();
        lastP = p;
        return last;
    }

    @Override
    public void residual(double[] y, double p, double[] out) {
        if (loss == null || loss.alpha() != p) {
            loss = new OrbitReducedLoss(shape, teacher, Models.kernel(p));
        }
        if (last != null && p == lastP && java.util.Arrays.equals(y, lastY)) {
            System.arraycopy(last.orthonormalGradient(shape), 0, out, 0, out.length);
            return;
        }
        OrbitSums s = loss.evaluate(pattern(y), OrbitReducedLoss.Order.GRADIENT);
        System.arraycopy(s.orthonormalGradient(shape), 0, out, 0, out.length);
    }

    @Override
    public void jacobian(double[] y, double p, double[] jac) {
        double[][] h = sums(y, p).orthonormalHessian(shape);
        int m = h.length;
        for (int a = 0; a < m; a++) {
            System.arraycopy(h[a], 0, jac, a * m, m);
        }
    }

    @Override
    public JacobianSymmetry jacobianSymmetry() {
        return JacobianSymmetry.SYMMETRIC;
    }
}
