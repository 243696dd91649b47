package org.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The continue command: bad input exits 2 with one line and writes nothing; JSON and files carry the issue names. */
class ContinueCommandTest {

    static void assertBadInput(Path dir, String... args) throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count(), "no file written");
        }
    }

    @Test
    void badInputExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        String out = dir.toString();
        assertBadInput(dir, "continue", "--alpha", "0", "--to", "1", "--student", "identity:4", "--fix", "Nonsense7",
                "--out", out);
        assertBadInput(dir, "continue", "--alpha", "NaN", "--to", "1", "--student", "identity:4", "--out", out);
        assertBadInput(dir, "continue", "--alpha", "0", "--to", "NaN", "--student", "identity:4", "--out", out);
        assertBadInput(dir, "continue", "--alpha", "0.5", "--to", "0.5", "--student", "identity:4", "--out", out);
        assertBadInput(dir, "continue", "--alpha", "0", "--to", "1", "--student", "identity:4", "--teacher",
                "[[1,0.3,0,0],[0,1,0,0],[0,0,1,0],[0,0,0,1]]", "--fix", "DeltaS4", "--out", out);
        assertBadInput(dir, "continue", "--alpha", "0", "--to", "1", "--student", "identity:4", "--fix", "DeltaS5",
                "--out", out);
    }

    @Test
    void jsonSummaryAndFiles(@TempDir Path dir) throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run("continue", "--alpha", "0.5", "--to", "1.5", "--student",
                "identity:4", "--teacher", "identity:4", "--fix", "DeltaS4", "--json", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.get("events").size() >= 1);
        for (JsonNode e : j.get("events")) {
            for (String f : new String[] {"alpha", "component", "type", "omega", "orbit_types", "branches", "precision",
                    "bracket", "evidence"}) {
                assertTrue(e.has(f), f);
            }
            assertEquals("touch", e.get("type").asText());
            assertEquals(1.0, e.get("alpha").asDouble(), 1e-9);
        }
        JsonNode file = new ObjectMapper().readTree(Files.readString(dir.resolve("branch.json")));
        assertTrue(file.get("points").size() > 2);
        assertTrue(Files.readString(dir.resolve("branch.csv")).startsWith("branch,alpha,loss"));
        String svg = Files.readString(dir.resolve("diagram.svg"));
        assertTrue(svg.startsWith("<?xml") && svg.strip().endsWith("</svg>"));
        assertTrue(svg.contains("touch"));
    }
}
