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
        return l;
    }

    private static IExpr census(IAST ast, ScriptSession s) {
        Builtin b = Toolkit.get("Census").orElseThrow();
        Args.arity(ast, b, 3, 5);
        int k = Args.integer(ast, 1, b);
        if (k < 1 || k > 64) {
            throw Args.bad(b, 1, "a width k in 1..64", ast.arg1());
        }
        double alpha = Args.real(ast, 2, b);
        if (!Double.isFinite(alpha) || Math.abs(alpha) > org.landscape.base.Require.MAX_MAGNITUDE) {
            throw Args.bad(b, 2, "a finite slope alpha of magnitude at most 1e100", ast.arg2());
        }
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
