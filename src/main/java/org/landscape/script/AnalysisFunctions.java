package org.landscape.script;

import org.landscape.analysis.CriticalPoint;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.SubgroupActions;
import org.landscape.analysis.WidthFamily;
import org.landscape.analysis.WidthFamilyMember;
import org.landscape.analysis.YoungFamily;
import org.landscape.base.NotConvergedException;
import org.landscape.claims.CriticalNumber;
import org.landscape.claims.ExactBlock;
import org.landscape.claims.GlobalMinimumCriticalNumbers;
import org.landscape.continuation.BranchSample;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossContinuation;
import org.landscape.continuation.LossContinuationSettings;
import org.landscape.continuation.LossEvent;
import org.landscape.continuation.SwitchedBranch;
import org.landscape.group.PermutationGroup;
import org.landscape.rep.WeightMatrixAction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Critical points, continuation and critical numbers (MATH.md sections 4 and 6) over {@code analysis},
 * {@code continuation} and {@code claims}: the same library calls as the commands {@code critical},
 * {@code continue}, {@code family} and {@code check}, returning lists of rules.
 */
final class AnalysisFunctions {
    /** Exact global-minimum blocks per slope reading (Symja derivation, 10-30 s on first use). */
    private static final Map<String, List<ExactBlock>> BLOCKS = new ConcurrentHashMap<>();

    private AnalysisFunctions() {
    }

    static List<Builtin> all() {
        List<Builtin> l = new ArrayList<>();
        l.add(new Builtin("FindCriticalPoint", "FindCriticalPoint[W0, V, alpha] | FindCriticalPoint[W0, V, alpha, group]",
                "Newton's method with the exact Hessian for grad L = 0 from W0 (k x d), teacher V (n x d), in M(k,d) or"
                        + " in Fix(group) (a name such as \"DeltaS5\" or \"Delta(S4xS1)\"): {\"point\", \"loss\","
                        + " \"gradientNorm\", \"index\", \"nullity\", \"smallestEigenvalue\", \"errorBound\","
                        + " \"isotropy\", \"isotropyOrder\", \"steps\"}. Fails (exit 3) when Newton does not converge.",
                AnalysisFunctions::critical));
        l.add(new Builtin("ContinueBranch", "ContinueBranch[W0, V, {alpha0, alpha1}] |"
                + " ContinueBranch[W0, V, {alpha0, alpha1}, group] | ContinueBranch[W0, V, {alpha0, alpha1}, group, True]",
                "pseudo-arclength continuation in alpha of the critical point near W0 at alpha0, in Fix(group) when a"
                        + " group is given, with the isotypic Hessian blocks as test functions; True switches branches at"
                        + " each crossing: {\"status\", \"samples\" -> {{alpha, loss, index}..}, \"events\" -> {{\"type\","
                        + " \"alpha\", \"component\", \"multiplicity\", \"precision\", \"indexBelow\", \"indexAbove\","
                        + " \"omega\", \"orbitTypes\", \"branches\" -> {{\"orbitType\", \"criticality\","
                        + " \"isotropies\"}..}}..}}.", AnalysisFunctions::continueBranch));
        l.add(new Builtin("CriticalNumbers", "CriticalNumbers[k, {a0, a1}] | CriticalNumbers[k, {a0, a1}, slope]",
                "the critical numbers of the global minimum W = V = I_k in [a0, a1], exact: roots of the factored"
                        + " block determinants isolated with rational interval arithmetic; slope is the model's slope as"
                        + " an expression in the parameter a (default \"a\"; e.g. \"1 - a\"): {{\"a\", \"exact\","
                        + " \"enclosure\" -> {lo, hi}, \"component\", \"type\" (crossing/touch), \"multiplicity\","
                        + " \"indexBelow\", \"indexAbove\"}..}. Derives the blocks on first use (10-30 s).",
                AnalysisFunctions::criticalNumbers));
        l.add(new Builtin("FollowFamily", "FollowFamily[family, W0, alpha, k1]",
                "a symmetric critical point of width k0 (teacher I_k0) followed to width k1 in the Young family"
                        + " (\"Delta(S{k-1}xS1)\", \"DeltaS{k}\", rows and columns partitioned differently"
                        + " \"S{k-1}xS1xS{k-2}xS2\", ...): Newton in Fix(H_k) from extrapolated"
                        + " pattern values: {{\"k\", \"loss\", \"gradientNorm\", \"smallestEigenvalue\", \"index\","
                        + " \"isotropy\", \"parameters\" -> rules, \"point\"}..}.", AnalysisFunctions::followFamily));
        return l;
    }

