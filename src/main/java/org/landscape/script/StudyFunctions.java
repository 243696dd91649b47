package org.landscape.script;

import org.landscape.analysis.Census;
import org.landscape.analysis.CensusPoint;
import org.landscape.analysis.CensusResult;
import org.landscape.analysis.CensusSettings;
import org.landscape.base.ConfinedPaths;
import org.landscape.claims.ClaimResult;
import org.landscape.claims.ClaimsChecker;
import org.landscape.claims.ClaimsFile;
import org.landscape.claims.Verdict;
import org.landscape.io.ClaimsReader;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Studies that the command line runs as {@code census} and {@code check}, as built-ins: a census of critical points
 * from seeded random starts (MATH.md section 7, Safran-Shamir) and the claims checker (holds / fails / undecided).
 */
final class StudyFunctions {
    private StudyFunctions() {
    }

    static List<Builtin> all() {
        List<Builtin> l = new ArrayList<>();
        l.add(new Builtin("Census", "Census[k, alpha, inits] | Census[k, alpha, inits, seed] |"
                + " Census[k, alpha, inits, seed, {n, d}]",
                "critical points reached from inits seeded random starts (rows of W0 i.i.d. N(0, I_d/d); gradient"
                        + " descent, then Newton), merged up to S_k x Stab(V); teacher: the first n unit vectors of R^d"
                        + " (n = d = k by default), 1 <= k, d <= 64, 1 <= inits <= 10^7, seed 1 by default: {\"starts\","
                        + " \"interrupted\", \"failures\" -> rules, \"points\" -> {{\"loss\", \"count\", \"index\","
                        + " \"nullity\", \"minimum\", \"smallestEigenvalue\", \"errorBound\", \"gradientNorm\","
                        + " \"isotropy\", \"isotropyOrder\", \"point\"}..}}. Stops early (\"interrupted\" -> True) at"
                        + " the script's time limit. Same numbers as the census command with --seed.",
                StudyFunctions::census));
        l.add(new Builtin("CheckClaims", "CheckClaims[file] | CheckClaims[json]",
                "verdicts for the claims in a claims file (a name relative to the working folder, inside it) or in a"
                        + " JSON string starting with {, as the check command gives them: {\"holds\" -> True when every"
                        + " claim holds, \"claims\" -> {{\"id\", \"kind\", \"verdict\" (holds/fails/undecided),"
                        + " \"explanation\"}..}}. The schema: src/main/resources/claims.schema.json.",
                StudyFunctions::checkClaims));
        l.add(new Builtin("FamilyAsymptotics", "FamilyAsymptotics[family, W, alpha, order]",
                "the expansion of a symmetric family of critical points in the width k, as derive family-asymptotics "
                        + "gives it: family a template such as \"Delta(S{k-1}xS1)\", W a member at some width (a matrix,"
                        + " or a file name relative to the working folder), order 1..6 correction terms: {\"pattern\""
                        + " -> {{\"name\", \"description\", \"series\" (exact, in the symbol k), \"remainder\" (the "
                        + "power of 1/k of the error)}..}, \"loss\" (exact, in k), \"lossRemainder\", \"checks\" -> "
                        + "{{\"k\", \"patternError\", \"lossError\"}..} (against the numerical family at k = 100, 1000,"
                        + " 10000), \"hessian\" -> {{\"component\", \"multiplicity\", \"series\", \"remainder\", "
                        + "\"cluster\", \"errors\"}..} (each isotypic block's eigenvalues), \"hessianNotExpanded\"}. "
                        + "About 20-60 s.",
                StudyFunctions::familyAsymptotics));
        return l;
    }

    private static IExpr familyAsymptotics(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("FamilyAsymptotics").orElseThrow();
        Args.arity(ast, b, 4, 4);
        org.landscape.analysis.YoungFamily family = org.landscape.analysis.YoungFamily.parse(Args.string(ast, 1, b));
        double[][] w;
        if (ast.arg2().isString()) {
            Path cwd = Path.of("").toAbsolutePath();
            String name = Args.string(ast, 2, b);
            Path p = s.settings().allowIo() ? Path.of(name) : ConfinedPaths.resolve(cwd, name, b.name());
            w = org.landscape.io.MatrixReader.read(p.toString(), b.name());
        } else {
            w = Args.matrix(ast, 2, b);
        }
        double alpha = Args.slope(ast, 3, b);
        int order = Args.integer(ast, 4, b);
        if (order < 1 || order > 6) {
            throw Args.bad(b, 4, "an order in 1..6", ast.arg4());
        }
        org.landscape.asymptotics.FamilyExpansion.Expansion e = org.landscape.asymptotics.FamilyExpansion.expand(family,
                w, alpha, order, 1000);
        List<IExpr> pattern = new ArrayList<>();
        String[] sizes = family.sizeExpressions();
        for (int i = 0; i < e.variables().size(); i++) {
            var t = e.variables().get(i);
            pattern.add(Toolkit.record("name", t.name(), "description", t.description(sizes), "series", e.expression(i), "remainder",
                    F.num(e.remainder(i))));
        }
        List<IExpr> checks = new ArrayList<>();
        for (var c : e.checks()) {
            checks.add(Toolkit.record("k", F.num(c.k()), "patternError", Args.list(c.error()), "lossError",
                    Double.isNaN(c.lossError()) ? F.Indeterminate : F.num(c.lossError())));
        }
        List<IExpr> hessian = new ArrayList<>();
        for (var v : e.spectrum().eigenvalues()) {
            hessian.add(Toolkit.record("component", v.component(), "multiplicity", v.multiplicity(), "series",
                    org.landscape.asymptotics.FamilyExpansion.expression(v.value()), "remainder", F.num(v.remainder()),
                    "cluster", F.ZZ(v.cluster()), "errors", Args.list(v.error())));
        }
        return Toolkit.record("pattern", F.List(pattern.toArray(new IExpr[0])), "loss", e.lossExpression(),
                "lossRemainder", F.num(e.loss().precision() / 2.0), "checks", F.List(checks.toArray(new IExpr[0])),
                "hessian", F.List(hessian.toArray(new IExpr[0])), "hessianNotExpanded",
                F.List(e.spectrum().notExpanded().stream().map(F::stringx).toArray(IExpr[]::new)));
    }

