package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The critical and spectrum commands: JSON fields of issue 6, exit codes and one-line errors. */
class CriticalCommandTest {

    static GroupCommandTest.Run run(String... args) {
        return GroupCommandTest.run(args);
    }

    static void oneLineError(GroupCommandTest.Run r, int code) {
        assertEquals(code, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error:"), r.err());
    }

    @Test
    void spectrumJsonHasTheIssueFields() throws Exception {
        GroupCommandTest.Run r = run("spectrum", "--alpha", "0.3", "--student", "identity:4", "--teacher", "identity:4",
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("24", j.get("isotropy").get("order").asText());
        assertEquals(0, j.get("index").asInt());
        int total = 0;
        for (JsonNode b : j.get("blocks")) {
            assertTrue(b.has("irrep"));
            assertEquals(b.get("eigenvalues").size(), b.get("multiplicities").size());
            for (JsonNode m : b.get("multiplicities")) {
                total += m.asInt();
            }
        }
        assertEquals(16, total);
    }

    @Test
    void criticalJsonReportsPointLossAndSpectrum() throws Exception {
        GroupCommandTest.Run r = run("critical", "--alpha", "0.2", "--student",
                "[[1.1,0.1,0],[0,0.9,0.1],[0.05,0,1]]", "--teacher", "identity:3", "--fix", "DeltaS3", "--project", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("CONVERGED", j.get("status").asText());
        assertEquals(2, j.get("unknowns").asInt());
        assertTrue(j.get("gradient_norm").asDouble() < 1e-10);
        assertTrue(j.has("normalisation"));
        assertEquals("6", j.get("isotropy").get("order").asText());
        assertTrue(j.get("spectrum").has("index"));
    }

    @Test
    void badInputGivesOneLineAndExitCode() {
        oneLineError(run("critical", "--alpha", "NaN", "--student", "identity:3"), 2);
        oneLineError(run("critical", "--alpha", "0.1", "--student", "identity:3", "--fix", "Foo"), 2);
        oneLineError(run("critical", "--alpha", "0.1", "--student", "identity:3", "--fix", "DeltaS4"), 2);
        oneLineError(run("critical", "--alpha", "0.1", "--student", "identity:3", "--teacher", "identity:4"), 2);
        oneLineError(run("critical", "--alpha", "0.1", "--student", "[[1,0],[0,0]]"), 2);
        oneLineError(run("spectrum", "--alpha", "0.1", "--student", "identity:3", "--teacher", "identity:2"), 2);
        // a start from which Newton stagnates (two nearly opposite neurons, ReLU)
        oneLineError(run("critical", "--alpha", "0", "--student", "[[1,0],[1e-3,1e-3]]", "--teacher", "identity:2"), 3);
    }
}
