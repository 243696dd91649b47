package org.landscape.cli;

import org.landscape.analysis.Census;
import org.landscape.analysis.CensusResult;
import org.landscape.analysis.CensusSettings;
import org.landscape.base.InvalidInputException;
import org.landscape.io.CensusJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code landscape census}: critical points reached from seeded random starts, merged up to symmetry. */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = "Random starts (rows N(0, I_d/d), seeded), gradient descent, Newton polish; distinct critical "
                + "points up to S_k x Stab(V) with loss, index, isotropy, smallest eigenvalue and count. Teacher: the "
                + "first n unit vectors of R^d. Shards (--shard i/m) print JSON lines that --merge joins.")
final class CensusCommand implements Callable<Integer> {
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
        out.print(json ? CensusJson.lines(r, shardLabel) : CensusJson.text(r, shardLabel));
        out.flush();
    }
}
