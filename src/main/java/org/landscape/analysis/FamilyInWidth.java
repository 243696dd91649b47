package org.landscape.analysis;

import org.landscape.model.KernelEvaluator;
import org.landscape.model.Models;
import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.IsotypicHessian;
import org.landscape.reduced.OrbitReducedLoss;
import org.landscape.reduced.OrbitSums;
import org.landscape.reduced.YoungShape;
import org.landscape.solve.BlockSpectrum;
import org.landscape.solve.JacobianSymmetry;
import org.landscape.solve.SmoothProblem;
import org.landscape.solve.SpectralBlocks;

import java.util.ArrayList;
import java.util.List;

/**
 * A Young family's critical-point equations ({@link YoungFamily}: diagonal or not) with the width k as a real
 * parameter (issue 19): the unknowns
 * are the k-independent pattern values x (the value of W on each orbit of \( H_k \), {@link YoungFamily}), the
 * orbit sizes are polynomials in k (\( n_f \), \( n_f(n_f - 1) \), \( n_f n_g \) with \( n_f \) affine in k), and
 * every term of the orbit sums ({@link OrbitReducedLoss}) is analytic in k wherever the representative pairs exist.
 *
 * <p>Residual \( F_o(x, k) = DL[E_o] / |o| \) (the mean gradient entry on orbit o: zeros are critical points of L at
 * every integer k, and the scaling keeps the entries O(1)); Jacobian \( J = D^{-1} A \) with
 * \( A_{oo'} = D^2L[E_o, E_{o'}] \) and \( D = \mathrm{diag}(|o|) \) (similar to the symmetric
 * \( D^{-1/2} A D^{-1/2} \), so its eigenvalues are real). The parameter p is k at fixed alpha, or alpha at fixed k
 * ({@link Parameter}).
 *
 * <p>Test functions: the eigenvalues of every isotypic block of the full Hessian ({@link IsotypicHessian}) at real k,
 * labelled with the sizes written in k ({@code [k-2,1]x[1]}), multiplicity the irreducible's dimension rounded. A
 * block is evaluated only where its orbit sums exist ({@code IsotypicComponents}: the standard block needs a
 * growing part of size at least 3, the two-row and hook blocks at least 4); elsewhere it is absent and the event
 * machinery skips the step. Not thread-safe.
 */
public final class FamilyInWidth implements SmoothProblem {
    /** Which variable the continuation parameter p is. */
    public enum Parameter {
        /** p = k, alpha fixed */
        WIDTH,
        /** p = alpha, k fixed */
        SLOPE
    }

    private final YoungFamily family;
    private final Parameter parameter;
    private final double fixed;
    private final int unknowns;
    private final String[] sizeNames;
    private final int[] order;

    /**
     * @param family    the family
     * @param parameter what p is
     * @param fixed     the other variable's value (alpha for {@link Parameter#WIDTH}, k for {@link Parameter#SLOPE})
     */
    public FamilyInWidth(YoungFamily family, Parameter parameter, double fixed) {
        this.family = family;
        this.parameter = parameter;
        this.fixed = fixed;
        YoungShape s = family.shape(family.minimumWidth() + 10);
        this.unknowns = s.studentOrbits();
        this.sizeNames = family.sizeExpressions();
        this.order = new int[s.factors()];
        for (int f = 0; f < order.length; f++) {
            order[f] = f;
        }
    }

    /** @return the family */
    public YoungFamily family() {
        return family;
    }

    /** @return k at parameter p */
    public double width(double p) {
        return parameter == Parameter.WIDTH ? p : fixed;
    }

    /** @return alpha at parameter p */
    public double slope(double p) {
        return parameter == Parameter.SLOPE ? p : fixed;
    }

    @Override
    public int dimension() {
        return unknowns;
    }

    private OrbitReducedLoss loss(double p) {
        YoungShape s = family.shape(width(p));
        if (s.studentOrbits() != unknowns) {
            throw AnalysisMessages.FAMILY_WIDTH.invalid(family.template(), width(p), family.minimumWidth() + 1);
        }
        return new OrbitReducedLoss(s, WidthFamily.identityTeacher(s), Models.kernel(slope(p)));
    }

    /** @return loss, gradient and Hessian in orbit-indicator directions at (x, p) */
    public OrbitSums sums(double[] x, double p) {
        return loss(p).evaluate(x, OrbitReducedLoss.Order.HESSIAN);
    }

    @Override
    public void residual(double[] x, double p, double[] out) {
        OrbitReducedLoss l = loss(p);
        OrbitSums s = l.evaluate(x, OrbitReducedLoss.Order.GRADIENT);
        for (int o = 0; o < unknowns; o++) {
            out[o] = s.gradient()[o] / l.shape().studentOrbitSize(o);
        }
    }

    @Override
    public void jacobian(double[] x, double p, double[] jac) {
        OrbitReducedLoss l = loss(p);
        double[][] h = l.evaluate(x, OrbitReducedLoss.Order.HESSIAN).hessian();
        for (int a = 0; a < unknowns; a++) {
            double size = l.shape().studentOrbitSize(a);
            for (int b = 0; b < unknowns; b++) {
                jac[a * unknowns + b] = h[a][b] / size;
            }
        }
    }

    @Override
    public JacobianSymmetry jacobianSymmetry() {
        return JacobianSymmetry.GENERAL;
    }

    /** @return the isotypic components at width k (those whose orbit sums exist there) */
    public List<IsotypicComponents.Component> components(double k) {
        return IsotypicComponents.of(family.shape(k));
    }

    /** @return the label of a component, sizes written in k */
    public String label(IsotypicComponents.Component c) {
        return c.label(sizeNames, order);
    }

    /** @return the teacher pattern of \( I_k \) at width k */
    double[] teacher(double k) {
        return WidthFamily.identityTeacher(family.shape(k));
    }

    /** @return the kernel at parameter p */
    KernelEvaluator kernel(double p) {
        return Models.kernel(slope(p));
    }

    @Override
    public SpectralBlocks spectralBlocks() {
        return (x, p, jacobian) -> {
            double k = width(p);
            List<IsotypicComponents.Component> cs = components(k);
            List<IsotypicHessian.Block> blocks = IsotypicHessian.of(cs, x, teacher(k), kernel(p));
            List<BlockSpectrum> out = new ArrayList<>();
            for (int c = 0; c < cs.size(); c++) {
                long dim = Math.max(1, Math.round(cs.get(c).dimension()));
                out.add(new BlockSpectrum(label(cs.get(c)), blocks.get(c).eigenvalues(),
                        (int) Math.min(dim, Integer.MAX_VALUE)));
            }
            return out;
        };
    }
}
