package org.landscape.proof;

import org.landscape.interval.Enclosure;
import org.landscape.interval.EnclosureField;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalJet;
import org.landscape.interval.IntervalMatrix;

import java.util.Optional;

/**
 * At most one zero of the near-singular eigenvalue on a tube of the branch, and its sign at the ends (MATH.md
 * section 6): on \( \mathrm{Fix}(K) \) (exact basis \( B_K \)), \( M(\alpha) = B_K^T \nabla^2 L(y(\alpha), \alpha) B_K \)
 * is congruent to the Hessian restricted to Fix(K). With Q the approximate eigenvectors of mid M (the near-null one
 * last), \( N = Q^T M Q \) has the \( LDL^T \) pivots \( p_1, \ldots, p_m \), \( \det M \propto \prod p_i \). If
 * \( p_1..p_{m-1} \) exclude 0 on the tube, the zeros of \( \det M \) in A are those of \( p_m \); if the total
 * derivative \( dp_m/d\alpha \) excludes 0 (interval jets seeded with \( (B_G y'(\alpha), 1) \), y' enclosed from
 * \( F_y y' = -F_\alpha \)), \( p_m \) is strictly monotone: at most one zero, exactly one if the signs at the ends
 * differ. Cost: one Hessian of jets over the tube plus \( O(m_K^3) \).
 */
final class CrossingMonotonicity {
    /** Outcome on a tube. */
    enum Outcome {
        /** \( p_m \) changes sign once: exactly one simple zero in A. */
        ONE_CROSSING,
        /** \( p_m \) keeps its sign: no zero in A. */
        NO_ZERO,
        /** Not decided (a pivot or the derivative contains 0). */
        UNDECIDED
    }

    private CrossingMonotonicity() {
    }

    /**
     * @param tube the proved tube
     * @param z    its Krawczyk enclosure Z (the branch lies in p(A) + Z)
     * @param bk   exact basis of Fix(K)
     * @return the outcome
     */
    static Outcome check(BranchTube tube, Interval[] z, ExactFixedSubspace bk) {
        Optional<IntervalJet[]> jets = tube.hessianAlongBranch(z);
        if (jets.isEmpty()) {
            return Outcome.UNDECIDED;
        }
        Interval a = tube.alpha();
        IntervalJet[] hj = jets.get();
        int kd = (int) Math.round(Math.sqrt(hj.length));
        double[][] b = bk.basisRows();
        int mk = b.length;
        Interval[] hv = new Interval[kd * kd];
        Interval[] hd = new Interval[kd * kd];
        for (int i = 0; i < kd * kd; i++) {
            hv[i] = hj[i].value();
            hd[i] = hj[i].derivative(0);
        }
        IntervalMatrix mv = IntervalMatrix.of(hv, kd, kd).leftMultiply(b).rightMultiplyTranspose(b);
        IntervalMatrix md = IntervalMatrix.of(hd, kd, kd).leftMultiply(b).rightMultiplyTranspose(b);
        double[][] q = ApproximateEigenvectors.byDecreasingModulus(mv.mid());
        IntervalMatrix nv = mv.leftMultiply(q).rightMultiplyTranspose(q);
        IntervalMatrix nd = md.leftMultiply(q).rightMultiplyTranspose(q);
        IntervalJet[] n = new IntervalJet[mk * mk];
        for (int i = 0; i < mk; i++) {
            for (int j = 0; j < mk; j++) {
                n[i * mk + j] = IntervalJet.of(nv.get(i, j), new Interval[]{nd.get(i, j)});
            }
        }
        Optional<IntervalJet> last = lastPivot(IntervalJet.field(1), n, mk);
        if (last.isEmpty() || last.get().derivative(0).containsZero()) {
            return Outcome.UNDECIDED;
        }
        Optional<Interval> lo = lastPivotAt(tube, z, a.lo(), q, b);
        Optional<Interval> hi = lastPivotAt(tube, z, a.hi(), q, b);
        if (lo.isEmpty() || hi.isEmpty() || lo.get().containsZero() || hi.get().containsZero()) {
            return Outcome.UNDECIDED;
        }
        return (lo.get().lo() > 0) != (hi.get().lo() > 0) ? Outcome.ONE_CROSSING : Outcome.NO_ZERO;
    }

    /** The last LDL^T pivot of N at one alpha (the tube's slice there), or empty if another pivot contains 0. */
    private static Optional<Interval> lastPivotAt(BranchTube tube, Interval[] z, double alpha, double[][] q,
                                                  double[][] b) {
        LossMap at = tube.lossMap().at(Interval.point(alpha));
        IntervalMatrix h = at.fullHessianOver(tube.slice(alpha, z));
        IntervalMatrix n = h.leftMultiply(b).rightMultiplyTranspose(b).leftMultiply(q).rightMultiplyTranspose(q);
        int mk = q.length;
        Interval[] flat = new Interval[mk * mk];
        for (int i = 0; i < mk; i++) {
            for (int j = 0; j < mk; j++) {
                flat[i * mk + j] = n.get(i, j);
            }
        }
        return lastPivot(Interval.FIELD, flat, mk);
    }

    /** @return the last pivot of the LDL^T of the flat m x m matrix, empty if an earlier pivot contains 0 */
    static <T extends Enclosure<T>> Optional<T> lastPivot(EnclosureField<T> f, T[] flat, int m) {
        T[] a = flat.clone();
        for (int p = 0; p < m - 1; p++) {
            T piv = a[p * m + p];
            if (piv.value().containsZero()) {
                return Optional.empty();
            }
            for (int i = p + 1; i < m; i++) {
                T l = a[i * m + p].divide(piv);
                for (int j = p + 1; j < m; j++) {
                    a[i * m + j] = a[i * m + j].subtract(l.multiply(a[p * m + j]));
                }
            }
        }
        return Optional.of(a[m * m - 1]);
    }
}
