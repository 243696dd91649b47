package org.landscape.claims;

import org.landscape.symbolic.Symja;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Statements for every width \( k \ge k_0 \) about the global-minimum blocks. Each factor of a block
 * determinant that depends on k must be shown free of roots for all \( k \ge k_0 \) by the shift test:
 * write \( k = k_0 + t \); if every coefficient of the polynomial in \( t \ge 0 \) has the same strict
 * sign (decided by rational interval arithmetic, \( \pi \in [\pi]_{60} \)), the polynomial has no root
 * with \( t \ge 0 \). A factor constant in the parameter must not vanish; a quadratic factor must have a
 * negative discriminant for every k. Factors free of k give the same roots for every k.
 */
public final class AllWidths {
    private AllWidths() {
    }

    /** Result: proven statements and what could not be proven. */
    public record Proof(boolean widthIndependent, List<String> steps, List<String> gaps) {
    }

    /** @return whether every k-dependent factor is root-free in the parameter for all k >= k0 */
    public static Proof prove(List<ExactBlock> blocks, int k0) {
        List<String> steps = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (ExactBlock b : blocks) {
            for (ExactBlock.Factor f : b.factors()) {
                if (f.degreeInK() == 0) {
                    continue;
                }
                String fs = Symja.display(f.f());
                if (f.degreeInA() == 0) {
                    int s = shiftSign(f.f(), k0);
                    if (s != 0) {
                        steps.add(b.component() + ": factor " + fs + " has constant sign " + (s > 0 ? "+" : "-")
                                + " for all k >= " + k0 + " (shift test)");
                    } else {
                        gaps.add(b.component() + ": factor " + fs + " not shown to be non-zero for all k >= " + k0);
                    }
                } else if (f.degreeInA() == 2) {
                    IExpr c = Symja.eval("CoefficientList[" + Symja.input(f.f()) + ", a]");
                    IExpr disc = Symja.eval("Expand[(" + Symja.input(c.getAt(2)) + ")^2 - 4*(" + Symja.input(c.getAt(1))
                            + ")*(" + Symja.input(c.getAt(3)) + ")]");
                    int s = shiftSign(disc, k0);
                    if (s < 0) {
                        steps.add(b.component() + ": quadratic factor " + fs + " has discriminant "
                                + Symja.display(Symja.eval("Factor[" + Symja.input(disc) + "]"))
                                + " < 0 for all k >= " + k0 + " (shift test): no real root for any k");
                    } else {
                        gaps.add(b.component() + ": quadratic factor " + fs + " may have real roots depending on k");
                    }
                } else {
                    gaps.add(b.component() + ": factor " + fs + " of degree " + f.degreeInA()
                            + " in the parameter depends on k; its roots move with k");
                }
            }
        }
        return new Proof(gaps.isEmpty(), steps, gaps);
    }

    /** @return the common strict sign of e(k0 + t) for all t >= 0, or 0 if the shift test is inconclusive */
    static int shiftSign(IExpr e, int k0) {
        IExpr coeffs = Symja.eval("CoefficientList[Expand[(" + Symja.input(e) + ") /. k -> " + k0 + " + tt], tt]");
        int sign = 0;
        for (int i = 1; i <= coeffs.argSize(); i++) {
            IExpr c = coeffs.getAt(i);
            RationalInterval v = IntervalEvaluator.eval(c, Map.of());
            if (v.isZero()) {
                if (i == 1) {
                    return 0;
                }
                continue;
            }
            int s = v.sign();
            if (s == 0 || (sign != 0 && s != sign)) {
                return 0;
            }
            sign = s;
        }
        return sign;
    }
}
