package org.landscape.cli;

import org.landscape.io.Output;
import org.landscape.analysis.Census;
import org.landscape.analysis.CensusPoint;
import org.landscape.analysis.CensusResult;
import org.landscape.analysis.CensusSettings;
import org.landscape.base.InvalidInputException;
import org.landscape.io.CensusJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code landscape census}: critical points reached from seeded random starts, merged up to symmetry. */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = "Random starts (rows N(0, I_d/d), seeded), gradient descent, Newton polish; distinct critical "
                + "points up to S_k x Stab(V) with loss, index, isotropy, smallest eigenvalue and count. Teacher: the "
                + "first n unit vectors of R^d. Shards (--shard i/m) print JSON lines that --merge joins.")
final class CensusCommand implements Callable<Integer> {
    static final String DISTRIBUTION = "rows of W0 i.i.d. N(0, I_d/d); start j uses the j-th long of "
            + "SplittableRandom(seed) as java.util.Random seed";

    @Option(names = "--k", paramLabel = "K", description = "student width")
    Integer k;
    @Option(names = "--n", paramLabel = "N", description = "teacher width (default k)")
    Integer n;
    @Option(names = "--d", paramLabel = "D", description = "input dimension (default k)")
    Integer d;
    @Option(names = "--alpha", paramLabel = "A", description = "leaky slope")
    String alpha;
    @Option(names = "--inits", paramLabel = "COUNT", defaultValue = "100", description = "number of starts (all shards)")
    int inits;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "master seed")
    long seed;
    @Option(names = "--shard", paramLabel = "i/m", defaultValue = "1/1", description = "run shard i of m (1-based)")
    String shard;
    @Option(names = "--json", description = "JSON lines: a header line, then one line per distinct point")
    boolean json;
    @Option(names = "--merge", arity = "1..*", paramLabel = "FILES", description = "merge JSON-lines shard files (all "
            + "shards of one run, each once)")
    List<Path> merge;
    @Option(names = "--allow-partial", description = "with --merge: accept a run with some shards missing (named on "
            + "stderr and in the header)")
    boolean allowPartial;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (merge != null) {
            CensusJson.Merged m = CensusJson.merge(merge, allowPartial);
            if (!m.missing().isEmpty()) {
                err.println("census: merging a partial census: shards " + m.missing() + " of " + m.of() + " missing");
            }
            print(out, m.result(), m.label());
            return 0;
        }
        if (k == null || alpha == null) {
            throw new InvalidInputException("census needs --k and --alpha (or --merge FILES)");
        }
        int[] im = parseShard(shard);
        CensusSettings s = CensusSettings.of(k, n == null ? k : n, d == null ? k : d, ModelOptions.parseAlpha(alpha),
                inits, seed, im[0] - 1, im[1]);
        int mine = (s.inits() - s.shard() + s.shards() - 1) / s.shards();
        try (LongRun run = LongRun.start("census", err)) {
            run.say(mine + " starts on " + Runtime.getRuntime().availableProcessors() + " threads (Ctrl-C stops and "
                    + "prints what was found)");
            run.status("0/" + mine + " starts");
            CensusResult r = Census.run(s, done -> run.status(done + "/" + mine + " starts"), run::stopRequested);
            print(out, r, im[0] + "/" + im[1]);
        }
        return 0;
    }

    static int[] parseShard(String s) {
        String[] p = s.split("/");
        try {
            if (p.length == 2) {
                int i = Integer.parseInt(p[0].trim());
                int m = Integer.parseInt(p[1].trim());
                if (m >= 1 && i >= 1 && i <= m) {
                    return new int[] {i, m};
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new InvalidInputException("--shard '" + s + "' is not i/m with 1 <= i <= m: e.g. --shard 2/8");
    }

    private void print(PrintWriter out, CensusResult r, String shardLabel) {
        CensusSettings s = r.settings();
        if (json) {
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("normalisation", Output.NORMALISATION);
            extra.put("distribution", DISTRIBUTION);
            extra.put("method", "Armijo gradient descent (|grad L| < 1e-4 or 5000 steps), then Newton with the exact "
                    + "Hessian (residual 1e-11; a start whose residual does not halve in 10 steps fails as STAGNATED); per point: compiled gradient norm, symmetry-adapted Hessian spectrum "
                    + "with Weyl error bound (error_bound), isotropy by backtrack search (tolerance 1e-8 relative)");
            extra.put("merging", "loss to 1e-8 (1+|L|), sorted entries to 1e-6 max|W| (invariants of S_k x Stab(V))");
            out.print(CensusJson.lines(r, shardLabel, extra));
        } else {
            out.println("census k=" + s.k() + " n=" + s.n() + " d=" + s.d() + " alpha=" + s.alpha() + " seed=" + s.seed()
                    + " shard " + shardLabel + ": " + r.starts() + " starts" + (r.interrupted() ? " (interrupted)" : "")
                    + ", failures " + r.failures() + "; loss " + Output.NORMALISATION);
            out.println(String.format("%-22s %6s %6s %8s %14s %12s  %s", "loss", "count", "index", "minimum",
                    "min eigenvalue", "|grad L|", "isotropy"));
            for (CensusPoint p : r.points()) {
                out.println(String.format("%-22.15g %6d %6d %8s %14.6e %12.2e  %s (order %s)", Output.loss(p.loss()), p.count(),
                        p.index(), p.isMinimum(), p.smallestEigenvalue(), p.gradientNorm(), p.isotropy(),
                        p.isotropyOrder()));
            }
        }
        out.flush();
    }

}