    private static Builtin self(String name) {
        return Toolkit.get(name).orElseThrow();
    }

    private static IExpr critical(IAST ast, ScriptSession s) {
        Builtin b = self("FindCriticalPoint");
        Args.arity(ast, b, 3, 4);
        double[][] w0 = Args.matrix(ast, 1, b);
        double[][] v = Args.matrix(ast, 2, b);
        double alpha = Args.real(ast, 3, b);
        if (v[0].length != w0[0].length) {
            throw Args.bad(b, 2, "a teacher with d = " + w0[0].length + " columns like W0", ast.arg2());
        }
        Optional<WeightMatrixAction> fix = ast.argSize() == 4
                ? Optional.of(SubgroupActions.onWeights(Args.string(ast, 4, b), w0.length, w0[0].length))
                : Optional.empty();
        CriticalPoint c = CriticalPointSearch.newton(w0, v, alpha, fix, CriticalPointSearch.DEFAULT_SETTINGS);
        if (!c.converged()) {
            throw new NotConvergedException("FindCriticalPoint: Newton stopped with status " + c.newton().status()
                    + " at |grad L| = " + c.gradientNorm() + "; try another start or a fixed-point subspace");
        }
        List<Object> kv = new ArrayList<>(List.of("point", Args.matrix(c.w()), "loss", F.num(c.loss()),
                "gradientNorm", F.num(c.gradientNorm())));
        c.spectrum().ifPresent(sp -> kv.addAll(List.of("index", sp.index(), "nullity", sp.nullity(),
                "smallestEigenvalue", F.num(sp.smallestEigenvalue()), "errorBound", F.num(sp.errorBound()))));
        c.isotropy().ifPresent(i -> kv.addAll(List.of("isotropy", i.structure(), "isotropyOrder",
                F.ZZ(i.order()))));
        kv.addAll(List.of("steps", c.newton().iterations()));
        return Toolkit.record(kv.toArray());
    }

    private static double[] interval(IAST ast, int i, Builtin b) {
        double[] a = Args.vector(ast, i, b);
        if (a.length != 2) {
            throw Args.bad(b, i, "an interval {from, to} of two numbers", ast.get(i));
        }
        return a;
    }

    private static IExpr continueBranch(IAST ast, ScriptSession s) {
        Builtin b = self("ContinueBranch");
        Args.arity(ast, b, 3, 5);
        double[][] w0 = Args.matrix(ast, 1, b);
        double[][] v = Args.matrix(ast, 2, b);
        double[] range = interval(ast, 3, b);
        Optional<PermutationGroup> h = ast.argSize() >= 4
                ? Optional.of(SubgroupActions.group(Args.string(ast, 4, b), w0.length, w0[0].length)) : Optional.empty();
        boolean switching = false;
        if (ast.argSize() == 5) {
            if (!ast.arg5().isTrue() && !ast.arg5().isFalse()) {
                throw Args.bad(b, 5, "True or False (branch switching)", ast.arg5());
            }
            switching = ast.arg5().isTrue();
        }
        LossContinuationSettings settings = LossContinuationSettings.of(range[0], range[1]).withSwitching(switching);
        LossBranch br = new LossContinuation().run(v, w0, h, settings, LossContinuation.Progress.SILENT);
        IExpr[] samples = new IExpr[br.points().size()];
        for (int i = 0; i < samples.length; i++) {
            BranchSample p = br.points().get(i);
            samples[i] = F.List(F.num(p.alpha()), F.num(p.loss()), F.ZZ(p.index()));
        }
        List<IExpr> events = new ArrayList<>();
        for (LossEvent e : br.events()) {
            List<IExpr> branches = new ArrayList<>();
            for (SwitchedBranch sb : e.branches()) {
                List<IExpr> isos = new ArrayList<>();
                for (SwitchedBranch.Half half : sb.halves()) {
                    isos.add(F.stringx(half.found() ? half.isotropy() : "not found"));
                }
                branches.add(Toolkit.record("orbitType", sb.orbitType(), "criticality", sb.criticality().name(),
                        "isotropies", F.List(isos.toArray(new IExpr[0]))));
            }
            List<IExpr> types = new ArrayList<>();
            e.orbitTypes().forEach(t -> types.add(F.stringx(t)));
            events.add(Toolkit.record("type", e.kind().jsonName(), "alpha", F.num(e.alpha()), "component", e.component(),
                    "multiplicity", e.multiplicity(), "precision", F.num(e.precision()), "indexBelow", e.indexBefore(),
                    "indexAbove", e.indexAfter(), "omega", e.omega(), "orbitTypes", F.List(types.toArray(new IExpr[0])),
                    "branches", F.List(branches.toArray(new IExpr[0]))));
        }
        return Toolkit.record("status", br.status().name(), "samples", F.List(samples), "events",
                F.List(events.toArray(new IExpr[0])));
    }

