package org.landscape.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.CensusPoint;
import org.landscape.analysis.CensusResult;
import org.landscape.analysis.CensusSettings;
import org.landscape.base.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Census results as JSON lines (a header line, then one line per distinct point), and shard files read back for
 * merging. The header's {@code shard} field is {@code IDS/M}: the 1-based shard ids the file covers (one for a shard
 * run, several for a merge) out of M. {@link #readShards} refuses a shard given twice and, unless partial merges are
 * allowed, names the shards that are missing.
 */
public final class CensusJson {
    private static final ObjectMapper M = new ObjectMapper();

    private CensusJson() {
    }

    /** One file read back: its result, the shard ids it covers and their total. */
    public record Shard(CensusResult result, SortedSet<Integer> ids, int of, String file) {
    }

    /** Shards merged: the result, the ids covered, the total, and the ids missing (empty for a complete census). */
    public record Merged(CensusResult result, SortedSet<Integer> ids, int of, SortedSet<Integer> missing) {
        /** @return e.g. {@code 1,2,4/4} */
        public String label() {
            return CensusJson.label(ids, of);
        }
    }

    /** @return {@code 1,3/4} for ids {1, 3} of 4 */
    public static String label(SortedSet<Integer> ids, int of) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "/" + of;
    }

    /** How the starts are drawn (the header's "distribution"). */
    public static final String DISTRIBUTION = "rows of W0 i.i.d. N(0, I_d/d); start j uses the j-th long of "
            + "SplittableRandom(seed) as java.util.Random seed";

    /**
     * @param r          the result
     * @param shardLabel {@link #label} of the shards it covers
     * @return the JSON lines with the standard header fields (normalisation, distribution, method, merging)
     */
    public static String lines(CensusResult r, String shardLabel) {
        Map<String, String> extra = new java.util.LinkedHashMap<>();
        extra.put("normalisation", Output.NORMALISATION);
        extra.put("distribution", DISTRIBUTION);
        extra.put("method", "Armijo gradient descent (|grad L| < 1e-4 or 5000 steps), then Newton with the exact "
                + "Hessian (residual 1e-11; a start whose residual does not halve in 10 steps fails as STAGNATED); per point: compiled gradient norm, symmetry-adapted Hessian spectrum "
                + "with Weyl error bound (error_bound), isotropy by backtrack search (tolerance 1e-8 relative)");
        extra.put("merging", "loss to 1e-8 (1+|L|), sorted entries to 1e-6 max|W| (invariants of S_k x Stab(V))");
        return lines(r, shardLabel, extra);
    }

    /** @return the census as a text table: a header line, then one line per distinct point */
    public static String text(CensusResult r, String shardLabel) {
        CensusSettings s = r.settings();
        StringBuilder out = new StringBuilder();
        out.append("census k=" + s.k() + " n=" + s.n() + " d=" + s.d() + " alpha=" + s.alpha() + " seed=" + s.seed()
                + " shard " + shardLabel + ": " + r.starts() + " starts" + (r.interrupted() ? " (interrupted)" : "")
                + ", failures " + r.failures() + "; loss " + Output.NORMALISATION).append(System.lineSeparator());
        out.append(String.format("%-22s %6s %6s %8s %14s %12s  %s", "loss", "count", "index", "minimum",
                "min eigenvalue", "|grad L|", "isotropy")).append(System.lineSeparator());
        for (CensusPoint p : r.points()) {
            out.append(String.format("%-22.15g %6d %6d %8s %14.6e %12.2e  %s (order %s)", Output.loss(p.loss()),
                    p.count(), p.index(), p.isMinimum(), p.smallestEigenvalue(), p.gradientNorm(), p.isotropy(),
                    p.isotropyOrder())).append(System.lineSeparator());
        }
        return out.toString();
    }

    /**
     * @param r          the result
     * @param shardLabel {@link #label} of the shards it covers
     * @param extra      header fields to add (normalisation, distribution, method), in order
     * @return the JSON lines, each ending in a newline
     */
    public static String lines(CensusResult r, String shardLabel, Map<String, String> extra) {
        CensusSettings s = r.settings();
        ObjectNode h = M.createObjectNode();
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
        extra.forEach(h::put);
        StringBuilder out = new StringBuilder(h.toString()).append('\n');
        for (CensusPoint p : r.points()) {
            ObjectNode o = M.createObjectNode();
            o.put("type", "point");
            o.put("loss", Output.loss(p.loss()));
            o.put("count", p.count());
            o.put("index", p.index());
            o.put("nullity", p.nullity());
            o.put("minimum", p.isMinimum());
            o.put("smallest_eigenvalue", p.smallestEigenvalue());
            o.put("error_bound", p.errorBound());
            o.put("gradient_norm", p.gradientNorm());
            o.put("isotropy", p.isotropy());
            if (p.isotropyOrder().matches("\\d+")) {
                o.put("isotropy_order", new java.math.BigInteger(p.isotropyOrder()));
            } else {
                o.put("isotropy_order", p.isotropyOrder());
            }
            Output.matrix(o, "point", p.w());
            out.append(o).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads shard files and checks that they belong together.
     *
     * @param files        JSON-lines files written by a census run or a merge
     * @param allowPartial accept a set of shards with some missing (they are reported in {@link Merged#missing})
     * @return the merged census
     * @throws InvalidInputException naming a shard given twice, shards of different totals, or the missing shards
     */
    public static Merged merge(List<Path> files, boolean allowPartial) {
        List<Shard> shards = new ArrayList<>();
        for (Path p : files) {
            shards.add(read(p));
        }
        int of = shards.get(0).of();
        Map<Integer, String> seen = new TreeMap<>();
        for (Shard s : shards) {
            if (s.of() != of) {
                throw new InvalidInputException("shard files of different splits: " + shards.get(0).file() + " is one of "
                        + of + " shards, " + s.file() + " one of " + s.of() + "; merge shards of one run");
            }
            for (int id : s.ids()) {
                String before = seen.putIfAbsent(id, s.file());
                if (before != null) {
                    throw new InvalidInputException("shard " + id + "/" + of + " is given twice (" + before
                            + (before.equals(s.file()) ? ", twice the same file" : " and " + s.file())
                            + "): give each shard once");
                }
            }
        }
        SortedSet<Integer> missing = new TreeSet<>();
        for (int i = 1; i <= of; i++) {
            if (!seen.containsKey(i)) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty() && !allowPartial) {
            throw new InvalidInputException((missing.size() == 1 ? "shard " : "shards ") + missing.stream()
                    .map(i -> i + "/" + of).collect(Collectors.joining(", ")) + (missing.size() == 1 ? " is" : " are")
                    + " missing: give all " + of + " shard files of the run");
        }
        CensusResult r = CensusResult.merge(shards.stream().map(Shard::result).toList());
        return new Merged(r, new TreeSet<>(seen.keySet()), of, missing);
    }

    /** Reads one shard file (or a merged file). */
    public static Shard read(Path p) {
        if (Files.isDirectory(p)) {
            throw new InvalidInputException("shard file " + p + " is a folder: give the JSON-lines files census --json wrote");
        }
        if (!Files.exists(p)) {
            throw new InvalidInputException("shard file " + p + ": no such file (check the path)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(p);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read shard file " + p + " (" + e.getClass().getSimpleName() + ")");
        }
        CensusSettings s = null;
        long starts = 0;
        boolean interrupted = false;
        SortedSet<Integer> ids = new TreeSet<>();
        int of = 0;
        Map<String, Long> fails = new TreeMap<>();
        List<CensusPoint> pts = new ArrayList<>();
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln);
            if (line.isBlank()) {
                continue;
            }
            String where = p + ":" + (ln + 1);
            JsonNode j;
            try {
                j = M.readTree(line);
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(where + ": not a JSON line (" + JsonErrors.reason(e)
                        + "); shard files are written by census --json");
            }
            String type = j.path("type").asText();
            if (type.equals("census")) {
                if (s != null) {
                    throw new InvalidInputException(where + ": a second census header: one shard per file");
                }
                s = CensusSettings.of(integer(j, "k", where), integer(j, "n", where), integer(j, "d", where),
                        number(j, "alpha", where), integer(j, "inits", where), j.path("seed").asLong(), 0, 1);
                starts = (long) number(j, "starts", where);
                interrupted = j.path("interrupted").asBoolean();
                j.path("failures").fields().forEachRemaining(e -> fails.put(e.getKey(), e.getValue().asLong()));
                of = parseLabel(j.path("shard").asText(), ids, where);
            } else if (type.equals("point")) {
                if (s == null) {
                    throw new InvalidInputException(where + ": a point before the census header line");
                }
                JsonNode w = j.get("point");
                if (w == null || !w.isArray() || w.size() != s.k()) {
                    throw new InvalidInputException(where + ": field 'point' must be a " + s.k() + " x " + s.d()
                            + " array");
                }
                double[][] a = new double[w.size()][];
                for (int i = 0; i < a.length; i++) {
                    if (w.get(i).size() != s.d()) {
                        throw new InvalidInputException(where + ": row " + i + " of 'point' has " + w.get(i).size()
                                + " entries, not d = " + s.d());
                    }
                    a[i] = new double[s.d()];
                    for (int c = 0; c < a[i].length; c++) {
                        a[i][c] = w.get(i).get(c).asDouble();
                    }
                }
                pts.add(new CensusPoint(a, number(j, "loss", where), number(j, "gradient_norm", where),
                        integer(j, "index", where), integer(j, "nullity", where),
                        number(j, "smallest_eigenvalue", where), number(j, "error_bound", where),
                        j.path("isotropy").asText(), j.path("isotropy_order").asText(), (long) number(j, "count", where)));
            } else {
                throw new InvalidInputException(where + ": a line of type '" + type + "'; shard files hold census and "
                        + "point lines (census --json)");
            }
        }
        if (s == null) {
            throw new InvalidInputException("shard file " + p + " has no census header line (run census with --json)");
        }
        return new Shard(new CensusResult(s, pts, starts, fails, interrupted), ids, of, p.toString());
    }

    /** Parses {@code 2/4} or {@code 1,3/4} into {@code ids}; @return the total. */
    private static int parseLabel(String label, SortedSet<Integer> ids, String where) {
        String[] parts = label.split("/");
        try {
            if (parts.length == 2) {
                int of = Integer.parseInt(parts[1].trim());
                for (String id : parts[0].split(",")) {
                    int i = Integer.parseInt(id.trim());
                    if (i < 1 || i > of || !ids.add(i)) {
                        throw new NumberFormatException();
                    }
                }
                return of;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InvalidInputException(where + ": field 'shard' is '" + label + "', not IDS/M such as 2/4 or 1,3/4");
    }

    private static double number(JsonNode j, String field, String where) {
        JsonNode x = j.get(field);
        if (x == null || !x.isNumber()) {
            throw new InvalidInputException(where + ": field '" + field + "' is missing or not a number");
        }
        return x.asDouble();
    }

    private static int integer(JsonNode j, String field, String where) {
        JsonNode x = j.get(field);
        if (x == null || !x.canConvertToInt()) {
            throw new InvalidInputException(where + ": field '" + field + "' is missing or not an integer");
        }
        return x.asInt();
    }
}
