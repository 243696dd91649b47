package org.landscape.examples;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers quoted in the examples' READMEs are the ones their committed outputs contain, and the
 * ones with an independent closed form agree with it (issue 10).
 */
class ExampleOutputsTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."));

    private static String read(String path) throws Exception {
        return Files.readString(ROOT.resolve(path));
    }

    private static double firstNumberAfter(String text, String regex) {
        Matcher m = Pattern.compile(regex + "\\s*[:=]?\\s*\"?(-?[0-9.]+(?:E-?[0-9]+)?)").matcher(text);
        assertTrue(m.find(), "no match for " + regex);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void globalMinimumSpectrumAtAlphaZero() throws Exception {
        String table = read("examples/global-minimum-spectrum/table.txt");
        Matcher m = Pattern.compile("(?m)^\\s+6\\s+-?0\\.0000 \\[k-2,1,1\\]\\s+(\\S+)").matcher(table);
        assertTrue(m.find(), "row k = 6, alpha = 0, [k-2,1,1] in table.txt");
        double independent = 0.25 - 1 / (2 * Math.PI); // issue 8's value, typed here
        assertEquals(independent, Double.parseDouble(m.group(1)), 1e-10);
        assertTrue(read("examples/global-minimum-spectrum/README.md").contains("0.0908450569"));
    }

    @Test
    void spuriousMinimumOfTheCensus() throws Exception {
        String census = read("examples/spurious-minima/census-k6-alpha0.jsonl");
        String readme = read("examples/spurious-minima/README.md");
        String spurious = census.lines().filter(l -> l.contains("\"type\":\"point\"") && !l.contains("\"loss\":2.2"))
                .filter(l -> firstNumberAfter(l, "\"loss\"") > 1e-3).findFirst().orElseThrow();
        assertEquals(0.0250806, firstNumberAfter(spurious, "\"loss\""), 5e-8);
        assertEquals(0.0047004, firstNumberAfter(spurious, "\"smallest_eigenvalue\""), 5e-8);
        assertTrue(readme.contains("0.0250806") && readme.contains("0.0047004"));
    }

    @Test
    void liuContinuationCrossing() throws Exception {
        String summary = read("examples/liu-leaky-relu/k6-deltaS6-family/summary.json");
        double alpha = firstNumberAfter(summary, "\"alpha\"");
        assertEquals(-0.686912130006598, alpha, 1e-11);
        assertTrue(read("examples/liu-leaky-relu/README.md").contains("-0.686912130006598"));
        String report = read("examples/liu-leaky-relu/report-standard.md");
        assertTrue(report.contains("(-2 + Pi)/(4*Pi) = 0.0908450569081046"), "exact counterexample in the report");
    }

    /** The Delta S_k crossings of k = 7, 8 quoted in the README against the continuation summaries. */
    @Test
    void leakyFamiliesInK() throws Exception {
        String readme = read("examples/leaky-families/README.md");
        for (String[] q : new String[][] {{"7", "-0.702277497519662"}, {"8", "-0.717659174519348"}}) {
            String summary = read("examples/leaky-families/deltaS" + q[0] + "-down.json");
            assertEquals(Double.parseDouble(q[1]), firstNumberAfter(summary, "\"alpha\""), 1e-11, "k = " + q[0]);
            assertTrue(readme.contains(q[1]), q[1]);
        }
        assertTrue(read("examples/leaky-families/deltaS8-down.json").contains("\"direction\" : \"supercritical\""));
        for (String run : new String[] {"typeA-k7-up", "typeA-k7-down", "typeA-k8-up", "typeA-k8-down"}) {
            assertTrue(read("examples/leaky-families/" + run + ".json").contains("\"events\" : [ ]"), run);
        }
    }

    @Test
    void leakyFamilies() throws Exception {
        String down = read("examples/leaky-families/deltaS6-down.json");
        assertEquals(-0.686912130006598, firstNumberAfter(down, "\"alpha\""), 1e-11);
        String typeA = read("examples/leaky-families/typeA-down.json");
        assertTrue(typeA.contains("\"events\" : [ ]"), "the type-A family has no event on (-1, 0]");
        assertTrue(read("examples/leaky-families/README.md").contains("0.0250806"));
    }

    /** The census table of the README: starts at the global minimum and spurious losses, k = 6..10. */
    @Test
    void spuriousMinimaCensusTable() throws Exception {
        String readme = read("examples/spurious-minima/README.md");
        for (int k = 6; k <= 10; k++) {
            String census = read("examples/spurious-minima/census-k" + k + "-alpha0.jsonl");
            Matcher row = Pattern.compile("(?m)^\\| " + k + " \\| (\\d+) \\| (\\d+) [^|]*\\| ([^\\n]*)\\|$").matcher(readme);
            assertTrue(row.find(), "README row k = " + k);
            long atGlobal = 0;
            long spurious = 0;
            List<Double> losses = new ArrayList<>();
            for (String line : census.split("\n")) {
                if (!line.contains("\"type\":\"point\"")) {
                    continue;
                }
                double loss = firstNumberAfter(line, "\"loss\"");
                long count = (long) firstNumberAfter(line, "\"count\"");
                if (Math.abs(loss) < 1e-10) {
                    atGlobal += count;
                } else if (line.contains("\"minimum\":true")) {
                    spurious += count;
                    losses.add(loss);
                }
            }
            assertEquals(Long.parseLong(row.group(1)), atGlobal, "k = " + k);
            assertEquals(Long.parseLong(row.group(2)), spurious, "k = " + k);
            for (double loss : losses) {
                assertTrue(row.group(3).contains(String.format(java.util.Locale.ROOT, "%.7f", loss)),
                        "k = " + k + ": loss " + loss + " quoted in " + row.group(3));
            }
        }
    }

    /** The families table of the README against family-typeA.txt and family-deltaSk.txt. */
    @Test
    void spuriousMinimaFamiliesTable() throws Exception {
        String readme = read("examples/spurious-minima/README.md");
        String typeA = read("examples/spurious-minima/family-typeA.txt");
        String delta = read("examples/spurious-minima/family-deltaSk.txt");
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\|$")
                .matcher(readme);
        int rows = 0;
        while (row.find()) {
            int k = Integer.parseInt(row.group(1));
            double[] a = familyRow(typeA, k);
            double[] d = familyRow(delta, k);
            assertEquals(Double.parseDouble(row.group(2)), a[0], 5e-8, "type A loss, k = " + k);
            assertEquals(Double.parseDouble(row.group(3)), a[1], 5e-8, "type A eigenvalue, k = " + k);
            assertEquals(Double.parseDouble(row.group(4)), d[0], 5e-8, "Delta S_k loss, k = " + k);
            assertEquals(Double.parseDouble(row.group(5)), d[1], 5e-8, "Delta S_k eigenvalue, k = " + k);
            rows++;
        }
        assertEquals(7, rows);
    }

    /** k = 20: the type-A minimum of the census (random starts) is the family's k = 20 member (Newton in Fix). */
    @Test
    void censusAtTwentyMeetsTheFamily() throws Exception {
        String census = read("examples/spurious-minima/census-k20-alpha0.jsonl");
        double fromCensus = Double.NaN;
        for (String line : census.split("\n")) {
            if (line.contains("\"isotropy\":\"Delta(S19xS1)\"")) {
                fromCensus = firstNumberAfter(line, "\"loss\"");
            }
        }
        double fromFamily = familyRow(read("examples/spurious-minima/family-typeA.txt"), 20)[0];
        assertEquals(fromFamily, fromCensus, 1e-12);
        assertTrue(read("examples/spurious-minima/README.md").contains("0.0112756"));
    }

    /** The Delta(S_{k-2} x S_2) family: README numbers against its tables; k = 8 is a minimum, k = 7 a saddle. */
    @Test
    void secondFamilyNumbers() throws Exception {
        String readme = read("examples/spurious-minima/README.md");
        String up = read("examples/spurious-minima/family-S2.txt");
        String down = read("examples/spurious-minima/family-S2-down.txt");
        double[] k9 = familyRow(up, 9);
        double[] k14 = familyRow(up, 14);
        assertEquals(0.0374890, k9[0], 5e-8);
        assertEquals(0.0101656, k9[1], 5e-8);
        assertEquals(0.0284486, k14[0], 5e-8);
        assertEquals(0.0323708, k14[1], 5e-8);
        Matcher k8 = Pattern.compile("(?m)^\\s+8 Delta\\(S6xS2\\)\\s+([0-9.]+)\\s+\\S+\\s+([-0-9.e]+)\\s+\\S+\\s+(\\d+)")
                .matcher(down);
        assertTrue(k8.find());
        assertEquals(0.0397932, Double.parseDouble(k8.group(1)), 5e-8);
        assertEquals(0.0033434, Double.parseDouble(k8.group(2)), 5e-8);
        assertEquals("0", k8.group(3));
        assertTrue(down.matches("(?s).*\\n\\s+7 Delta\\(S5xS2\\)\\s+\\S+\\s+\\S+\\s+-\\S+\\s+\\S+\\s+4 .*"), "k = 7: index 4");
        for (String q : new String[] {"0.0374890", "0.0284486", "0.0101656", "0.0323708", "0.0397932", "0.0033434"}) {
            assertTrue(readme.contains(q), q);
        }
    }

    /**
     * The type-A Hessian by irreducible: copies as computed by hand (rows = permutation representation [5] + [4,1]
     * plus a fixed point; [4,1] x [4,1] = [5] + [4,1] + [3,2] + [3,1,1]), README numbers against the output.
     */
    @Test
    void typeASpectrumByIrreducible() throws Exception {
        String out = read("examples/spurious-minima/spectrum-typeA-k6.txt");
        String[][] expected = {{"[5]x[1]", "1", "5"}, {"[4,1]x[1]", "4", "5"}, {"[3,2]x[1]", "5", "1"},
                {"[3,1,1]x[1]", "6", "1"}};
        for (String[] e : expected) {
            assertTrue(out.contains("block " + e[0] + " (dim " + e[1] + " x " + e[2] + " copies)"), e[0] + "\n" + out);
        }
        String readme = read("examples/spurious-minima/README.md");
        assertTrue(out.contains("block [4,1]x[1] (dim 4 x 5 copies): 0.004700354704 (x4)"));
        assertTrue(out.contains("0.3638006888") && readme.contains("0.3638007"));
        assertTrue(out.contains("0.04637758006") && readme.contains("0.0463776"));
    }

    /** @return {loss, smallest eigenvalue} of width k in a family table, which must be certified */
    private static double[] familyRow(String table, int k) {
        Matcher m = Pattern.compile("(?m)^\\s+" + k + " \\S+\\s+([0-9.]+)\\s+\\S+\\s+([-0-9.e]+)\\s.*CERTIFIED_MINIMUM")
                .matcher(table);
        assertTrue(m.find(), "certified row k = " + k);
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    /** The over-parameterisation table of the README against the outputs. */
    @Test
    void overParameterisationNumbers() throws Exception {
        String readme = read("examples/over-parameterisation/README.md");
        String[][] quoted = {
                {"typeA-add-zero.out", "D\\(u\\) = (-[0-9.E-]+)", "-0.036043"},
                {"deltaS6-add-zero.out", "D\\(u\\) = (-[0-9.E-]+)", "-0.019230"},
                {"typeA-split-1.out", "eigenvalues in \\[(-[0-9.E-]+)", "-0.18078"},
                {"typeA-split-0.out", "eigenvalues in \\[(-[0-9.E-]+)", "-0.23630"},
                {"deltaS6-split-0.json", "\"min_eigenvalue\" : (-[0-9.E-]+)", "-0.23103"},
        };
        for (String[] q : quoted) {
            String out = read("examples/over-parameterisation/" + q[0]);
            Matcher m = Pattern.compile(q[1]).matcher(out);
            assertTrue(m.find(), q[0] + ": " + q[1]);
            assertEquals(Double.parseDouble(q[2]), Double.parseDouble(m.group(1)), 6e-6, q[0]);
            assertTrue(readme.contains(q[2]), "README quotes " + q[2]);
        }
    }
}
