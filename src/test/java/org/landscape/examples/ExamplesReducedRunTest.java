package org.landscape.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscape.verify.QuadratureReference;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every example's {@code run.sh --reduced OUT} (issue 10: each example runs in CI at a reduced size) with the
 * freshly compiled classes in place of the {@code ./landscape} wrapper, and checks its outputs against values known
 * independently of the code: closed forms (Cho-Saul, the global-minimum eigenvalue \( 1/4 - 1/(2\pi) \), exponential
 * decay of a dying neuron), a 45-digit quadrature recomputation, and the committed full-size outputs produced by
 * other commands (the census finds by random gradient descent the minima the family command reaches by Newton).
 */
class ExamplesReducedRunTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final double GLOBAL_MIN_EIGENVALUE = 0.25 - 1 / (2 * Math.PI);

    @TempDir
    Path out;

    /** Runs examples/NAME/run.sh --reduced OUT and returns OUT. */
    private Path run(String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String landscape = java + " -Xss8m -XX:+UseSerialGC -cp "
                + System.getProperty("java.class.path") + " org.landscape.cli.Main";
        assertTrue(!landscape.contains(" " + File.pathSeparator), "class path without spaces");
        List<String> cmd = new ArrayList<>(List.of("bash", ROOT.resolve("examples/" + name + "/run.sh").toString(),
                "--reduced", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("LANDSCAPE", landscape);
        pb.environment().put("LANDSCAPE_CP", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("example-" + name, ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertTrue(done && p.exitValue() == 0, name + "/run.sh --reduced failed:\n" + tail(text));
        return out;
    }

    private static String tail(String s) {
        return s.length() > 3000 ? s.substring(s.length() - 3000) : s;
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p);
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no match for " + regex);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void globalMinimumSpectrum() throws Exception {
        Path o = run("global-minimum-spectrum");
        String table = read(o.resolve("table.txt"));
        assertEquals(GLOBAL_MIN_EIGENVALUE, number(table, "(?m)^\\s+5\\s+0\\.0000 \\[k-2,1,1\\]\\s+(\\S+)"), 1e-10);
        assertTrue(Files.size(o.resolve("spectrum.svg")) > 1000 && Files.size(o.resolve("spectrum.png")) > 1000);
    }

    @Test
    void liuLeakyRelu() throws Exception {
        Path o = run("liu-leaky-relu");
        // "critical number 0" fails with the exact smallest eigenvalue (pi - 2)/(4 pi) = 1/4 - 1/(2 pi)
        String report = read(o.resolve("report-standard.md"));
        assertTrue(report.contains("(-2 + Pi)/(4*Pi) = 0.0908450569081046"), report);
        // the global minimum of k = 5: four touches, all at alpha = 1 (W = V has a PSD Hessian for every alpha)
        String summary = read(o.resolve("k5-global-minimum/summary.json"));
        Matcher m = Pattern.compile("\"alpha\" : (-?[0-9.E-]+),\\s*\"component\"").matcher(summary);
        int events = 0;
        while (m.find()) {
            assertEquals(1.0, Double.parseDouble(m.group(1)), 1e-9, "event away from alpha = 1");
            events++;
        }
        assertEquals(4, events, "one touch per Specht component");
    }

    @Test
    void leakyFamilies() throws Exception {
        Path o = run("leaky-families");
        String down = read(o.resolve("deltaS6-down.json"));
        String committed = read(ROOT.resolve("examples/leaky-families/deltaS6-down.json"));
        double alpha = number(down, "\"alpha\" : (-?[0-9.E-]+)");
        assertEquals(number(committed, "\"alpha\" : (-?[0-9.E-]+)"), alpha, 1e-10);
        assertTrue(down.contains("\"isotropy\" : \"S3 x S3\""), "the predicted S3 x S3 branch");
    }

    @Test
    void spuriousMinima() throws Exception {
        Path o = run("spurious-minima");
        String census = read(o.resolve("census-k6-alpha0.jsonl"));
        assertEquals(GLOBAL_MIN_EIGENVALUE, number(census, "\"loss\":-?[0-9.E-]+,\"count\":\\d+,\"index\":0,"
                + "\"nullity\":0,\"minimum\":true,\"smallest_eigenvalue\":([0-9.E-]+),[^\\n]*\"isotropy_order\":720"),
                1e-10);
        // the family command (Newton in Fix(Delta(S_{k-1} x S_1)) from k = 6) reaches at k = 8 the minimum that the
        // committed full census found from random starts by gradient descent
        String typeA = read(o.resolve("family-typeA.txt"));
        double loss8 = number(typeA, "(?m)^\\s+8 Delta\\(S7xS1\\)\\s+([0-9.]+)");
        String census8 = read(ROOT.resolve("examples/spurious-minima/census-k8-alpha0.jsonl"));
        boolean found = false;
        for (String line : census8.split("\n")) {
            if (line.contains("\"type\":\"point\"") && line.matches(".*\"isotropy_order\":\"?5040\"?[,}].*")) {
                found |= Math.abs(number(line, "\"loss\":([0-9.E-]+)") - loss8) < 1e-12;
            }
        }
        assertTrue(found, "the k = 8 type-A minimum " + loss8 + " is in the committed census");
        for (String row : typeA.split("\n")) {
            if (row.matches("^\\s+\\d+ Delta.*")) {
                assertTrue(row.contains("CERTIFIED_MINIMUM"), row);
            }
        }
        // below k = 6 the type-A critical point is a saddle (Safran-Shamir: no spurious minima for k <= 5)
        String downA = read(o.resolve("family-typeA-down.txt"));
        assertTrue(number(downA, "(?m)^\\s+5 Delta\\(S4xS1\\)\\s+[0-9.]+\\s+\\S+\\s+(-[0-9.e-]+)") < 0);
    }

    @Test
    void overParameterisation() throws Exception {
        Path o = run("over-parameterisation");
        for (String f : List.of("typeA-add-zero.out", "deltaS6-add-zero.out", "typeA-split-1.out", "typeA-split-0.out")) {
            assertTrue(read(o.resolve(f)).contains("embedded point: SADDLE"), f);
        }
        // D(u*) at the printed u*, recomputed by 45-digit quadrature of the kernel: D(u) = sum_l K(u, w_l) - sum_j K(u, e_j)
        String text = read(o.resolve("typeA-add-zero.out"));
        double printed = number(text, "min over \\|u\\|=1 of D\\(u\\) = (-[0-9.E-]+)");
        Matcher m = Pattern.compile("at u\\* = \\[([^\\]]+)\\]").matcher(text);
        assertTrue(m.find());
        String[] parts = m.group(1).split(",");
        double[] u = new double[parts.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = Double.parseDouble(parts[i].trim());
        }
        double[][] w = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                ROOT.resolve("examples/spurious-minima/spurious-k6.json").toFile(), double[][].class);
        QuadratureReference q = new QuadratureReference(0);
        double d = 0;
        for (double[] wl : w) {
            d += q.value(u, wl);
        }
        for (int j = 0; j < 6; j++) {
            double[] e = new double[6];
            e[j] = 1;
            d -= q.value(u, e);
        }
        assertEquals(d, printed, 1e-12);
        assertTrue(d < -0.03);
    }

    @Test
    void escapeNeurons() throws Exception {
        Path o = run("escape-neurons");
        // Cho-Saul: D(u*) = -3 (sin t + (pi - t) cos t) / (2 pi), cos t = 1/sqrt 3, at u* = (1,1,1)/sqrt 3
        double t = Math.acos(1 / Math.sqrt(3));
        double closed = -3 * (Math.sin(t) + (Math.PI - t) * Math.cos(t)) / (2 * Math.PI);
        String hand = read(o.resolve("escape-hand.out"));
        assertEquals(closed, number(hand, "D\\(u\\) = (-[0-9.E-]+)"), 1e-9);
        assertTrue(read(o.resolve("escape-degenerate.out")).contains("UNDECIDED"));
    }

    @Test
    void gdStability() throws Exception {
        Path o = run("gd-stability");
        // one neuron at its minimum (1/pi + 3/4)(1, 1) against I_2: eta* = 2 / lambda_max = 4 (lambda_max = 1/2)
        String one = read(o.resolve("one-neuron.out"));
        assertEquals(4.0, number(one, "eta\\* = 2/lambda_max = ([0-9.E-]+)"), 1e-9);
        assertTrue(read(o.resolve("spurious-k6.out")).contains("eta*"));
    }

    @Test
    void summaryStatistics() throws Exception {
        Path o = run("summary-statistics");
        // w(t) = w(0) exp(-t/2) from |w(0)| = 1: the loss tends to L(0) = E[relu(x_1)^2]/2 = 1/4
        String dead = read(o.resolve("dead-neuron.out"));
        assertEquals(0.25, number(dead, "-> ([0-9.E-]+)"), 1e-12);
        assertTrue(Files.exists(o.resolve("k4.out")) && Files.exists(o.resolve("k2-n3.out")));
    }

    @Test
    void spechtCrossings() throws Exception {
        Path o = run("specht-crossings");
        String text = read(o.resolve("crossings.txt"));
        // M(k,k) = 2[k] + 3[k-1,1] + [k-2,2] + [k-2,1,1] (Arjevani-Field), k = 5
        for (String c : List.of("[5]: multiplicity 2, dim V = 1", "[4,1]: multiplicity 3, dim V = 4",
                "[3,2]: multiplicity 1, dim V = 5", "[3,1,1]: multiplicity 1, dim V = 6")) {
            assertTrue(text.contains("component " + c), c);
        }
        // deg of the trivial representation is -(G): omega = (G) - (-(G)) = 2(G); two copies cancel (deg_V^2 = (G))
        assertTrue(text.contains("crossing 1 x [5]: omega = 2(S5)"));
        assertTrue(text.contains("crossing 2 x [4,1]: omega = 0"));
        assertTrue(!text.contains("k = 6"), "the reduced run stops at k = 5");
    }

    /** @return the loss of the committed k = 20 census point with the given isotropy (found by gradient descent) */
    private static double censusLoss20(String isotropy) throws Exception {
        for (String line : read(ROOT.resolve("examples/spurious-minima/census-k20-alpha0.jsonl")).split("\n")) {
            if (line.contains("\"isotropy\":\"" + isotropy + "\"")) {
                return number(line, "\"loss\":([0-9.E-]+)");
            }
        }
        throw new AssertionError("no census point " + isotropy);
    }

    @Test
    void largeWidth() throws Exception {
        Path o = run("large-width");
        // the families reach, by Newton on orbit values at k = 20, the minima that the committed k = 20 census found
        // from random starts by dense gradient descent (an independent route)
        String typeA = read(o.resolve("family-typeA.txt"));
        assertEquals(censusLoss20("Delta(S19xS1)"), number(typeA, "(?m)^\\s+20 Delta\\(S19xS1\\)\\s+([0-9.]+)"), 1e-12);
        String s2 = read(o.resolve("family-S2.txt"));
        assertEquals(censusLoss20("Delta(S18xS2)"), number(s2, "(?m)^\\s+20 Delta\\(S18xS2\\)\\s+([0-9.]+)"), 1e-12);
        String s6 = read(o.resolve("family-S6-30.txt"));
        assertEquals(censusLoss20("S14 x S6"), number(s6, "(?m)^\\s+20 Delta\\(S14xS6\\)\\s+([0-9.]+)"), 1e-12);
        assertTrue(typeA.contains("  60 Delta(S59xS1)"), "the reduced run reaches k = 60");
        // the non-diagonal family: index 2 up to k = 23, then the [k-3,1] block (dimension k - 3) is negative
        String mixed = read(o.resolve("family-mixed.txt"));
        assertTrue(mixed.matches("(?s).*\\n  23 Delta\\(S21\\)xS1xS1xS2 .* 2  S21 x C2 .*"), mixed);
        assertTrue(mixed.matches("(?s).*\\n  30 Delta\\(S28\\)xS1xS1xS2 .* 29  S28 x C2 .*"), mixed);
        // the k = 30 spectrum from isotypic blocks against the dense 900 x 900 Hessian of the same point
        double[][] w30 = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                o.resolve("family-S6-30/point-k30.json").toFile(), double[][].class);
        int m = 900;
        double[] h = new double[m * m];
        org.landscape.model.Models.loss(0, org.landscape.model.Matrices.identity(30)).hessian(w30, h);
        double[] dense = org.landscape.solve.SymmetricEigenvalues.of(h, m);
        String spectrum = read(o.resolve("spectrum-S24xS6-k30.txt"));
        assertTrue(spectrum.startsWith("isotropy: Delta(S24xS6), order 4.467e26"), spectrum);
        assertEquals(dense[0], number(spectrum, "smallest \\|eigenvalue\\|: ([0-9.e-]+)"), 1e-6);
        assertTrue(spectrum.contains("Morse index: 0") && dense[0] > 0);
        // multiplicity of the smallest eigenvalue: 23 = dim [23,1]x[6] (and the dense spectrum agrees)
        int mult = 0;
        for (double x : dense) {
            mult += Math.abs(x - dense[0]) < 1e-9 ? 1 : 0;
        }
        assertEquals(23, mult);
        assertTrue(spectrum.contains(" 23  [23,1]x[6] "), spectrum);
        // the alpha continuation of Delta S_30: every stored point is a critical point of the dense loss; the orbit-summed
        // loss it reports equals a 45-digit quadrature of the Gaussian expectation (the dense sum over all 3600 pairs
        // is off by a few 1e-12 at this width, the orbit sum by about 1e-14)
        com.fasterxml.jackson.databind.JsonNode branch = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(o.resolve("continue-deltaS30/branch.json").toFile());
        com.fasterxml.jackson.databind.JsonNode pts = branch.get("points");
        assertTrue(pts.size() > 10);
        for (int i = 0; i < pts.size(); i += pts.size() / 4) {
            com.fasterxml.jackson.databind.JsonNode p = pts.get(i);
            double[][] w = new double[30][30];
            for (int a = 0; a < 900; a++) {
                w[a / 30][a % 30] = p.get("w").get(a).asDouble();
            }
            org.landscape.model.NetworkLoss loss = org.landscape.model.Models.loss(p.get("alpha").asDouble(),
                    org.landscape.model.Matrices.identity(30));
            double[] g = new double[900];
            loss.gradient(w, g);
            double gn = 0;
            for (double x : g) {
                gn += x * x;
            }
            assertTrue(Math.sqrt(gn) < 1e-8, "point " + i + " |grad L| = " + Math.sqrt(gn));
            assertEquals(loss.loss(w), p.get("loss").asDouble(), 1e-10);
            if (i == 0) {
                double ref = new QuadratureReference(p.get("alpha").asDouble()).loss(w,
                        org.landscape.model.Matrices.identity(30)).loss();
                assertEquals(ref, p.get("loss").asDouble(), 1e-12);
            }
        }
    }

    /** @return the smallest eigenvalue at width k in a committed {@code family} table */
    private static double familyEigenvalue(String table, int k) {
        return number(table, "(?m)^\\s+" + k + " \\S+\\s+\\S+\\s+\\S+\\s+(\\S+)");
    }

    /** @return the loss at width k in a committed {@code family} table */
    private static double familyLoss(String table, int k) {
        return number(table, "(?m)^\\s+" + k + " \\S+\\s+(\\S+)");
    }

    @Test
    void widthTransitions() throws Exception {
        Path o = run("width-transitions");
        // the crossings in real k lie between the integer widths where the family command (dense or
        // symmetry-adapted Hessian at integer k, a different route) sees the smallest eigenvalue change sign
        String typeA = read(ROOT.resolve("examples/spurious-minima/family-typeA-down.txt"));
        double a5 = familyEigenvalue(typeA, 5);
        double a6 = familyEigenvalue(typeA, 6);
        assertTrue(a5 < 0 && a6 > 0, "committed type-A table: " + a5 + ", " + a6);
        double kA = number(read(o.resolve("continue-typeA.txt")), "crossing k = (\\S+) ");
        assertTrue(kA > 5 && kA < 6, "type-A crossing " + kA);
        assertEquals(5 + -a5 / (a6 - a5), kA, 0.1, "the linear interpolation of the integer-width eigenvalues");
        String s2 = read(ROOT.resolve("examples/spurious-minima/family-S2-down.txt"));
        double b7 = familyEigenvalue(s2, 7);
        double b8 = familyEigenvalue(s2, 8);
        assertTrue(b7 < 0 && b8 > 0, "committed two-block table: " + b7 + ", " + b8);
        double kB = number(read(o.resolve("continue-S2.txt")), "crossing k = (\\S+) ");
        assertTrue(kB > 7 && kB < 8, "two-block crossing " + kB);
        // the curve in (alpha, k) starts at the crossing: its first point solves the extended system (critical
        // point and block eigenvalue = 0) by Newton, a second route to k* beside the continuation's bracketing
        String curve = read(o.resolve("curve-typeA/curves.csv"));
        String[] first = curve.lines().skip(1).findFirst().orElseThrow().split(",");
        assertEquals(0, Double.parseDouble(first[first.length - 2]), 1e-9);
        assertEquals(kA, Double.parseDouble(first[first.length - 1]), 1e-10);
        // the loss series' 1/k coefficient against Richardson extrapolation (in h = k^(-1/2), ratio sqrt 2) of
        // k L(k) from the committed family table at k = 200, 400, 800 (Newton in Fix(H) at integer widths)
        String large = read(ROOT.resolve("examples/large-width/family-typeA.txt"));
        double[] kl = {200 * familyLoss(large, 200), 400 * familyLoss(large, 400), 800 * familyLoss(large, 800)};
        double r = Math.sqrt(2);
        double a = 2 * (r * kl[2] - kl[1]) / (r - 1) - (r * kl[1] - kl[0]) / (r - 1);
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(o.resolve("asymptotics-typeA.json").toFile());
        com.fasterxml.jackson.databind.JsonNode lead = j.path("loss").path("coefficients").get(0);
        assertEquals(-1.0, lead.path("power_of_k").asDouble());
        assertEquals(a, lead.path("value").asDouble(), 1e-3, "1/k coefficient of the loss");
        // the distinguished neuron's weight on its own teacher tends to -1 (w11diag), every other value to 0 or 1
        for (com.fasterxml.jackson.databind.JsonNode t : j.path("pattern")) {
            double numeric = t.path("name").asText().equals("w11diag") ? -1 : t.path("name").asText().equals(
                    "w00diag") ? 1 : 0;
            assertEquals(String.valueOf((int) numeric), t.path("limit").asText(), t.path("name").asText());
        }
        assertTrue(Files.size(o.resolve("asymptotics-typeA-check.png")) > 10000, "the check plot");
        com.fasterxml.jackson.databind.JsonNode checks = j.path("checks");
        assertEquals(10000, checks.get(checks.size() - 1).path("k").asDouble());
        for (com.fasterxml.jackson.databind.JsonNode e : checks.get(checks.size() - 1).path("pattern_error")) {
            assertTrue(e.asDouble() < 1e-5, "pattern error at k = 10^4: " + e);
        }
        // the two-row and hook blocks tend to the global minimum's eigenvalues 1/4 +- 1/(2 pi) (Arjevani-Field)
        java.util.Map<String, Double> limits = java.util.Map.of("[k-3,2]x[1]", 0.25 + 1 / (2 * Math.PI),
                "[k-3,1,1]x[1]", 0.25 - 1 / (2 * Math.PI));
        int seen = 0;
        for (com.fasterxml.jackson.databind.JsonNode h : j.path("hessian_eigenvalues")) {
            Double limit = limits.get(h.path("component").asText());
            if (limit == null) {
                continue;
            }
            seen++;
            com.fasterxml.jackson.databind.JsonNode c0 = h.path("coefficients").get(0);
            assertEquals(0.0, c0.path("power_of_k").asDouble());
            assertEquals(limit, c0.path("value").asDouble(), 1e-15, h.path("component").asText());
            com.fasterxml.jackson.databind.JsonNode errors = h.path("errors");
            assertTrue(errors.get(errors.size() - 1).asDouble() < 1e-7, "eigenvalue series error at k = 10^4");
        }
        assertEquals(2, seen, "two-row and hook eigenvalues in the output");
    }
}
