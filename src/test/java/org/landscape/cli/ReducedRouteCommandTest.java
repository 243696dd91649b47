package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.solve.SymmetricEigenvalues;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 through the command line: block-structured points at width 20 to 40 take the orbit-reduced route without
 * being told, and their spectra equal the dense ones; the one-line-per-eigenvalue output; starts outside Fix(H) are
 * refused, conjugated or projected, never silently.
 */
class ReducedRouteCommandTest {
    private static final String K6 = Path.of(System.getProperty("basedir", "."),
            "examples/spurious-minima/spurious-k6.json").toString();
    private static final String K20 = Path.of(System.getProperty("basedir", "."),
            "examples/large-width/spurious-S14xS6-k20.json").toString();

    @TempDir
    Path dir;

    @Test
    void spectrumOfACensusMinimumAtWidthTwentyIsReducedAndEqualsTheDenseSpectrum() throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run("spectrum", "--alpha", "0", "--student", K20, "--teacher",
                "identity:20", "--json", "--all-eigenvalues");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("S14 x S6", j.get("isotropy").get("structure").asText()); // rows and columns sorted apart: a conjugate of Delta(S14xS6)
        assertTrue(j.get("evidence").get("method").asText().startsWith("orbit-reduced"));
        double[][] w = new ObjectMapper().readValue(Path.of(K20).toFile(), double[][].class);
        double[] h = new double[400 * 400];
        Models.loss(0, Matrices.identity(20)).hessian(w, h);
        double[] dense = SymmetricEigenvalues.of(h, 400);
        JsonNode all = j.get("all_eigenvalues");
        assertEquals(400, all.size());
        for (int i = 0; i < 400; i++) {
            assertEquals(dense[i], all.get(i).asDouble(), 1e-10, "eigenvalue " + i);
        }
        long total = 0;
        for (JsonNode e : j.get("eigenvalues")) {
            total += e.get("multiplicity").asLong();
            assertTrue(e.has("component") && e.has("error_bound"));
        }
        assertEquals(400, total);
        // text: one line per distinct eigenvalue
        GroupCommandTest.Run t = GroupCommandTest.run("spectrum", "--alpha", "0", "--student", K20, "--teacher",
                "identity:20");
        long lines = t.out().lines().filter(l -> l.matches("\\s+-?\\d\\.\\d+e[-+]\\d+\\s+\\d+\\s+\\[.*")).count();
        assertEquals(j.get("eigenvalues").size(), lines, t.out());
    }

    @Test
    void aStartOutsideFixHIsRefusedConjugatedOrProjectedButNeverSilently() throws Exception {
        // the k = 6 spurious minimum has its odd neuron in row and column 2, not 6: not in Fix(Delta(S5xS1)) as written
        GroupCommandTest.Run c = GroupCommandTest.run("critical", "--alpha", "0", "--student", K6, "--teacher",
                "identity:6", "--fix", "Delta(S5xS1)", "--json");
        assertEquals(0, c.code(), c.err());
        JsonNode j = new ObjectMapper().readTree(c.out());
        assertTrue(j.get("route").asText().contains("permuted into Fix(Delta(S5xS1))"), j.get("route").asText());
        // the conjugate of the census minimum (loss 0.025080581...), not the global minimum a projection reaches
        assertEquals(0.025080581002461, j.get("loss").asDouble(), 1e-12);
        // a start that is no conjugate: refused with its distance, one line, exit 2
        GroupCommandTest.Run bad = GroupCommandTest.run("critical", "--alpha", "0", "--student",
                "[[1,0.2,0.1],[0.3,1,0.4],[0.5,0.6,1]]", "--teacher", "identity:3", "--fix", "DeltaS3");
        CriticalCommandTest.oneLineError(bad, 2);
        assertTrue(bad.err().contains("from Fix(DeltaS3)") && bad.err().contains("--project"), bad.err());
        // projected only when asked, and then said so
        GroupCommandTest.Run p = GroupCommandTest.run("critical", "--alpha", "0", "--student",
                "[[1,0.2,0.1],[0.3,1,0.4],[0.5,0.6,1]]", "--teacher", "identity:3", "--fix", "DeltaS3", "--project",
                "--json");
        assertEquals(0, p.code(), p.err());
        assertTrue(new ObjectMapper().readTree(p.out()).get("route").asText().contains("projected"));
    }

    @Test
    void continuationAtWidthTwentyFourRunsOrbitReducedWithLargeDiagonalGroups() throws Exception {
        Path fam = dir.resolve("fam");
        GroupCommandTest.Run f = GroupCommandTest.run("family", "--fix", "Delta(S{k-6}xS6)", "--student", K20, "--alpha",
                "0", "--k", "20..24", "--out", fam.toString());
        assertEquals(0, f.code(), f.err());
        Path start = fam.resolve("point-k24.json");
        assertTrue(Files.exists(start));
        Path out = dir.resolve("cont");
        GroupCommandTest.Run c = GroupCommandTest.run("continue", "--alpha", "0", "--to", "0.3", "--student",
                start.toString(), "--teacher", "identity:24", "--fix", "Delta(S18xS6)", "--out", out.toString(),
                "--json");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("orbit-reduced in Fix(Delta(S18xS6))"), c.err());
        JsonNode b = new ObjectMapper().readTree(out.resolve("branch.json").toFile());
        assertEquals("Fix(Delta(S18xS6))", b.get("subspace").asText());
        assertEquals(6, b.get("unknowns").asInt());
    }
}
