package org.landscape.analysis;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.landscape.base.Evidence;
import org.landscape.base.NotConvergedException;
import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.IsotypicHessian;
import org.landscape.solve.Newton;
import org.landscape.solve.NewtonResult;
import org.landscape.solve.NewtonSettings;

import java.util.List;

/**
 * The width at which a block eigenvalue of a symmetric family crosses zero, by direct root finding in k (the second
 * route of issue 19, independent of the continuation's event machinery): for each trial k, Newton on
 * {@link FamilyInWidth} at that fixed real k from the nearest solved width, then the eigenvalue of the named block
 * closest to zero; Brent's method (Hipparchus {@code BracketingNthOrderBrentSolver}, order 5) on that function over
 * a bracket whose ends have opposite signs.
 */
public final class WidthTransitions {
    private WidthTransitions() {
    }

    /**
     * A located fractional width.
     *
     * @param k         the width where the block's eigenvalue vanishes
     * @param precision the final bracket's half width in k
     * @param block     the block's label
     * @param evidence  how it was found
     */
    public record Transition(double k, double precision, String block, Evidence evidence) {
    }

    /**
     * @param family the family
     * @param start  a point of the family at an integer width (read)
     * @param alpha  the leaky slope
     * @param kLow   one end of the bracket
     * @param kHigh  the other end
     * @param block  the block's label with sizes in k, e.g. {@code [k-2,1]x[1]}
     * @return the width where the block eigenvalue nearest zero at {@code kLow} changes sign
     */
    public static Transition locate(YoungFamily family, double[][] start, double alpha, double kLow, double kHigh,
                                    String block) {
        FamilyInWidth problem = new FamilyInWidth(family, FamilyInWidth.Parameter.WIDTH, alpha);
        double[][] state = {WidthFamily.startPattern(family, start), {start.length}};
        int[] position = {-1};
        java.util.function.DoubleUnaryOperator lambda = k -> {
            double[] x = solve(problem, state, k);
            List<IsotypicComponents.Component> cs = problem.components(k);
            for (IsotypicComponents.Component c : cs) {
                if (problem.label(c).equals(block)) {
                    double[] ev = IsotypicHessian.of(List.of(c), x, problem.teacher(k), problem.kernel(k)).get(0)
                            .eigenvalues();
                    if (position[0] < 0) {
                        int best = 0;
                        for (int j = 1; j < ev.length; j++) {
                            best = Math.abs(ev[j]) < Math.abs(ev[best]) ? j : best;
                        }
                        position[0] = best;
                    }
                    return ev[position[0]];
                }
            }
            throw AnalysisMessages.OUT_OF_RANGE.invalid("block", block, "a block of " + family.template() + " at k = " + k);
        };
        double fLow = lambda.applyAsDouble(kLow);
        double fHigh = lambda.applyAsDouble(kHigh);
        if (fLow * fHigh > 0) {
            throw AnalysisMessages.OUT_OF_RANGE.invalid("bracket [" + kLow + ", " + kHigh + "]", block,
                    "ends where the block eigenvalue has opposite signs (" + fLow + ", " + fHigh + ")");
        }
        double tol = 1e-13;
        BracketingNthOrderBrentSolver brent = new BracketingNthOrderBrentSolver(1e-15, tol, 1e-300, 5);
        double root = brent.solve(200, lambda::applyAsDouble, Math.min(kLow, kHigh), Math.max(kLow, kHigh));
        return new Transition(root, tol, block, new Evidence("Brent (order 5) on the block eigenvalue of " + block
                + " nearest zero, Newton on the orbit-reduced equations at every trial width", tol,
                brent.getEvaluations() + " evaluations; bracket [" + kLow + ", " + kHigh + "]"));
    }

    /** Newton at width k from the last solution (the state is updated: {x, {k}}). */
    private static double[] solve(FamilyInWidth problem, double[][] state, double k) {
        NewtonResult r = new Newton().solve(problem, state[0], k, NewtonSettings.DEFAULT.withResidualTolerance(1e-13));
        if (!r.status().converged()) {
            throw new NotConvergedException("Newton on " + problem.family().template() + " at width k = " + k
                    + " did not converge (" + r.status() + "): the family may fold before this width");
        }
        state[0] = r.x();
        state[1][0] = k;
        return r.x();
    }
}
