package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The census command: JSON lines per shard that --merge joins into the unsharded result; bad input exits 2. */
class CensusCommandTest {

    @Test
    void shardFilesMergeToTheUnshardedRun(@TempDir Path dir) throws Exception {
        GroupCommandTest.Run whole = GroupCommandTest.run("census", "--k", "3", "--alpha", "0.2", "--inits", "8",
                "--seed", "4", "--json");
        assertEquals(0, whole.code(), whole.err());
        Path[] files = new Path[2];
        for (int i = 1; i <= 2; i++) {
            GroupCommandTest.Run r = GroupCommandTest.run("census", "--k", "3", "--alpha", "0.2", "--inits", "8",
                    "--seed", "4", "--shard", i + "/2", "--json");
            assertEquals(0, r.code(), r.err());
            files[i - 1] = dir.resolve("s" + i + ".jsonl");
            Files.writeString(files[i - 1], r.out());
        }
        GroupCommandTest.Run merged = GroupCommandTest.run("census", "--json", "--merge", files[0].toString(),
                files[1].toString());
        assertEquals(0, merged.code(), merged.err());
        ObjectMapper m = new ObjectMapper();
        String[] a = whole.out().strip().split("\n");
        String[] b = merged.out().strip().split("\n");
        assertEquals(a.length, b.length);
        assertEquals(8, m.readTree(b[0]).get("starts").asInt());
        for (int j = 1; j < a.length; j++) {
            JsonNode x = m.readTree(a[j]);
            JsonNode y = m.readTree(b[j]);
            assertEquals(x.get("count").asInt(), y.get("count").asInt());
            assertEquals(x.get("loss").asDouble(), y.get("loss").asDouble(), 1e-10);
        }
        assertTrue(m.readTree(a[1]).has("isotropy"));
    }

    @Test
    void badInputExitsTwo() {
        for (String[] args : new String[][] {
            {"census", "--k", "3", "--alpha", "0.2", "--shard", "3/2"},
            {"census", "--k", "3", "--n", "4", "--alpha", "0.2"},
            {"census", "--k", "3", "--alpha", "NaN"},
            {"census", "--merge", "/nonexistent/file.jsonl"},
        }) {
            GroupCommandTest.Run r = GroupCommandTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
