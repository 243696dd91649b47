package org.landscape.proof;

import org.landscape.interval.Interval;
import org.landscape.interval.IntervalJet;
import org.landscape.interval.IntervalMatrix;

import java.util.List;
import java.util.Optional;

/**
 * The Morse index on a whole tube of the branch by Sylvester's law with centred-form pivots: with Q approximate
 * eigenvectors of the Hessian at the tube's centre (symmetry-adapted blocks, rows ordered by decreasing |eigenvalue|),
 * the \( LDL^T \) pivots \( p_i(\alpha) \) of \( N(\alpha) = Q\,\nabla^2 L(y(\alpha), \alpha)\,Q^T \) are enclosed for
 * every \( \alpha \in A \) by the mean-value form \( p_i(\alpha_m) + p_i'(A)(A - \alpha_m) \), intersected with the
 * naive enclosure: \( p_i(\alpha_m) \) from an interval elimination of N at the centre slice,
 * \( p_i'(A) \) from an elimination in {@link IntervalJet}s of the Hessian along the branch
 * ({@link BranchTube#hessianAlongBranch}); every entry of the elimination (not only the pivots) is refined by its own
 * centred form before it is used, which stops the dependency growth of a plain interval elimination. The pivots are
 * then accurate to first order, \( p_i \approx \lambda_i \pm |q_i^T H' q_i|\,|A|/2 \), where Gershgorin discs over
 * the tube would add the absolute row sums of the whole variation. If no pivot enclosure contains 0 and
 * \( \|QQ^T - I\| < 1 \), every Hessian on the branch over A has exactly the counted number of negative eigenvalues
 * and none zero. Cost: one Hessian of jets over the tube, one at the centre slice, \( O((kd)^3) \).
 */
final class TubeInertia {
    private TubeInertia() {
    }

    /** @return the proved Morse index on the tube, or empty */
    static Optional<Integer> of(BranchTube tube, Interval[] enc, List<SpectrumEnclosures.Block> blocks) {
        Optional<IntervalJet[]> along = tube.hessianAlongBranch(enc);
        if (along.isEmpty()) {
            return Optional.empty();
        }
        IntervalJet[] hj = along.get();
        int n = (int) Math.round(Math.sqrt(hj.length));
        Interval a = tube.alpha();
        double am = a.mid();
        IntervalMatrix hm = tube.lossMap().at(Interval.point(am)).fullHessianOver(tube.slice(am, enc));
        SpectrumEnclosures.Eigenbasis e = SpectrumEnclosures.approximateEigenbasis(hm.mid(), blocks);
        double[][] q = ApproximateEigenvectors.byDecreasingModulus(e.rows(), e.values());
        if (!(SpectrumEnclosures.orthogonalityDefect(q) < 1)) {
            return Optional.empty();
        }
        Interval[] hv = new Interval[n * n];
        Interval[] hd = new Interval[n * n];
        for (int i = 0; i < n * n; i++) {
            hv[i] = hj[i].value();
            hd[i] = hj[i].derivative(0);
        }
        IntervalMatrix nm = hm.leftMultiply(q).rightMultiplyTranspose(q);
        IntervalMatrix nv = IntervalMatrix.of(hv, n, n).leftMultiply(q).rightMultiplyTranspose(q);
        IntervalMatrix nd = IntervalMatrix.of(hd, n, n).leftMultiply(q).rightMultiplyTranspose(q);
        Interval[][] c = new Interval[n][n];
        IntervalJet[][] j = new IntervalJet[n][n];
        Interval da = a.subtract(Interval.point(am));
        for (int r = 0; r < n; r++) {
            for (int s = 0; s < n; s++) {
                c[r][s] = nm.get(r, s);
                j[r][s] = BlockInertia.centred(c[r][s], IntervalJet.of(nv.get(r, s), new Interval[]{nd.get(r, s)}), da);
                if (j[r][s] == null) {
                    return Optional.empty();
                }
            }
        }
        int negative = 0;
        for (int p = 0; p < n; p++) {
            Interval pc = c[p][p];
            Interval d = j[p][p].derivative(0);
            Interval centred = pc.add(d.multiply(da));
            if (!centred.meets(j[p][p].value())) {
                return Optional.empty(); // cannot happen for correct enclosures; refuse rather than guess
            }
            Interval refined = centred.intersect(j[p][p].value());
            if (pc.containsZero() || refined.containsZero()) {
                return Optional.empty();
            }
            if (refined.hi() < 0) {
                negative++;
            }
            IntervalJet piv = IntervalJet.of(refined, new Interval[]{d});
            for (int r = p + 1; r < n; r++) {
                Interval lc = c[r][p].divide(pc);
                IntervalJet lj = j[r][p].divide(piv);
                for (int s = p + 1; s < n; s++) {
                    c[r][s] = c[r][s].subtract(lc.multiply(c[p][s]));
                    j[r][s] = BlockInertia.centred(c[r][s], j[r][s].subtract(lj.multiply(j[p][s])), da);
                    if (j[r][s] == null) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(negative);
    }
}
