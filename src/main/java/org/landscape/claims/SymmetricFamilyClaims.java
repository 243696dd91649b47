package org.landscape.claims;

import org.landscape.base.Evidence;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossContinuation;
import org.landscape.continuation.LossContinuationSettings;
import org.landscape.continuation.LossEvent;
import org.landscape.continuation.SwitchedBranch;
import org.landscape.model.Matrices;
import org.landscape.solve.EventKind;
import org.landscape.symbolic.Symja;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Claims about a symmetric family of critical points given by a subgroup H and a start point: the
 * family is computed by Newton in Fix(H) at the start parameter and followed by pseudo-arclength
 * continuation ({@link LossContinuation}) to both ends of the claim's interval; the verdicts rest on its
 * events (crossings and touches per isotypic block, folds), each localised with a bracket and a
 * precision, and, for orbit types and branch directions, on omega and on branch switching inside Fix(K).
 * Numeric evidence: the verdict is as reliable as the event brackets it names.
 */
final class SymmetricFamilyClaims {
    private final ClaimsFile file;
    private final List<LossEvent> events = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private double lo = Double.NaN;
    private double hi = Double.NaN;
    private boolean switched;
    private SymmetricFamilyProofs proofs;

    SymmetricFamilyClaims(ClaimsFile file) {
        this.file = file;
    }

    /** Slope alpha = m(a) of the paper's parameter a. */
    private double slope(double a) {
        return Symja.numeric(Symja.eval(file.model().slope()), new String[]{"a"}, new double[]{a}, 30).doubleValue();
    }

    /** The paper's parameter a in [lo, hi] with m(a) = alpha (bisection; the map is assumed monotone there). */
    private double parameterOf(double alpha, double a0, double a1) {
        double f0 = slope(a0) - alpha;
        double f1 = slope(a1) - alpha;
        if (f0 == 0) {
            return a0;
        }
        if (f1 == 0 || f0 * f1 > 0) {
            return a1;
        }
        for (int i = 0; i < 200 && a1 - a0 > 1e-15 * Math.max(1, Math.abs(a0)); i++) {
            double m = 0.5 * (a0 + a1);
            double fm = slope(m) - alpha;
            if (fm * f0 <= 0) {
                a1 = m;
            } else {
                a0 = m;
                f0 = fm;
            }
        }
        return 0.5 * (a0 + a1);
    }

    /** Continues the family over [lo, hi] (in the paper's parameter), once per interval and switching mode. */
    private void compute(double from, double to, boolean withSwitching) {
        if (from == lo && to == hi && (switched || !withSwitching)) {
            return;
        }
        lo = from;
        hi = to;
        switched = withSwitching;
        events.clear();
        notes.clear();
        double a0 = Math.max(from, Math.min(to, file.startAt()));
        double[][] v = Matrices.identity(file.start()[0].length);
        for (double end : new double[]{from, to}) {
            if (end == a0) {
                continue;
            }
            LossContinuationSettings s = LossContinuationSettings.of(slope(a0), slope(end)).withSwitching(withSwitching);
            LossBranch b = new LossContinuation().run(v, file.start(), Optional.of(org.landscape.analysis.SubgroupActions.group(file.subgroup(),
                    file.start().length, file.start()[0].length)), s,
                    LossContinuation.Progress.SILENT);
            notes.add(String.format(Locale.ROOT, "continued in %s from %s = %s to %s: %s, %d points", b.subspace(),
                    file.model().parameter(), fmt(a0), fmt(end), b.status(), b.points().size()));
            events.addAll(b.events());
        }
    }

    private double at(LossEvent e) {
        return parameterOf(e.alpha(), Math.min(lo, hi), Math.max(lo, hi));
    }

    private Evidence evidence() {
        double worst = 0;
        for (LossEvent e : events) {
            worst = Math.max(worst, e.precision());
        }
        return new Evidence("Newton in Fix(" + file.subgroup() + ") and pseudo-arclength continuation; events per "
                + "isotypic block located by Brent along the branch (touches by the zero of d lambda/d alpha)",
                worst, String.join("; ", notes));
    }

    ClaimResult check(Claim c) {
        ClaimResult r = checkNumerically(c);
        if (proofs == null) {
            proofs = new SymmetricFamilyProofs(file, this::slope);
        }
        return r.withProof(proofs.proof(c, r));
    }

    private ClaimResult checkNumerically(Claim c) {
        boolean needSwitch = c.kind() == ClaimKind.BRANCH_DIRECTION;
        compute(c.lo(), c.hi(), needSwitch);
        List<String> found = new ArrayList<>();
        for (LossEvent e : events) {
            found.add(String.format(Locale.ROOT, "%s %s in [%s] at %s = %s (alpha %s +- %.1e)", e.kind().jsonName(), "",
                    e.component(), file.model().parameter(), fmt(at(e)),
                    fmt(e.alpha()), e.precision()));
        }
        String summary = found.isEmpty() ? "no event" : String.join("; ", found);
        return switch (c.kind()) {
            case CRITICAL_NUMBERS -> criticalNumbers(c, summary);
            case NO_INSTABILITY -> noInstability(c, summary);
            case ORBIT_TYPES -> orbitTypes(c, summary);
            case BRANCH_DIRECTION -> branchDirection(c, summary);
            default -> new ClaimResult(c, Verdict.UNDECIDED, "Undecided: kind " + c.kind().jsonName()
                    + " is not defined for a symmetric family.", List.of(), List.of());
        };
    }

    private List<LossEvent> inside(Claim c) {
        List<LossEvent> r = new ArrayList<>();
        for (LossEvent e : events) {
            double a = at(e);
            double tol = Math.max(c.tolerance(), e.precision());
            boolean atEnd = Math.abs(a - c.lo()) <= tol || Math.abs(a - c.hi()) <= tol;
            if (!(c.openInterval() && atEnd)) {
                r.add(e);
            }
        }
        return r;
    }

