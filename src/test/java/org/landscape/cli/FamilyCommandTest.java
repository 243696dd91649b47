package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The family command: JSON lines, certificates, and one-line errors for bad input. */
class FamilyCommandTest {
    private static final String START = "examples/spurious-minima/spurious-k6.json";

    @Test
    void jsonLinesOnePerWidthWithCertificates() throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run("family", "--fix", "Delta(S{k-1}xS1)", "--student", START,
                "--alpha", "0", "--k", "6..7", "--certify", "--json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length, r.out());
        ObjectMapper m = new ObjectMapper();
        assertEquals("family", m.readTree(lines[0]).get("type").asText());
        JsonNode k7 = m.readTree(lines[2]);
        assertEquals(7, k7.get("k").asInt());
        assertEquals("Delta(S6xS1)", k7.get("subgroup").asText());
        assertEquals("Delta(S6xS1)", k7.get("isotropy").asText());
        assertEquals("720", k7.get("isotropy_order").asText());
        assertEquals("CERTIFIED_MINIMUM", k7.get("certificate").get("verdict").asText());
        assertEquals(5, k7.get("parameters").size());
        assertTrue(k7.get("minimum").asBoolean());
    }

    @Test
    void outWritesTableAndPlot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run("family", "--fix", "DeltaS{k}", "--student",
                "examples/liu-leaky-relu/deltaS6-start.json", "--alpha", "0", "--k", "6..7", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        java.util.List<String> csv = java.nio.file.Files.readAllLines(dir.resolve("family.csv"));
        assertEquals(3, csv.size(), csv.toString());
        assertTrue(csv.get(2).startsWith("7,DeltaS7,"), csv.get(2));
        assertTrue(java.nio.file.Files.size(dir.resolve("family.png")) > 1000);
        assertTrue(java.nio.file.Files.readString(dir.resolve("family.svg")).startsWith("<?xml"));
    }

    /** The mixed family of examples/large-width: Delta S_{k-2} with the last two rows apart, the last columns swapped. */
    private static final String MIXED_START = "examples/large-width/saddle-k6-delta4-rows1-1-cols2.json";

    @Test
    void nonDiagonalFamilyRunsEndToEnd() throws Exception {
        GroupCommandTest.Run r = GroupCommandTest.run("family", "--fix", "Delta(S{k-2})xS1xS1xS2", "--student",
                MIXED_START, "--alpha", "0", "--k", "6..8", "--json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(4, lines.length, r.out());
        JsonNode k8 = new ObjectMapper().readTree(lines[3]);
        assertEquals("Delta(S6)xS1xS1xS2", k8.get("subgroup").asText());
        assertEquals("1440", k8.get("isotropy_order").asText(), "6! 2!");
        // dim Fix: the diagonal block's two values, its column values to the swapped pair, and the two fixed rows'
        // values on the diagonal block's columns and on the swapped pair
        assertEquals(7, k8.get("parameters").size());
        assertEquals(8, k8.get("point").size());
        // the member's name is a subgroup critical --fix accepts at that width: Newton from the member stays put
        java.nio.file.Path w8 = java.nio.file.Files.createTempFile("member-k8", ".json");
        java.nio.file.Files.writeString(w8, k8.get("point").toString());
        GroupCommandTest.Run c = GroupCommandTest.run("critical", "--alpha", "0", "--student", w8.toString(), "--fix",
                "Delta(S6)xS1xS1xS2", "--json");
        assertEquals(0, c.code(), c.err());
        assertEquals(k8.get("loss").asDouble(), new ObjectMapper().readTree(c.out()).get("loss").asDouble(), 1e-12);
        java.nio.file.Files.delete(w8);
    }

    @Test
    void badNonDiagonalInputGetsOneLineAndExitCode2() {
        String[][] cases = {
                // does not parse
                {"family", "--fix", "Delta(S{k-2})S1xS1xS2", "--student", MIXED_START, "--alpha", "0", "--k", "6..7"},
                // the column blocks add up to k + 1
                {"family", "--fix", "S{k-1}xS1xS{k-2}xS3", "--student", MIXED_START, "--alpha", "0", "--k", "6..7"},
                // the start is not block-structured for the template
                {"family", "--fix", "S{k-1}xS1xS{k-2}xS2", "--student", MIXED_START, "--alpha", "0", "--k", "6..7"},
                {"family", "--fix", "Delta(S{k-2})xS1xS1xS2", "--student", START, "--alpha", "0", "--k", "6..7"},
                // below the family's smallest width
                {"family", "--fix", "Delta(S{k-4})xS2xS2xS2xS2", "--student", "identity:3", "--alpha", "0", "--k",
                        "3..4"},
        };
        for (String[] c : cases) {
            GroupCommandTest.Run r = GroupCommandTest.run(c);
            CriticalCommandTest.oneLineError(r, 2);
            assertTrue(r.out().isEmpty(), "nothing on stdout for bad input: " + r.out());
        }
        // equal neurons (rows (k-1, 1)): a zero Hessian eigenvalue at every width, refused by continue --param k
        GroupCommandTest.Run own = GroupCommandTest.run(cases[2]);
        assertTrue(own.err().contains("its own block structure at k = 6 is Delta(S4)xS1xS1xS2"), own.err());
        GroupCommandTest.Run r = GroupCommandTest.run("continue", "--param", "k", "--fix", "S{k-1}xS1xS{k-2}xS2",
                "--student", "examples/large-width/saddle-k5-rows4-1-cols3-2.json", "--alpha", "0", "--k", "5", "--to",
                "7");
        CriticalCommandTest.oneLineError(r, 4);
        assertTrue(r.err().contains("repeated neurons"), r.err());
    }

    @Test
    void badInputGetsOneLine() {
        String[][] cases = {
                {"family", "--fix", "Delta(S{k-2}xS1)", "--student", START, "--alpha", "0", "--k", "6..7"},
                {"family", "--fix", "Delta(S{k-1}xS1)", "--student", START, "--alpha", "0", "--k", "5..7"},
                {"family", "--fix", "Delta(S{k-1}xS1)", "--student", START, "--alpha", "0", "--k", "6-7"},
                {"family", "--fix", "Delta(S{k-1}xS1)", "--student", START, "--alpha", "NaN", "--k", "6..7"},
                {"family", "--fix", "Delta(S{k-1}xS1)", "--student", "[[1,0],[0,1],[1,1]]", "--alpha", "0", "--k", "3..4"},
                {"family", "--fix", "Delta(S{k-1}xS1)", "--student", "[[1,0.2,0.1],[0.3,1,0.4],[0.5,0.6,1]]", "--alpha",
                        "0", "--k", "3..4"},
                {"family", "--fix", "Delta(S{k-3}xS3)", "--student", START, "--alpha", "0", "--k", "6..3"},
        };
        for (String[] c : cases) {
            GroupCommandTest.Run r = GroupCommandTest.run(c);
            CriticalCommandTest.oneLineError(r, 2);
            assertTrue(r.out().isEmpty(), "nothing on stdout for bad input: " + r.out());
        }
    }
}
