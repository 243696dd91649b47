package org.landscape.proof;

import org.landscape.interval.BigInterval;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalJet;
import org.landscape.interval.IntervalLoss;
import org.landscape.interval.IntervalMatrix;

import java.util.Optional;

/**
 * A tube of the branch \( \alpha \mapsto y(\alpha) \) of \( F(y, \alpha) = B^T\nabla L(By; \alpha) = 0 \) over an
 * interval A of alpha, as an {@link EnclosedMap} in the correction z: with the linear predictor
 * \( p(\alpha) = \tilde y + y'(\alpha - \alpha_m) \) (numerical, exact doubles),
 * \( G(z, \alpha) = F(p(\alpha) + z, \alpha) \). {@link Krawczyk} with the parameter kept as the interval A proves:
 * for every \( \alpha \in A \) exactly one zero \( z(\alpha) \in Z \) (R. E. Moore, parametrised Krawczyk). The
 * value at z = 0 is enclosed by the mean-value form in alpha:
 * \( G(0, A) \subseteq F(\tilde y, \alpha_m) + \frac{d}{d\alpha}F(p(\alpha), \alpha)|_{A}\,(A - \alpha_m) \), the
 * derivative along the predictor line from an {@link IntervalJet} with seed \( (B y', 1) \) and
 * \( F(\tilde y, \alpha_m) \) in {@link BigInterval} arithmetic, so G(0, A) is of size \( O(|A|^2) \). The
 * Jacobian is \( F_y \) over \( (p(A) + Z, A) \). Not thread-safe.
 */
final class BranchTube implements EnclosedMap {
    private final LossMap map;
    private final double[] center;
    private final double[] slope;
    private final double alphaMid;
    private final Interval alpha;
    private final IntervalLoss<IntervalJet> jets;
    private final double[][] teacher;
    private final int k;

    BranchTube(double[][] teacher, int k, ExactFixedSubspace fix, double[] center, double[] slope, Interval alpha) {
        this.teacher = teacher;
        this.k = k;
        this.map = new LossMap(teacher, k, Optional.of(fix), alpha, false);
        this.center = center.clone();
        this.slope = slope.clone();
        this.alphaMid = alpha.mid();
        this.alpha = alpha;
        this.jets = new IntervalLoss<>(IntervalJet.field(1), teacher);
    }

    @Override
    public int dimension() {
        return center.length;
    }

    /** @return the predictor box \( p(A) + Z \) in the unknowns y */
    Interval[] tube(Interval[] z) {
        Interval[] y = new Interval[center.length];
        Interval da = alpha.subtract(Interval.point(alphaMid));
        for (int j = 0; j < y.length; j++) {
            y[j] = Interval.point(center[j]).add(Interval.point(slope[j]).multiply(da)).add(z[j]);
        }
        return y;
    }

    /** @return the predictor box at one alpha of A plus Z */
    Interval[] slice(double a, Interval[] z) {
        Interval[] y = new Interval[center.length];
        Interval da = Interval.point(a).subtract(Interval.point(alphaMid));
        for (int j = 0; j < y.length; j++) {
            y[j] = Interval.point(center[j]).add(Interval.point(slope[j]).multiply(da)).add(z[j]);
        }
        return y;
    }

    @Override
    public Interval[] valueAt(double[] z) {
        for (double x : z) {
            if (x != 0) {
                throw new IllegalArgumentException("the tube map is centred at z = 0");
            }
        }
        Interval[] f0 = map.at(Interval.point(alphaMid)).valueAt(center);
        Interval[] y = tube(zeros());
        Interval[] w = map.lift(y);
        double[] dir = map.lift(slope);
        IntervalJet[] wj = new IntervalJet[w.length];
        for (int a = 0; a < w.length; a++) {
            wj[a] = IntervalJet.of(w[a], new Interval[]{Interval.point(dir[a])});
        }
        IntervalLoss.Result<IntervalJet> r = jets.evaluate(wj, IntervalJet.variable(alpha, 0, 1),
                IntervalLoss.Order.GRADIENT);
        Interval[] dg = new Interval[w.length];
        for (int a = 0; a < w.length; a++) {
            dg[a] = r.gradient()[a].derivative(0);
        }
        Interval[] df = map.project(dg);
        Interval da = alpha.subtract(Interval.point(alphaMid));
        Interval[] out = new Interval[center.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = f0[j].add(df[j].multiply(da));
        }
        return out;
    }

    private Interval[] zeros() {
        Interval[] z = new Interval[center.length];
        java.util.Arrays.fill(z, Interval.ZERO);
        return z;
    }

    @Override
    public IntervalMatrix jacobianOver(Interval[] z) {
        return map.jacobianOver(tube(z));
    }

    @Override
    public double[][] approximateJacobian(double[] z) {
        return map.approximateJacobian(center);
    }

    /** @return the full Hessian over \( (B(p(A) + Z), A) \) */
    IntervalMatrix hessianOver(Interval[] z) {
        return map.fullHessianOver(tube(z));
    }

    /**
     * The Hessian along the branch over the tube, with its total derivative in alpha: interval jets seeded with
     * \( (B y'(A), 1) \), where \( y'(A) \) encloses the branch's slope from \( F_y y' = -F_\alpha \) over the tube
     * ({@link IntervalLinearSystems}).
     *
     * @param z the enclosure of the branch in the correction (the branch lies in p(A) + z)
     * @return the Hessian jets (flat (kd)^2), or empty if the slope could not be enclosed
     */
    Optional<IntervalJet[]> hessianAlongBranch(Interval[] z) {
        Interval[] y = tube(z);
        Interval[] w = map.lift(y);
        IntervalJet[] wj = new IntervalJet[w.length];
        for (int i = 0; i < w.length; i++) {
            wj[i] = IntervalJet.of(w[i], new Interval[]{Interval.ZERO});
        }
        IntervalLoss.Result<IntervalJet> ra = jets.evaluate(wj, IntervalJet.variable(alpha, 0, 1),
                IntervalLoss.Order.GRADIENT);
        Interval[] ga = new Interval[w.length];
        for (int i = 0; i < w.length; i++) {
            ga[i] = ra.gradient()[i].derivative(0).negate();
        }
        Optional<Interval[]> yp = IntervalLinearSystems.solve(map.jacobianOver(y), map.project(ga));
        if (yp.isEmpty()) {
            return Optional.empty();
        }
        Interval[] dir = map.lift(yp.get());
        for (int i = 0; i < w.length; i++) {
            wj[i] = IntervalJet.of(w[i], new Interval[]{dir[i]});
        }
        return Optional.of(jets.evaluate(wj, IntervalJet.variable(alpha, 0, 1), IntervalLoss.Order.HESSIAN)
                .hessian());
    }

    /** @return the alpha interval */
    Interval alpha() {
        return alpha;
    }

    /** @return the map at the tube's alpha interval (for lifting and spectra) */
    LossMap lossMap() {
        return map;
    }

    double[][] teacher() {
        return teacher;
    }

    int width() {
        return k;
    }
}
