package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** escape, embed, stability, flow: exit codes, JSON fields, one-line errors, no half-written files. */
class DynamicsCommandsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void escapeJson() throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run("escape", "--alpha", "0", "--student", "[[0,0]]", "--teacher",
                "identity:2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("SADDLE_ESCAPE", j.get("classification").asText());
        JsonNode n = j.get("dead_neurons").get(0);
        assertEquals("ESCAPE", n.get("verdict").asText());
        assertTrue(n.get("min_D").asDouble() < 0);
        assertTrue(n.has("lower_bound") && n.has("direction") && n.has("evidence"));
        assertTrue(j.get("normalisation").asText().contains("1/2"));
    }

    @Test
    void escapeWithoutDeadNeuronIsOneLineError() {
        GroupCommandTest.Run r = GroupCommandTest.run("escape", "--alpha", "0", "--student", "identity:2");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("zero"), r.err());
    }

    @Test
    void embedSplitJsonAndBadRatio() throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run("embed", "--alpha", "0.3", "--student", "identity:2",
                "--split", "0", "--ratio", "0.4", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(3, j.get("embedded").size());
        assertEquals(0, j.get("loss_change").asDouble(), 1e-14);
        assertTrue(j.get("hessian_after").get("nullity").asInt() >= 1);
        GroupCommandTest.Run bad = GroupCommandTest.run("embed", "--student", "identity:2", "--split", "0", "--ratio", "2");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("(0, 1)"), bad.err());
        GroupCommandTest.Run both = GroupCommandTest.run("embed", "--student", "identity:2", "--split", "0", "--ratio",
                "0.5", "--add-zero");
        assertEquals(2, both.code());
    }

    @Test
    void stabilityAtTheGlobalMinimumSaysWhyNot() throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run("stability", "--alpha", "0", "--student", "identity:3", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("NOT_APPLICABLE", j.get("verdict").asText());
        assertTrue(j.get("reason").asText().contains("C^3"));
        assertTrue(j.get("flip_coefficient").isNull());
    }

    @Test
    void flowWritesFilesAndRejectsBadTime(@TempDir Path dir) throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run("flow", "--alpha", "0", "--student", "[[0.8,0.5]]", "--teacher",
                "identity:2", "--time", "50", "--overlaps", "--out", dir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertTrue(j.get("final_loss").asDouble() < j.get("initial_loss").asDouble());
        assertTrue(j.get("overlaps").get("max_deviation_from_W_flow").asDouble() < 1e-8);
        assertTrue(Files.readString(dir.resolve("loss.svg")).contains("<svg"));
        assertTrue(Files.readString(dir.resolve("trajectory.csv")).startsWith("t,loss,grad_norm,w0_0"));
        Path other = dir.resolve("bad");
        GroupCommandTest.Run bad = GroupCommandTest.run("flow", "--alpha", "0", "--student", "[[0.8,0.5]]", "--time", "-1",
                "--out", other.toString());
        assertEquals(2, bad.code());
        assertFalse(Files.exists(other));
    }
}
