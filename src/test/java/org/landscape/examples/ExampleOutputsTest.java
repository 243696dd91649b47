package org.landscape.examples;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
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
        Matcher m = Pattern.compile("(?m)^\\s+5\\s+0\\.0000 \\[k-2,1,1\\]\\s+(\\S+)").matcher(table);
        assertTrue(m.find(), "row k = 5, alpha = 0, [k-2,1,1] in table.txt");
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

    @Test
    void leakyFamilies() throws Exception {
        String down = read("examples/leaky-families/deltaS6-down.json");
        assertEquals(-0.686912130006598, firstNumberAfter(down, "\"alpha\""), 1e-11);
        String typeA = read("examples/leaky-families/typeA-down.json");
        assertTrue(typeA.contains("\"events\" : [ ]"), "the type-A family has no event on (-1, 0]");
        assertTrue(read("examples/leaky-families/README.md").contains("0.0250806"));
    }
}