    private ClaimResult criticalNumbers(Claim c, String summary) {
        List<LossEvent> in = inside(c);
        List<String> problems = new ArrayList<>();
        for (double v : c.values()) {
            if (in.stream().noneMatch(e -> Math.abs(at(e) - v) <= Math.max(c.tolerance(), 10 * e.precision()))) {
                problems.add(fmt(v) + " is not an event of the family");
            }
        }
        for (LossEvent e : in) {
            if (c.values().stream().noneMatch(v -> Math.abs(at(e) - v) <= Math.max(c.tolerance(), 10 * e.precision()))) {
                problems.add("unclaimed " + e.kind().jsonName() + " in [" + e.component() + "] at " + fmt(at(e)));
            }
            if (!c.types().isEmpty() && !c.types().contains(e.kind().jsonName())) {
                problems.add(fmt(at(e)) + " is a " + e.kind().jsonName() + ", not a " + c.types());
            }
        }
        Verdict v = problems.isEmpty() ? Verdict.HOLDS : Verdict.FAILS;
        return new ClaimResult(c, v, (problems.isEmpty() ? "" : String.join("; ", problems) + ". ")
                + "Events of the family on " + interval(c) + ": " + summary + ".", List.of(), List.of(evidence()));
    }

    private ClaimResult noInstability(Claim c, String summary) {
        List<String> bad = new ArrayList<>();
        for (LossEvent e : inside(c)) {
            if (e.kind() == EventKind.BRANCH_POINT || e.kind() == EventKind.FOLD) {
                bad.add(e.kind().jsonName() + " in [" + e.component() + "] at " + file.model().parameter() + " = " + fmt(at(e))
                        + " (Morse index " + e.indexBefore() + " -> " + e.indexAfter() + ")");
            }
        }
        return new ClaimResult(c, bad.isEmpty() ? Verdict.HOLDS : Verdict.FAILS, bad.isEmpty()
                ? "No eigenvalue changes sign on " + interval(c) + ": " + summary + "."
                : "Instability: " + String.join("; ", bad) + ".", List.of(), List.of(evidence()));
    }

    private LossEvent nearest(Claim c) {
        LossEvent best = null;
        for (LossEvent e : events) {
            if (best == null || Math.abs(at(e) - c.at()) < Math.abs(at(best) - c.at())) {
                best = e;
            }
        }
        if (best != null && Math.abs(at(best) - c.at()) > Math.max(c.tolerance(), 1e-6)) {
            return null;
        }
        return best;
    }

    private ClaimResult orbitTypes(Claim c, String summary) {
        LossEvent e = nearest(c);
        if (e == null) {
            return new ClaimResult(c, Verdict.FAILS, fmt(c.at()) + " is not an event of the family on " + interval(c)
                    + " (" + summary + "), so no orbit type is predicted there.", List.of(), List.of(evidence()));
        }
        Set<String> got = new LinkedHashSet<>();
        e.orbitTypes().forEach(s -> got.add(normal(s)));
        Set<String> want = new LinkedHashSet<>();
        c.orbitTypes().forEach(s -> want.add(normal(s)));
        boolean ok = got.equals(want);
        return new ClaimResult(c, ok ? Verdict.HOLDS : Verdict.FAILS, "At " + file.model().parameter() + " = "
                + fmt(at(e)) + " (" + e.kind().jsonName() + " in [" + e.component() + "], omega = " + e.omega()
                + ") the predicted orbit types are " + e.orbitTypes() + (ok ? "." : ", not " + c.orbitTypes() + "."),
                List.of(), List.of(evidence()));
    }

    private ClaimResult branchDirection(Claim c, String summary) {
        LossEvent e = nearest(c);
        if (e == null || e.branches().isEmpty()) {
            return new ClaimResult(c, e == null ? Verdict.FAILS : Verdict.UNDECIDED, e == null
                    ? fmt(c.at()) + " is not an event of the family (" + summary + ")."
                    : "No branch was switched onto at " + fmt(at(e)) + " (omega = " + e.omega() + ").", List.of(),
                    List.of(evidence()));
        }
        List<String> dirs = new ArrayList<>();
        boolean all = true;
        for (SwitchedBranch s : e.branches()) {
            dirs.add("(" + s.orbitType() + "): " + s.criticality().name().toLowerCase(Locale.ROOT));
            all &= s.criticality().name().equalsIgnoreCase(c.direction());
        }
        return new ClaimResult(c, all ? Verdict.HOLDS : Verdict.FAILS, "Branches switched onto at "
                + file.model().parameter() + " = " + fmt(at(e)) + ": " + String.join(", ", dirs)
                + (all ? "." : "; claimed: " + c.direction() + "."), List.of(), List.of(evidence()));
    }

    /** Normalises a structure name for comparison: class suffixes, Delta(...), trivial factors, C2 = S2, order. */
    static String normal(String s) {
        String t = s.replaceAll("_\\d+", "").replaceAll("^Delta\\((.*)\\)$", "$1").replace("×", "x")
                .replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (String p : t.split("x")) {
            String q = p.equals("c2") ? "s2" : p;
            if (!q.equals("s1") && !q.equals("c1") && !q.isEmpty()) {
                parts.add(q);
            }
        }
        parts.sort(null);
        return String.join("x", parts);
    }

    private static String interval(Claim c) {
        return (c.openInterval() ? "(" : "[") + fmt(c.lo()) + ", " + fmt(c.hi()) + (c.openInterval() ? ")" : "]");
    }

    private static String fmt(double x) {
        return ClaimsChecker.fmt(x);
    }
}
