package org.landscape.claims;

import org.landscape.analysis.GlobalMinimumSpectrum;
import org.landscape.base.Evidence;
import org.landscape.solve.EventKind;
import org.landscape.symbolic.Symja;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the claims of a {@link ClaimsFile}: a claim in, a verdict with evidence out.
 *
 * <p>For the global-minimum family every verdict rests on the exact block determinants
 * ({@link ExactBlock}, {@link GlobalMinimumCriticalNumbers}, {@link AllWidths}): roots isolated by exact
 * and rational-interval arithmetic, negative counts by Descartes' rule; no sampling-only verdicts.
 * Point claims ({@code minimum}) use the compiled model and say so in their evidence.
 */
public final class ClaimsChecker {
    private static final Evidence EXACT = new Evidence("exact block determinants in (a, k, pi) by Symja; roots by the "
            + "quadratic formula with rational interval arithmetic (pi to 60 digits); negative counts by Descartes' "
            + "rule on the exact characteristic polynomials", 1e-58, "enclosure widths below 1e-55");

    private final Map<String, GlobalMinimumCriticalNumbers.Result> cache = new HashMap<>();
    private List<ExactBlock> blocks;
    private SymmetricFamilyClaims symmetric;

    /** A checker that derives the global-minimum blocks on first use. */
    public ClaimsChecker() {
    }