    private static IExpr census(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("Census").orElseThrow();
        Args.arity(ast, b, 3, 5);
        int k = Args.integer(ast, 1, b);
        if (k < 1 || k > 64) {
            throw Args.bad(b, 1, "a width k in 1..64", ast.arg1());
        }
        double alpha = Args.slope(ast, 2, b);
        int inits = Args.integer(ast, 3, b);
        if (inits < 1 || inits > 10_000_000) {
            throw Args.bad(b, 3, "a number of starts in 1..10^7", ast.arg3());
        }
        long seed = 1;
        if (ast.argSize() >= 4) {
            if (!ast.arg4().isInteger()) {
                throw Args.bad(b, 4, "an integer seed", ast.arg4());
            }
            seed = ast.arg4().toLongDefault(Long.MIN_VALUE);
        }
        int n = k;
        int d = k;
        if (ast.argSize() == 5) {
            int[] nd = Args.integers(ast, 5, b);
            if (nd.length != 2 || nd[1] < 1 || nd[1] > 64 || nd[0] < 1 || nd[0] > nd[1]) {
                throw Args.bad(b, 5, "{n, d} with 1 <= n <= d <= 64", ast.arg5());
            }
            n = nd[0];
            d = nd[1];
        }
        CensusSettings settings = CensusSettings.of(k, n, d, alpha, inits, seed, 0, 1);
        CensusResult r = Census.run(settings, done -> { }, s::limitReached);
        List<IExpr> points = new ArrayList<>();
        for (CensusPoint p : r.points()) {
            points.add(Toolkit.record("loss", F.num(p.loss()), "count", p.count(), "index", p.index(), "nullity",
                    p.nullity(), "minimum", p.isMinimum() ? F.True : F.False, "smallestEigenvalue",
                    F.num(p.smallestEigenvalue()), "errorBound", F.num(p.errorBound()), "gradientNorm",
                    F.num(p.gradientNorm()), "isotropy", p.isotropy(), "isotropyOrder", p.isotropyOrder().matches("\\d+")
                            ? F.ZZ(new java.math.BigInteger(p.isotropyOrder())) : F.stringx(p.isotropyOrder()),
                    "point", Args.matrix(p.w())));
        }
        List<IExpr> failures = new ArrayList<>();
        r.failures().forEach((why, count) -> failures.add(F.Rule(F.stringx(why), F.ZZ(count))));
        return Toolkit.record("starts", r.starts(), "interrupted", r.interrupted() ? F.True : F.False, "failures",
                F.List(failures.toArray(new IExpr[0])), "points", F.List(points.toArray(new IExpr[0])));
    }

    private static IExpr checkClaims(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("CheckClaims").orElseThrow();
        Args.arity(ast, b, 1, 1);
        String arg = Args.string(ast, 1, b);
        ClaimsFile file;
        if (arg.strip().startsWith("{")) {
            file = ClaimsReader.parse(arg, "CheckClaims");
        } else {
            Path cwd = Path.of("").toAbsolutePath();
            Path p = s.settings().allowIo() ? Path.of(arg) : ConfinedPaths.resolve(cwd, arg, b.name());
            file = ClaimsReader.read(p);
        }
        List<ClaimResult> results = new ClaimsChecker().check(file, msg -> { });
        List<IExpr> claims = new ArrayList<>();
        for (ClaimResult r : results) {
            claims.add(Toolkit.record("id", r.claim().id(), "kind", r.claim().kind().jsonName(), "verdict",
                    r.verdict().name().toLowerCase(java.util.Locale.ROOT), "explanation", r.explanation()));
        }
        boolean all = results.stream().allMatch(r -> r.verdict() == Verdict.HOLDS);
        return Toolkit.record("holds", all ? F.True : F.False, "claims", F.List(claims.toArray(new IExpr[0])));
    }
}
