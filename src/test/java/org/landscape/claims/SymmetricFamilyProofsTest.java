package org.landscape.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscape.io.ClaimsReader;
import org.landscape.io.ClaimsReport;
import org.landscape.io.Output;

import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check} proves the verdicts on a symmetric family by validated continuation: a claims file around the
 * Delta S6 crossing (a few seconds), and the example's full claims file (slow: about a minute).
 */
class SymmetricFamilyProofsTest {

    private static JsonNode check(Path file) throws Exception {
        ClaimsFile f = ClaimsReader.read(file);
        List<ClaimResult> results = new ClaimsChecker().check(f, msg -> { });
        return new ObjectMapper().readTree(Output.json(ClaimsReport.json(f, results)));
    }

    @Test
    void verdictsAroundTheDeltaS6CrossingAreProved(@TempDir Path dir) throws Exception {
        Path claims = dir.resolve("claims.json");
        // claims files name their start relative to their own folder (and may not leave it)
        Files.copy(Path.of(System.getProperty("basedir", "."), "examples/liu-leaky-relu/deltaS6-start.json"),
                dir.resolve("deltaS6-start.json"));
        Files.writeString(claims, """
                {"model": {"parameter": "alpha", "slope": "a"}, "family": "symmetric", "subgroup": "DeltaS6",
                 "start": "deltaS6-start.json", "start_at": -0.68,
                 "claims": [
                  {"id": "stable", "kind": "no-instability", "interval": [-0.684, -0.68]},
                  {"id": "crossing", "kind": "critical-numbers", "interval": [-0.70, -0.68],
                   "values": [-0.6869121300066], "types": ["crossing"], "tolerance": 1e-9},
                  {"id": "unstable", "kind": "no-instability", "interval": [-0.70, -0.68]},
                  {"id": "types", "kind": "orbit-types", "interval": [-0.70, -0.68], "at": -0.6869121300066,
                   "tolerance": 1e-8, "orbit_types": ["Delta(S5xS1)", "S4xS2", "S3xS3"]}
                 ]}
                """);
        JsonNode r = check(claims);
        String[] verdicts = {"holds", "holds", "fails", "holds"};
        for (int i = 0; i < 4; i++) {
            JsonNode c = r.get("claims").get(i);
            assertEquals(verdicts[i], c.get("verdict").asText(), c.toString());
            assertTrue(c.get("proof").asText().startsWith("proved"), c.get("id") + ": " + c.get("proof"));
        }
        assertTrue(r.get("claims").get(1).get("proof").asText().contains("alpha* in [-0.68691213000659"));
    }

    @Test
    @Tag("slow")
    void everyVerdictOfTheExampleIsProved() throws Exception {
        JsonNode r = check(Path.of("examples/liu-leaky-relu/claims-deltaS6-family.json"));
        for (JsonNode c : r.get("claims")) {
            assertTrue(c.get("proof").asText().startsWith("proved"), c.get("id") + ": " + c.get("proof"));
        }
        assertTrue(r.get("all_proved").asBoolean());
    }
}
