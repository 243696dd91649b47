package org.landscape.proof;

import org.landscape.base.InvalidInputException;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalJet;
import org.landscape.interval.IntervalLoss;

import java.util.Locale;

/**
 * The direction of the branch that bifurcates at a proved critical number inside Fix(K) (MATH.md section 6):
 * with the kernel simple in Fix(K) and the crossing transversal (both proved by {@link CriticalNumberProofs}),
 * Crandall and Rabinowitz (1971) give a unique \( C^1 \) branch \( s \mapsto (W(s), \alpha(s)) \) through
 * \( (W^*, \alpha^*) \) with \( \alpha'(0) = -\tfrac12\, D^3L(W^*)[u,u,u] \,/\, (u^T \tfrac{d}{d\alpha}\nabla^2 L\, u) \),
 * u the kernel vector. If the cubic form \( D^3L(W^*)[u,u,u] \) is enclosed away from 0 the branch crosses the
 * critical number transversally: it is transcritical (one half on each side). The cubic form is enclosed from
 * {@link IntervalJet}s along u (the directional derivative of the Hessian), over the enclosures of \( W^* \),
 * \( \alpha^* \) and u. When it vanishes by symmetry (a pitchfork) the direction needs fourth derivatives: not
 * proved here.
 */
public final class BranchDirections {
    private BranchDirections() {
    }

    /** @return an enclosure of \( D^3L(W^*)[u,u,u] \), or ENTIRE if the crossing is not proved */
    public static Interval cubicForm(double[][] teacher, CriticalNumberProof p) {
        if (!p.proved() || p.kernel().isEmpty()) {
            return Interval.ENTIRE;
        }
        int kd = p.point().size();
        IntervalJet[] w = new IntervalJet[kd];
        for (int a = 0; a < kd; a++) {
            w[a] = IntervalJet.of(p.point().get(a), new Interval[]{p.kernel().get(a)});
        }
        Interval[] h;
        try {
            IntervalJet[] hj = new IntervalLoss<>(IntervalJet.field(1), teacher).evaluate(w,
                    IntervalJet.constant(p.alpha(), 1), IntervalLoss.Order.HESSIAN).hessian();
            h = new Interval[hj.length];
            for (int i = 0; i < hj.length; i++) {
                h[i] = hj[i].derivative(0);
            }
        } catch (InvalidInputException e) {
            return Interval.ENTIRE;
        }
        Interval s = Interval.ZERO;
        for (int a = 0; a < kd; a++) {
            for (int b = 0; b < kd; b++) {
                s = s.add(p.kernel().get(a).multiply(h[a * kd + b]).multiply(p.kernel().get(b)));
            }
        }
        return s;
    }

    /** @return proved if the branch in Fix(K) of the crossing is transcritical */
    public static Verdict transcritical(double[][] teacher, CriticalNumberProof p) {
        Interval c = cubicForm(teacher, p);
        if (!c.isBounded()) {
            return Verdict.notProved("the crossing is not proved, or L is not C^3 at it");
        }
        if (c.containsZero()) {
            return Verdict.notProved(String.format(Locale.ROOT, "the cubic form D^3L[u,u,u] is enclosed in %s, which "
                    + "contains 0 (a pitchfork by symmetry needs fourth derivatives)", c));
        }
        return Verdict.PROVED;
    }
}