    private static IExpr criticalNumbers(IAST ast, ScriptSession s) {
        Builtin b = self("CriticalNumbers");
        Args.arity(ast, b, 2, 3);
        int k = Args.integer(ast, 1, b);
        if (k < 4) {
            throw Args.bad(b, 1, "a width k >= 4 (the four Specht components exist from k = 4)", ast.arg1());
        }
        double[] range = interval(ast, 2, b);
        String slope = ast.argSize() == 3 ? Args.string(ast, 3, b) : "a";
        List<ExactBlock> blocks = BLOCKS.computeIfAbsent(slope, ExactBlock::globalMinimum);
        GlobalMinimumCriticalNumbers.Result r = GlobalMinimumCriticalNumbers.at(blocks, k, range[0], range[1]);
        if (!r.undecided().isEmpty()) {
            throw ToolkitError.input("CriticalNumbers: undecided for k = " + k + ": " + String.join("; ", r.undecided())
                    + "; use ./landscape check for the numeric route");
        }
        List<IExpr> out = new ArrayList<>();
        for (CriticalNumber n : r.numbers()) {
            out.add(Toolkit.record("a", F.num(n.value()), "exact", n.exact(), "enclosure",
                    F.List(F.num(n.enclosure().lo().doubleValue()), F.num(n.enclosure().hi().doubleValue())),
                    "component", n.component(), "type", n.kind().jsonName(), "multiplicity", n.multiplicity(),
                    "indexBelow", n.indexBelow(), "indexAbove", n.indexAbove()));
        }
        return F.List(out.toArray(new IExpr[0]));
    }

    private static IExpr followFamily(IAST ast, ScriptSession s) {
        Builtin b = self("FollowFamily");
        Args.arity(ast, b, 4, 4);
        YoungFamily family = YoungFamily.parse(Args.string(ast, 1, b));
        double[][] w0 = Args.matrix(ast, 2, b);
        double alpha = Args.real(ast, 3, b);
        int k1 = Args.integer(ast, 4, b);
        List<IExpr> out = new ArrayList<>();
        for (WidthFamilyMember m : WidthFamily.follow(family, w0, alpha, k1, false, x -> { })) {
            List<IExpr> params = new ArrayList<>();
            m.parameters().forEach((key, val) -> params.add(F.Rule(F.stringx(key), F.num(val))));
            out.add(Toolkit.record("k", m.k(), "loss", F.num(m.loss()), "gradientNorm",
                    F.num(m.point().gradientNorm()), "smallestEigenvalue", F.num(m.smallestEigenvalue()),
                    "index", m.index(), "isotropy", m.point().isotropy().map(i -> i.structure()).orElse(""),
                    "parameters", F.List(params.toArray(new IExpr[0])), "point", Args.matrix(m.point().w())));
        }
        return F.List(out.toArray(new IExpr[0]));
    }
}
