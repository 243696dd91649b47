package org.landscape.proof;

import org.landscape.interval.Interval;
import org.landscape.interval.IntervalJet;
import org.landscape.interval.IntervalMatrix;

/**
 * Centred-form inertia of a small congruent block \( A(\alpha) = U\,\nabla^2 L(y(\alpha), \alpha)\,U^T \) along a
 * tube of the branch (U: rows of exact pattern vectors, see {@link ExactBlocks}): with Q approximate eigenvectors of
 * A at the tube's centre (rows ordered by decreasing |eigenvalue|), every entry of the \( LDL^T \) elimination of
 * \( QAQ^T \) is enclosed over the tube by the intersection of its naive enclosure with its centred form
 * \( x(\alpha_m) + x'(A)(A - \alpha_m) \) (derivatives by {@link IntervalJet}s along the branch). The result gives
 * the number of negative pivots when all pivots exclude 0, or, when only the last one may vanish, its centre value
 * and derivative (to decide a crossing).
 */
final class BlockInertia {
    /**
     * @param negatives  negative pivots among all but the last
     * @param lastCentre the last pivot at the tube's centre
     * @param lastSlope  its derivative along the branch over the tube
     * @param last       its enclosure over the tube
     */
    record Result(int negatives, Interval lastCentre, Interval lastSlope, Interval last) {
        /** @return true if the last pivot excludes 0 on the whole tube */
        boolean regular() {
            return !last.containsZero();
        }

        /** @return the number of negative pivots (meaningful when {@link #regular()}) */
        int index() {
            return negatives + (last.hi() < 0 ? 1 : 0);
        }
    }

    private BlockInertia() {
    }

    /**
     * @param centre \( \nabla^2 L \) at the centre slice (kd x kd enclosure)
     * @param along  the Hessian jets along the branch over the tube (flat (kd)^2)
     * @param u      the block's pattern rows
     * @param da     \( A - \alpha_m \)
     * @return the result, or null if a pivot other than the last contains 0 (or Q is not proved nonsingular)
     */
    static Result of(IntervalMatrix centre, IntervalJet[] along, double[][] u, Interval da) {
        int kd = centre.rows();
        int m = u.length;
        Interval[] hv = new Interval[kd * kd];
        Interval[] hd = new Interval[kd * kd];
        for (int i = 0; i < kd * kd; i++) {
            hv[i] = along[i].value();
            hd[i] = along[i].derivative(0);
        }
        IntervalMatrix am = centre.leftMultiply(u).rightMultiplyTranspose(u);
        double[][] q = ApproximateEigenvectors.byDecreasingModulus(am.mid());
        if (!(SpectrumEnclosures.orthogonalityDefect(q) < 1)) {
            return null;
        }
        IntervalMatrix nc = am.leftMultiply(q).rightMultiplyTranspose(q);
        IntervalMatrix nv = IntervalMatrix.of(hv, kd, kd).leftMultiply(u).rightMultiplyTranspose(u).leftMultiply(q)
                .rightMultiplyTranspose(q);
        IntervalMatrix nd = IntervalMatrix.of(hd, kd, kd).leftMultiply(u).rightMultiplyTranspose(u).leftMultiply(q)
                .rightMultiplyTranspose(q);
        Interval[][] c = new Interval[m][m];
        IntervalJet[][] j = new IntervalJet[m][m];
        for (int r = 0; r < m; r++) {
            for (int s = 0; s < m; s++) {
                c[r][s] = nc.get(r, s);
                j[r][s] = centred(c[r][s], IntervalJet.of(nv.get(r, s), new Interval[]{nd.get(r, s)}), da);
                if (j[r][s] == null) {
                    return null;
                }
            }
        }
        int negatives = 0;
        for (int p = 0; p < m - 1; p++) {
            Interval pc = c[p][p];
            Interval v = j[p][p].value();
            if (pc.containsZero() || v.containsZero()) {
                return null;
            }
            if (v.hi() < 0) {
                negatives++;
            }
            for (int r = p + 1; r < m; r++) {
                Interval lc = c[r][p].divide(pc);
                IntervalJet lj = j[r][p].divide(j[p][p]);
                for (int s = p + 1; s < m; s++) {
                    c[r][s] = c[r][s].subtract(lc.multiply(c[p][s]));
                    j[r][s] = centred(c[r][s], j[r][s].subtract(lj.multiply(j[p][s])), da);
                    if (j[r][s] == null) {
                        return null;
                    }
                }
            }
        }
        IntervalJet last = j[m - 1][m - 1];
        return new Result(negatives, c[m - 1][m - 1], last.derivative(0), last.value());
    }

    /** @return x with its value intersected with \( c + x'\,da \), or null if they are disjoint */
    static IntervalJet centred(Interval centre, IntervalJet x, Interval da) {
        Interval d = x.derivative(0);
        Interval mv = centre.add(d.multiply(da));
        if (!mv.meets(x.value())) {
            return null;
        }
        return IntervalJet.of(mv.intersect(x.value()), new Interval[]{d});
    }
}
