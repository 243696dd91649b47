package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.Census;
import org.landscape.analysis.CensusPoint;
import org.landscape.analysis.CensusResult;
import org.landscape.analysis.CensusSettings;
import org.landscape.base.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
    @Option(names = "--merge", arity = "1..*", paramLabel = "FILES", description = "merge JSON-lines shard files")
    List<Path> merge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (merge != null) {
            List<CensusResult> parts = new ArrayList<>();
            for (Path p : merge) {
                parts.add(read(p));
            }
            print(out, CensusResult.merge(parts), "merged (" + merge.size() + " files)");
            return 0;
        }
        if (k == null || alpha == null) {
            throw new InvalidInputException("census needs --k and --alpha (or --merge FILES)");
        }
        int[] im = parseShard(shard);
        CensusSettings s = CensusSettings.of(k, n == null ? k : n, d == null ? k : d, ModelOptions.parseAlpha(alpha),
                inits, seed, im[0] - 1, im[1]);
        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch printed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.set(true);
            try {
                printed.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        int mine = (s.inits() - s.shard() + s.shards() - 1) / s.shards();
        long step = Math.max(1, mine / 20);
        try {
            CensusResult r = Census.run(s, done -> {
                if (done % step == 0 || done == mine) {
                    synchronized (err) {
                        err.println("census: " + done + "/" + mine + " starts");
                        err.flush();
                    }
                }
            }, cancel::get);
            print(out, r, im[0] + "/" + im[1]);
        } finally {
            printed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down (Ctrl-C): the hook has already run and waited for the output above
            }
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
            ObjectMapper m = new ObjectMapper();
            ObjectNode h = m.createObjectNode();
            h.put("type", "census");
            h.put("k", s.k());
            h.put("n", s.n());
            h.put("d", s.d());
            h.put("alpha", s.alpha());
            h.put("inits", s.inits());
            h.put("seed", s.seed());
            h.put("shard", shardLabel);
            h.put("starts", r.starts());
            h.put("interrupted", r.interrupted());
            ObjectNode f = h.putObject("failures");
            r.failures().forEach(f::put);
            h.put("distinct_points", r.points().size());
            h.put("normalisation", CriticalJson.NORMALISATION);
            h.put("distribution", DISTRIBUTION);
            h.put("method", "Armijo gradient descent (|grad L| < 1e-4 or 5000 steps), then Newton with the exact Hessian "
                    + "(residual 1e-11); per point: compiled gradient norm, symmetry-adapted Hessian spectrum with "
                    + "Weyl error bound (error_bound), isotropy by backtrack search (tolerance 1e-8 relative)");
            h.put("merging", "loss to 1e-8 (1+|L|), sorted entries to 1e-6 max|W| (invariants of S_k x Stab(V))");
            out.println(h.toString());
            for (CensusPoint p : r.points()) {
                ObjectNode o = m.createObjectNode();
                o.put("type", "point");
                o.put("loss", p.loss());
                o.put("count", p.count());
                o.put("index", p.index());
                o.put("nullity", p.nullity());
                o.put("minimum", p.isMinimum());
                o.put("smallest_eigenvalue", p.smallestEigenvalue());
                o.put("error_bound", p.errorBound());
                o.put("gradient_norm", p.gradientNorm());
                o.put("isotropy", p.isotropy());
                o.put("isotropy_order", p.isotropyOrder());
                DynamicsJson.matrix(o, "point", p.w());
                out.println(o.toString());
            }
        } else {
            out.println("census k=" + s.k() + " n=" + s.n() + " d=" + s.d() + " alpha=" + s.alpha() + " seed=" + s.seed()
                    + " shard " + shardLabel + ": " + r.starts() + " starts" + (r.interrupted() ? " (interrupted)" : "")
                    + ", failures " + r.failures() + "; loss " + CriticalJson.NORMALISATION);
            out.println(String.format("%-22s %6s %6s %8s %14s %12s  %s", "loss", "count", "index", "minimum",
                    "min eigenvalue", "|grad L|", "isotropy"));
            for (CensusPoint p : r.points()) {
                out.println(String.format("%-22.15g %6d %6d %8s %14.6e %12.2e  %s (order %s)", p.loss(), p.count(),
                        p.index(), p.isMinimum(), p.smallestEigenvalue(), p.gradientNorm(), p.isotropy(),
                        p.isotropyOrder()));
            }
        }
        out.flush();
    }

    private static CensusResult read(Path p) {
        List<String> lines;
        try {
            lines = Files.readAllLines(p);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read shard file " + p + ": " + e.getMessage());
        }
        ObjectMapper m = new ObjectMapper();
        CensusSettings s = null;
        long starts = 0;
        boolean interrupted = false;
        Map<String, Long> fails = new TreeMap<>();
        List<CensusPoint> pts = new ArrayList<>();
        try {
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = m.readTree(line);
                String type = j.path("type").asText();
                if (type.equals("census")) {
                    s = CensusSettings.of(j.get("k").asInt(), j.get("n").asInt(), j.get("d").asInt(),
                            j.get("alpha").asDouble(), j.get("inits").asInt(), j.get("seed").asLong(), 0, 1);
                    starts = j.get("starts").asLong();
                    interrupted = j.get("interrupted").asBoolean();
                    j.get("failures").fields().forEachRemaining(e -> fails.put(e.getKey(), e.getValue().asLong()));
                } else if (type.equals("point")) {
                    JsonNode w = j.get("point");
                    double[][] a = new double[w.size()][];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = new double[w.get(i).size()];
                        for (int c = 0; c < a[i].length; c++) {
                            a[i][c] = w.get(i).get(c).asDouble();
                        }
                    }
                    pts.add(new CensusPoint(a, j.get("loss").asDouble(), j.get("gradient_norm").asDouble(),
                            j.get("index").asInt(), j.get("nullity").asInt(), j.get("smallest_eigenvalue").asDouble(),
                            j.get("error_bound").asDouble(), j.get("isotropy").asText(), j.get("isotropy_order").asText(),
                            j.get("count").asLong()));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new InvalidInputException("shard file " + p + " is not census JSON lines (run census with --json)");
        }
        if (s == null) {
            throw new InvalidInputException("shard file " + p + " has no census header line (run census with --json)");
        }
        return new CensusResult(s, pts, starts, fails, interrupted);
    }
}
