package org.landscape.claims;

import org.landscape.analysis.SubgroupActions;
import org.landscape.continuation.IsotypicTestFunctions;
import org.landscape.degree.EquivariantDegrees;
import org.landscape.interval.Interval;
import org.landscape.model.Matrices;
import org.landscape.proof.BranchDirections;
import org.landscape.proof.CriticalNumberProof;
import org.landscape.proof.FamilyProof;
import org.landscape.proof.ValidatedContinuation;
import org.landscape.proof.Verdict;
import org.landscape.rep.WeightMatrixAction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * Proofs of the verdicts on a symmetric family (issue 17 item 4): one validated continuation
 * ({@link ValidatedContinuation}) from the start to each end of the union of the claims' intervals, then, per claim,
 * the verdict it proves: no eigenvalue crosses on an interval (every tube regular with index 0), the critical numbers
 * (every tube regular except the proved transversal crossings, each with its enclosure of alpha*), the orbit types
 * (the per-block Morse indices on both sides of a proved crossing, then omega exactly), and a branch direction that is
 * not the claimed one (a proved transcritical branch, {@link BranchDirections}). The proof is reported as "proved"
 * only when it reaches the same verdict as the numerical check; otherwise "not proved" with the reason.
 */
final class SymmetricFamilyProofs {
    private final ClaimsFile file;
    private final DoubleUnaryOperator slope;
    private final WeightMatrixAction g;
    private final double[][] teacher;
    private FamilyProof down;
    private FamilyProof up;

    SymmetricFamilyProofs(ClaimsFile file, DoubleUnaryOperator slope) {
        this.file = file;
        this.slope = slope;
        int k = file.start().length;
        this.g = SubgroupActions.onWeights(file.subgroup(), k, file.start()[0].length);
        this.teacher = Matrices.identity(k);
    }

    private void run() {
        if (down != null) {
            return;
        }
        double a0 = slope.applyAsDouble(file.startAt());
        double lo = a0;
        double hi = a0;
        for (Claim c : file.claims()) {
            for (double x : new double[]{c.lo(), c.hi()}) {
                if (Double.isFinite(x)) {
                    double a = slope.applyAsDouble(x);
                    lo = Math.min(lo, a);
                    hi = Math.max(hi, a);
                }
            }
        }
        down = lo < a0 ? ValidatedContinuation.run(teacher, g, file.start(), a0, lo,
                ValidatedContinuation.DEFAULT_SETTINGS) : empty(a0);
        up = hi > a0 ? ValidatedContinuation.run(teacher, g, file.start(), a0, hi,
                ValidatedContinuation.DEFAULT_SETTINGS) : empty(a0);
    }

    private static FamilyProof empty(double a0) {
        return new FamilyProof(a0, a0, a0, List.of(), List.of(), Verdict.PROVED, 0);
    }

    /** @return the alpha interval of a claim (slope images of its ends) */
    private Interval alphaRange(Claim c) {
        double x = slope.applyAsDouble(c.lo());
        double y = slope.applyAsDouble(c.hi());
        return Interval.of(Math.min(x, y), Math.max(x, y));
    }

    private String coverage(Interval r) {
        if (down.reached() > r.lo() || up.reached() < r.hi()) {
            return String.format(Locale.ROOT, "the validated continuation covered only [%.6g, %.6g] (%s; %s)",
                    down.reached(), up.reached(), down.verdict(), up.verdict());
        }
        return "";
    }

    private List<FamilyProof.Segment> segments(Interval r) {
        List<FamilyProof.Segment> s = new ArrayList<>(down.within(r.lo(), r.hi()));
        s.addAll(up.within(r.lo(), r.hi()));
        return s;
    }

    private List<CriticalNumberProof> crossings() {
        List<CriticalNumberProof> c = new ArrayList<>(down.crossings());
        c.addAll(up.crossings());
        return c;
    }

    private String summary(Interval r) {
        int n = segments(r).size();
        double t = down.seconds() + up.seconds();
        return String.format(Locale.ROOT, "validated continuation over alpha in [%.6g, %.6g]: %d tubes (parametrised "
                + "Krawczyk in Fix(%s), block inertia by centred LDL^T), %.1f s", r.lo(), r.hi(), n, file.subgroup(), t);
    }

    /** @return the proof status of the numerical result r */
    String proof(Claim c, ClaimResult r) {
        if (r.verdict() == org.landscape.claims.Verdict.UNDECIDED) {
            return "not proved: the numerical verdict is undecided";
        }
        run();
        return switch (c.kind()) {
            case NO_INSTABILITY -> noInstability(c, r);
            case CRITICAL_NUMBERS -> criticalNumbers(c, r);
            case ORBIT_TYPES -> orbitTypes(c, r);
            case BRANCH_DIRECTION -> branchDirection(c, r);
            default -> "not proved: no interval proof for claims of kind " + c.kind().jsonName();
        };
    }

    private static String agree(boolean holds, ClaimResult r, String why) {
        boolean numericHolds = r.verdict() == org.landscape.claims.Verdict.HOLDS;
        if (holds != numericHolds) {
            return "not proved: the validated continuation reaches the opposite verdict (" + why + ")";
        }
        return "proved (" + why + ")";
    }

