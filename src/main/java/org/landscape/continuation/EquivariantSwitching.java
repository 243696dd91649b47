package org.landscape.continuation;

import java.util.ArrayList;
import java.util.List;

import org.landscape.base.Evidence;
import org.landscape.degree.EquivariantDegrees;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.rep.Isotropy;
import org.landscape.solve.BranchPoint;
import org.landscape.solve.BranchSwitchResult;
import org.landscape.solve.BranchSwitchSettings;
import org.landscape.solve.BranchSwitching;
import org.landscape.solve.ContinuationSettings;
import org.landscape.solve.Criticality;
import org.landscape.solve.NewBranch;
import org.landscape.solve.SpecialPoint;
import org.landscape.solve.Stability;

/**
 * Equivariant branch switching at a crossing (MATH.md sections 5-6; Golubitsky, Stewart and Schaeffer,
 * <em>Singularities and Groups in Bifurcation Theory II</em>, XIII: the equivariant branching lemma). For every
 * predicted orbit type (K) (a maximal class of omega, K a representative subgroup of G), the event is re-expressed in
 * \( \mathrm{Fix}(K) \supseteq \mathrm{Fix}(G) \) by the orthonormal basis \( B_K \): state \( B_K W \), parent tangent
 * \( (B_K \dot W, \dot\alpha) \), and kernel direction \( \varphi \) = the eigenvector of smallest modulus of the
 * Hessian restricted to \( \mathrm{Fix}(K) \) at the located point (the crossing component meets \( \mathrm{Fix}(K) \)
 * in \( \dim V^K \) dimensions, 1 for the generic maximal K; its projection onto the crossing component is reported).
 * Then {@link BranchSwitching} (perturb-and-correct) and continuation of both halves inside \( \mathrm{Fix}(K) \);
 * each half's first point away from the crossing gets its isotropy in G ({@link Isotropy}) and its Morse index in
 * M(k,d) (the whole spectrum of the full Hessian).
 */
final class EquivariantSwitching {
    private final LossOnSubspace parent;
    private final IsotypicTestFunctions tf;
    private final ContinuationSettings parentSettings;
    private final LossContinuationSettings settings;

    EquivariantSwitching(LossOnSubspace parent, IsotypicTestFunctions tf, ContinuationSettings parentSettings,
            LossContinuationSettings settings) {
        this.parent = parent;
        this.tf = tf;
        this.parentSettings = parentSettings;
        this.settings = settings;
    }

    List<SwitchedBranch> switchAll(SpecialPoint e, EquivariantDegrees.BifurcationInvariant inv) {
        List<SwitchedBranch> out = new ArrayList<>();
        for (int c : inv.predicted()) {
            out.add(switchInto(e, c, inv.omega().coefficient(c)));
        }
        return out;
    }

    /**
     * @param e          the located crossing, in the parent's coordinates
     * @param classIndex the predicted class in G's lattice
     * @param coeff      its coefficient in omega
     * @return the switched branch (halves possibly not found)
     */
    SwitchedBranch switchInto(SpecialPoint e, int classIndex, long coeff) {
        SubgroupLattice lat = tf.lattice();
        SubgroupClass sc = lat.get(classIndex);
        String name = tf.ring().name(classIndex);
        FixedPointSubspace fix = FixedPointSubspace.of(tf.action(), sc.generators());
        LossOnSubspace inK = LossOnSubspace.of(parent.teacher(), parent.width(), fix.basis());
        double[] w = parent.lift(e.x());
        double[] yK = inK.project(w);
        double[] t = e.tangent();
        int m = parent.dimension();
        double[] tx = parent.lift(java.util.Arrays.copyOf(t, m));
        double[] tK = java.util.Arrays.copyOf(inK.project(tx), yK.length + 1);
        tK[yK.length] = t[m];
        int mk = inK.dimension();
        double[] jac = new double[mk * mk];
        inK.jacobian(yK, e.p(), jac);
        double[][] j2 = new double[mk][mk];
        for (int i = 0; i < mk; i++) {
            System.arraycopy(jac, i * mk, j2[i], 0, mk);
        }
        double[] vecAndValue = IsotypicTestFunctions.nearestZeroEigenvector(j2);
        double[] phi = java.util.Arrays.copyOf(vecAndValue, mk);
        double kernelEigenvalue = vecAndValue[mk];
        double inComponent = componentShare(inK.lift(phi), tf.component(e.component()));
        SpecialPoint eK = e.inCoordinates(yK, tK, new double[][] {phi});
        ContinuationSettings cs = parentSettings.withMaxSteps(settings.switchSteps())
                .withParameterRange(parentSettings.pMin(), parentSettings.pMax());
        List<SwitchedBranch.Half> halves = new ArrayList<>();
        Criticality criticality = Criticality.UNDETERMINED;
        Evidence ev;
        try {
            BranchSwitchResult r = new BranchSwitching().switchAt(inK, eK, phi,
                    new BranchSwitchSettings(settings.switchOffset(), cs));
            criticality = r.criticality();
            for (NewBranch h : r.halves()) {
                halves.add(half(inK, h, classIndex, e.p()));
            }
            ev = r.evidence();
        } catch (org.landscape.base.LandscapeException ex) {
            // a switching direction along the parent tangent, or a dead neuron on the new branch: recorded, not fatal
            ev = new Evidence("perturb-and-correct in Fix(" + name + ")", Double.NaN,
                    "failed: " + ex.getMessage());
        }
        return new SwitchedBranch(name, classIndex, coeff, fix.dimension(), inComponent, kernelEigenvalue,
                criticality, halves, ev);
    }

    private SwitchedBranch.Half half(LossOnSubspace inK, NewBranch h, int predicted, double alpha0) {
        if (!h.found()) {
            return new SwitchedBranch.Half(h.orientation(), false, "", -1, false, 0, -1, Stability.UNDETERMINED,
                    h.branch().status(), List.of());
        }
        List<BranchSample> pts = new ArrayList<>();
        for (BranchPoint pt : h.branch().points()) {
            pts.add(LossContinuation.sample(inK, pt));
        }
        BranchPoint first = h.branch().points().get(0);
        double[] w = inK.lift(first.x());
        double scale = 0;
        for (double x : w) {
            scale = Math.max(scale, Math.abs(x));
        }
        Isotropy iso = Isotropy.of(tf.action(), w, ContinuationThresholds.ISOTROPY_TOLERANCE * Math.max(1, scale));
        return new SwitchedBranch.Half(h.orientation(), true, iso.structure(), iso.classIndex(),
                iso.classIndex() == predicted, h.side(), h.index(), h.stability(),
                h.branch().status(), pts);
    }

    /** @return \( \|P_c v\| / \|v\| \) for the orthonormal basis of component c */
    static double componentShare(double[] v, IsotypicDecomposition.Component c) {
        double s = 0;
        double n = 0;
        for (double x : v) {
            n += x * x;
        }
        for (double[] q : c.basis()) {
            double dot = 0;
            for (int a = 0; a < v.length; a++) {
                dot += q[a] * v[a];
            }
            s += dot * dot;
        }
        return n == 0 ? 0 : Math.sqrt(s / n);
    }
}