    /** A checker over given exact blocks (in the parameter a), e.g. a model variant or a test family. */
    ClaimsChecker(List<ExactBlock> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Checks every claim of {@code file}; {@code progress} receives one line per claim. */
    public List<ClaimResult> check(ClaimsFile file, Consumer<String> progress) {
        List<ClaimResult> out = new ArrayList<>();
        for (Claim c : file.claims()) {
            progress.accept("checking " + c.id() + " (" + c.kind().jsonName() + ")");
            out.add(check(file, c));
        }
        return out;
    }

    private ClaimResult check(ClaimsFile file, Claim c) {
        if (c.kind() == ClaimKind.MINIMUM) {
            return PointClaims.minimum(file.model(), c);
        }
        if (file.family().equals("symmetric")) {
            if (symmetric == null) {
                symmetric = new SymmetricFamilyClaims(file);
            }
            return symmetric.check(c);
        }
        ClaimResult r = checkExact(file, c);
        if (!r.proof().isEmpty()) {
            return r;
        }
        if (file.family().equals("global-minimum")) {
            return r.withProof(r.verdict() == Verdict.UNDECIDED ? "not proved: undecided"
                    : "proved (exact arithmetic: block determinants derived by Symja, real roots enclosed by rational "
                    + "interval arithmetic, signs by Descartes' rule)");
        }
        return r.withProof("not proved: a numerical verdict (no interval proof is implemented for this family)");
    }

    private ClaimResult checkExact(ClaimsFile file, Claim c) {
        if (!file.family().equals("global-minimum")) {
            return undecided(c, "claims of kind " + c.kind().jsonName() + " need a family: global-minimum or "
                    + "symmetric (subgroup and start)");
        }
        if (!file.model().teacherActivation().equals("same")) {
            return undecided(c, "with a teacher activation different from the student's, W = V is not a critical point "
                    + "in general, so the global-minimum family is not defined under this reading");
        }
        if (blocks == null) {
            blocks = ExactBlock.globalMinimum(file.model().slope());
        }
        return switch (c.kind()) {
            case CRITICAL_NUMBERS -> criticalNumbers(file, c);
            case NO_INSTABILITY -> noInstability(file, c);
            case WIDTH_INDEPENDENT -> widthIndependent(file, c);
            case ORBIT_TYPES, BRANCH_DIRECTION -> atCriticalNumber(file, c);
            default -> undecided(c, "unsupported claim kind");
        };
    }

    private List<Integer> widths(Claim c) {
        if (!c.ks().isEmpty()) {
            return c.ks();
        }
        return List.of(c.kFrom(), c.kFrom() + 1, c.kFrom() + 2);
    }

    private GlobalMinimumCriticalNumbers.Result at(int k, Claim c) {
        String key = k + ":" + c.lo() + ":" + c.hi();
        return cache.computeIfAbsent(key, x -> GlobalMinimumCriticalNumbers.at(blocks, k, c.lo(), c.hi()));
    }

    private static List<CriticalNumber> inside(List<CriticalNumber> all, Claim c) {
        List<CriticalNumber> r = new ArrayList<>();
        for (CriticalNumber n : all) {
            boolean atEnd = Math.abs(n.value() - c.lo()) <= c.tolerance() || Math.abs(n.value() - c.hi()) <= c.tolerance();
            if (!(c.openInterval() && atEnd)) {
                r.add(n);
            }
        }
        return r;
    }

    /** Distinct values (merging components) of a list of critical numbers. */
    private static List<Double> distinct(List<CriticalNumber> ns, double tol) {
        List<Double> out = new ArrayList<>();
        for (CriticalNumber n : ns) {
            if (out.stream().noneMatch(v -> Math.abs(v - n.value()) <= Math.max(tol, n.enclosure().width()))) {
                out.add(n.value());
            }
        }
        return out;
    }

    private ClaimResult criticalNumbers(ClaimsFile file, Claim c) {
        List<CriticalNumber> found = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Map<String, List<Integer>> problems = new java.util.LinkedHashMap<>();
        for (int k : widths(c)) {
            GlobalMinimumCriticalNumbers.Result r = at(k, c);
            gaps.addAll(r.undecided());
            List<CriticalNumber> ns = inside(r.numbers(), c);
            found.addAll(ns);
            List<Double> vals = distinct(ns, c.tolerance());
            for (double v : c.values()) {
                if (vals.stream().noneMatch(x -> Math.abs(x - v) <= c.tolerance())) {
                    problems.computeIfAbsent(file.model().parameter() + " = " + fmt(v) + " is not critical: "
                            + smallest(file, v, k), x -> new ArrayList<>()).add(k);
                }
            }
            for (double x : vals) {
                if (c.values().stream().noneMatch(v -> Math.abs(x - v) <= c.tolerance())) {
                    problems.computeIfAbsent("there is an unclaimed critical number " + describe(ns, x),
                            y -> new ArrayList<>()).add(k);
                }
            }
            for (CriticalNumber n : ns) {
                if (!c.components().isEmpty() && c.components().stream().noneMatch(s -> sameComponent(s, n.component()))) {
                    problems.computeIfAbsent("the critical number " + fmt(n.value()) + " occurs in component "
                            + n.component() + ", not among the claimed " + c.components(), y -> new ArrayList<>()).add(k);
                }
                if (!c.types().isEmpty() && !c.types().contains(n.kind().jsonName())) {
                    problems.computeIfAbsent(fmt(n.value()) + " in " + n.component() + " is a " + n.kind().jsonName()
                            + ", not a " + c.types(), y -> new ArrayList<>()).add(k);
                }
            }
            if (!c.components().isEmpty()) {
                for (String comp : c.components()) {
                    if (ns.stream().noneMatch(n -> sameComponent(comp, n.component()))) {
                        problems.computeIfAbsent("component " + comp + " has no critical number in " + interval(c),
                                y -> new ArrayList<>()).add(k);
                    }
                }
            }
        }
        String summary = summary(found);
        if (!gaps.isEmpty()) {
            return new ClaimResult(c, Verdict.UNDECIDED, "Could not decide: " + String.join("; ", new LinkedHashSet<>(gaps))
                    + ". Found: " + summary, found, List.of(EXACT));
        }
        if (!problems.isEmpty()) {
            StringBuilder why = new StringBuilder();
            problems.forEach((msg, ks) -> why.append("At k = ").append(ks.size() == 1 ? ks.get(0).toString() : ks.toString())
                    .append(": ").append(msg).append(". "));
            return new ClaimResult(c, Verdict.FAILS, why.toString().trim() + " Critical numbers found in " + interval(c)
                    + ": " + summary + ".", found, List.of(EXACT));
        }
        if (c.kFrom() > 0) {
            AllWidths.Proof p = AllWidths.prove(blocks, c.kFrom());
            if (!p.widthIndependent()) {
                return new ClaimResult(c, Verdict.UNDECIDED, "Holds for k = " + widths(c) + " but not proven for every "
                        + "k >= " + c.kFrom() + ": " + String.join("; ", p.gaps()), found, List.of(EXACT));
            }
            return new ClaimResult(c, Verdict.HOLDS, "For every k >= " + c.kFrom() + " the critical numbers in "
                    + interval(c) + " are: " + summary + ". Proof for all k: every k-dependent factor of the block "
                    + "determinants is root-free (" + p.steps().size() + " shift tests; see width-independent).", found,
                    List.of(EXACT));
        }
        return new ClaimResult(c, Verdict.HOLDS, "Critical numbers in " + interval(c) + " for k = " + widths(c)
                + ": " + summary + ".", found, List.of(EXACT));
    }

    private ClaimResult noInstability(ClaimsFile file, Claim c) {
        List<CriticalNumber> found = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        for (int k : widths(c)) {
            GlobalMinimumCriticalNumbers.Result r = at(k, c);
            gaps.addAll(r.undecided());
            for (CriticalNumber n : inside(r.numbers(), c)) {
                found.add(n);
                if (n.kind() == EventKind.BRANCH_POINT) {
                    why.append("At k = ").append(k).append(" an eigenvalue of component ").append(n.component())
                            .append(" changes sign at ").append(file.model().parameter()).append(" = ")
                            .append(fmt(n.value())).append(" (negative count ").append(n.indexBelow()).append(" -> ")
                            .append(n.indexAbove()).append("). ");
                }
            }
        }
        if (why.length() > 0) {
            return new ClaimResult(c, Verdict.FAILS, why.toString().trim(), found, List.of(EXACT));
        }
        if (!gaps.isEmpty()) {
            return new ClaimResult(c, Verdict.UNDECIDED, "Could not decide: " + String.join("; ", gaps), found,
                    List.of(EXACT));
        }
        String touches = found.isEmpty() ? "no critical number at all" : "only touches (even order, no sign change): "
                + summary(found);
        if (c.kFrom() > 0) {
            AllWidths.Proof p = AllWidths.prove(blocks, c.kFrom());
            if (!p.widthIndependent()) {
                return new ClaimResult(c, Verdict.UNDECIDED, "No sign change for k = " + widths(c) + ", not proven for "
                        + "every k >= " + c.kFrom() + ": " + String.join("; ", p.gaps()), found, List.of(EXACT));
            }
        }
        return new ClaimResult(c, Verdict.HOLDS, "No eigenvalue changes sign in " + interval(c) + " for k "
                + (c.kFrom() > 0 ? ">= " + c.kFrom() : "= " + widths(c)) + "; " + touches, found, List.of(EXACT));
    }

    private ClaimResult widthIndependent(ClaimsFile file, Claim c) {
        List<CriticalNumber> found = new ArrayList<>();
        Map<Integer, Set<String>> sets = new HashMap<>();
        for (int k : widths(c)) {
            GlobalMinimumCriticalNumbers.Result r = at(k, c);
            if (!r.undecided().isEmpty()) {
                return new ClaimResult(c, Verdict.UNDECIDED, "Could not decide: " + r.undecided(), found, List.of(EXACT));
            }
            Set<String> s = new LinkedHashSet<>();
            for (CriticalNumber n : inside(r.numbers(), c)) {
                found.add(n);
                s.add(fmt(n.value()) + " " + n.component() + " " + n.kind().jsonName());
            }
            sets.put(k, s);
        }
        Set<String> first = sets.get(widths(c).get(0));
        for (int k : widths(c)) {
            if (!sets.get(k).equals(first)) {
                return new ClaimResult(c, Verdict.FAILS, "The critical numbers differ: k = " + widths(c).get(0) + ": "
                        + first + "; k = " + k + ": " + sets.get(k), found, List.of(EXACT));
            }
        }
        if (c.kFrom() > 0) {
            AllWidths.Proof p = AllWidths.prove(blocks, c.kFrom());
            if (!p.widthIndependent()) {
                return new ClaimResult(c, Verdict.UNDECIDED, "Equal for k = " + widths(c) + "; not proven for every k >= "
                        + c.kFrom() + ": " + String.join("; ", p.gaps()), found, List.of(EXACT));
            }
            return new ClaimResult(c, Verdict.HOLDS, "Every root of every block determinant comes from a factor free of "
                    + "k, and every k-dependent factor is root-free for k >= " + c.kFrom() + ": " + String.join("; ",
                    p.steps()) + ". Critical numbers: " + first, found, List.of(EXACT));
        }
        return new ClaimResult(c, Verdict.HOLDS, "The same critical numbers for k = " + widths(c) + ": " + first, found,
                List.of(EXACT));
    }

    private ClaimResult atCriticalNumber(ClaimsFile file, Claim c) {
        Claim window = new Claim(c.id(), c.kind(), c.line(), c.text(), c.at() - 1e-6, c.at() + 1e-6, false, c.ks(),
                c.kFrom(), List.of(), List.of(), List.of(), c.at(), c.orbitTypes(), c.direction(), null, 0,
                c.tolerance());
        List<CriticalNumber> found = new ArrayList<>();
        boolean anyCrossing = false;
        for (int k : widths(c)) {
            GlobalMinimumCriticalNumbers.Result r = at(k, window);
            for (CriticalNumber n : r.numbers()) {
                if (Math.abs(n.value() - c.at()) <= Math.max(c.tolerance(), n.enclosure().width())) {
                    found.add(n);
                    anyCrossing |= n.kind() == EventKind.BRANCH_POINT;
                }
            }
        }
        if (found.isEmpty()) {
            return new ClaimResult(c, Verdict.FAILS, fmt(c.at()) + " is not a critical number of the global minimum: "
                    + smallest(file, c.at(), widths(c).get(0)), found, List.of(EXACT));
        }
        if (!anyCrossing) {
            if (c.kind() == ClaimKind.BRANCH_DIRECTION) {
                return new ClaimResult(c, Verdict.UNDECIDED, "At " + file.model().parameter() + " = " + fmt(c.at())
                        + " every vanishing eigenvalue only touches zero (" + summary(found) + "), so omega = 0 and the "
                        + "degree forces no branch; whether branches exist and their direction needs continuation "
                        + "('landscape continue --switch').", found, List.of(EXACT));
            }
            String what = "omega = 0: the maximal orbit types of omega are none, not the claimed " + c.orbitTypes()
                    + " (no branch is forced by the degree)";
            boolean claimsNothing = c.orbitTypes().isEmpty();
            if (claimsNothing) {
                what = "omega = 0 and, as claimed, no orbit type is predicted";
            }
            return new ClaimResult(c, claimsNothing ? Verdict.HOLDS : Verdict.FAILS, "At "
                    + file.model().parameter() + " = " + fmt(c.at()) + " every vanishing eigenvalue only touches zero "
                    + "(even order, the negative counts are equal on both sides: " + summary(found) + "), hence " + what
                    + ".", found, List.of(EXACT));
        }
        return undecided(c, "the critical number is a crossing; omega and branch directions for crossings of the "
                + "global minimum are computed by 'landscape degree --crossing' and 'landscape continue --switch'");
    }

    private String smallest(ClaimsFile file, double a, int k) {
        double alpha = Symja.numeric(Symja.eval(file.model().slope()), new String[]{"a"}, new double[]{a}, 30)
                .doubleValue();
        double[][] ev = GlobalMinimumSpectrum.get().eigenvalues(alpha, k);
        int best = 0;
        for (int b = 1; b < ev.length; b++) {
            if (ev[b][0] < ev[best][0]) {
                best = b;
            }
        }
        double lambda = ev[best][0] * file.model().lossFactor();
        String comp = GlobalMinimumSpectrum.get().blocks().get(best).component();
        String exact = "";
        if (GlobalMinimumSpectrum.get().blocks().get(best).eigenvalues().size() == 1) {
            exact = Symja.display(Symja.eval("Simplify[" + (int) file.model().lossFactor() + "*("
                    + Symja.input(GlobalMinimumSpectrum.get().blocks().get(best).eigenvalues().get(0))
                    + ") /. alpha -> (" + Symja.input(Symja.eval("(" + file.model().slope() + ") /. a -> "
                    + Symja.exactRational(a))) + ")]")) + " = ";
        }
        return "the smallest Hessian eigenvalue there (component " + comp + ", slope alpha = " + fmt(alpha) + ") is "
                + exact + String.format(Locale.ROOT, "%.15g", lambda) + (lambda > 0 ? " > 0" : " <= 0");
    }

    private static boolean sameComponent(String claimed, String found) {
        return claimed.replace(" ", "").equalsIgnoreCase(found.replace(" ", ""));
    }

    private static String describe(List<CriticalNumber> ns, double x) {
        StringBuilder b = new StringBuilder(fmt(x)).append(" (");
        for (CriticalNumber n : ns) {
            if (Math.abs(n.value() - x) <= 1e-9) {
                b.append(n.component()).append(' ').append(n.kind().jsonName()).append(", ");
            }
        }
        return b.substring(0, b.length() - 2) + ")";
    }

    static String summary(List<CriticalNumber> ns) {
        if (ns.isEmpty()) {
            return "none";
        }
        Map<String, List<String>> byValue = new java.util.LinkedHashMap<>();
        for (CriticalNumber n : ns) {
            String v = n.exact().isEmpty() ? fmt(n.value()) : n.exact();
            byValue.computeIfAbsent(v, x -> new ArrayList<>()).add(n.component() + " " + n.kind().jsonName());
        }
        StringBuilder b = new StringBuilder();
        byValue.forEach((v, l) -> b.append(v).append(": ").append(String.join(", ", new LinkedHashSet<>(l))).append("; "));
        return b.substring(0, b.length() - 2);
    }

    private static String interval(Claim c) {
        return (c.openInterval() ? "(" : "[") + fmt(c.lo()) + ", " + fmt(c.hi()) + (c.openInterval() ? ")" : "]");
    }

    static String fmt(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return String.format(Locale.ROOT, "%.12g", x);
    }

    private static ClaimResult undecided(Claim c, String why) {
        return new ClaimResult(c, Verdict.UNDECIDED, "Undecided: " + why + ".", List.of(), List.of());
    }
}