    private String noInstability(Claim c, ClaimResult r) {
        Interval range = alphaRange(c);
        String gap = coverage(range);
        if (!gap.isEmpty()) {
            return "not proved: " + gap;
        }
        for (FamilyProof.Segment s : segments(range)) {
            if (s.kind() == FamilyProof.Kind.CROSSING || s.indexLow() > 0) {
                boolean inside = !c.openInterval() || (s.alpha().lo() > range.lo() && s.alpha().hi() < range.hi());
                if (inside || s.indexLow() > 0 && s.indexHigh() > 0) {
                    return agree(false, r, String.format(Locale.ROOT, "Morse index %d on alpha in %s; %s",
                            Math.max(s.indexLow(), s.indexHigh()), s.alpha(), summary(range)));
                }
            }
        }
        return agree(true, r, "Morse index 0 on every tube; " + summary(range));
    }

    private String criticalNumbers(Claim c, ClaimResult r) {
        Interval range = alphaRange(c);
        String gap = coverage(range);
        if (!gap.isEmpty()) {
            return "not proved: " + gap;
        }
        List<String> found = new ArrayList<>();
        List<Interval> enclosures = new ArrayList<>();
        for (FamilyProof.Segment s : segments(range)) {
            if (s.kind() != FamilyProof.Kind.CROSSING) {
                continue;
            }
            Interval e = s.alpha();
            for (CriticalNumberProof p : crossings()) {
                if (p.proved() && s.alpha().contains(p.alpha())) {
                    e = p.alpha();
                }
            }
            if (c.openInterval() && (e.lo() <= range.lo() || e.hi() >= range.hi())) {
                continue;
            }
            enclosures.add(e);
            found.add(String.format(Locale.ROOT, "a transversal crossing in [%s] at alpha* in %s", s.component(), e));
        }
        boolean holds = true;
        for (double v : c.values()) {
            double av = slope.applyAsDouble(v);
            long near = enclosures.stream().filter(e -> Math.max(Math.abs(e.lo() - av), Math.abs(e.hi() - av))
                    <= c.tolerance()).count();
            holds &= near == 1;
        }
        holds &= enclosures.size() == c.values().size();
        holds &= c.types().isEmpty() || c.types().contains("crossing") || enclosures.isEmpty();
        return agree(holds, r, (found.isEmpty() ? "no critical number" : String.join("; ", found))
                + "; every other tube regular; " + summary(range));
    }

    private FamilyProof.Segment crossingAt(Claim c) {
        double a = slope.applyAsDouble(c.at());
        FamilyProof.Segment best = null;
        for (FamilyProof.Segment s : segments(Interval.of(-Double.MAX_VALUE, Double.MAX_VALUE))) {
            if (s.kind() == FamilyProof.Kind.CROSSING && Math.abs(s.alpha().mid() - a)
                    <= Math.max(c.tolerance(), s.alpha().width())) {
                best = s;
            }
        }
        return best;
    }

    private String orbitTypes(Claim c, ClaimResult r) {
        FamilyProof.Segment s = crossingAt(c);
        if (s == null) {
            return "not proved: no proved crossing at " + c.at();
        }
        IsotypicTestFunctions tf = IsotypicTestFunctions.of(g);
        List<String> labels = tf.labels();
        long[] low = new long[labels.size()];
        long[] high = new long[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            Integer a = s.blocksLow().get(labels.get(i));
            Integer b = s.blocksHigh().get(labels.get(i));
            if (a == null || b == null) {
                return "not proved: the per-block Morse indices were not separated at the crossing";
            }
            low[i] = a;
            high[i] = b;
        }
        EquivariantDegrees.BifurcationInvariant inv = tf.invariant(low, high);
        Set<String> got = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (int cls : inv.predicted()) {
            names.add(tf.ring().name(cls));
            got.add(SymmetricFamilyClaims.normal(tf.ring().name(cls)));
        }
        Set<String> want = new LinkedHashSet<>();
        c.orbitTypes().forEach(x -> want.add(SymmetricFamilyClaims.normal(x)));
        return agree(got.equals(want), r, "per-block Morse indices " + s.blocksLow() + " -> " + s.blocksHigh()
                + " proved on the crossing tube " + s.alpha() + "; omega computed exactly; orbit types " + names);
    }

    private String branchDirection(Claim c, ClaimResult r) {
        FamilyProof.Segment s = crossingAt(c);
        if (s == null) {
            return "not proved: no proved crossing at " + c.at();
        }
        for (CriticalNumberProof p : crossings()) {
            if (!p.proved() || !s.alpha().contains(p.alpha())) {
                continue;
            }
            Verdict t = BranchDirections.transcritical(teacher, p);
            if (t.proved() && !c.direction().equalsIgnoreCase("transcritical")) {
                return agree(false, r, "the branch in Fix(" + p.subgroupK() + ") is transcritical: the cubic form "
                        + "D^3L[u,u,u] at the crossing alpha* in " + p.alpha() + " is enclosed away from 0 "
                        + "(Crandall-Rabinowitz), so not every branch is " + c.direction());
            }
            return "not proved: " + (t.proved() ? "only the branch in Fix(" + p.subgroupK() + ") is analysed"
                    : t.reason());
        }
        return "not proved: the crossing's critical number was not enclosed";
    }
}
