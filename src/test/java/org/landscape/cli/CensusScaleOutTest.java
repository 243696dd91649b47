package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 10: the documented scale-out script (scripts/census-array.slurm), run as three array tasks and a
 * merge job the way Slurm or GNU parallel would run it, gives exactly the census of the unsharded run.
 */
class CensusScaleOutTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    private static void bash(Map<String, String> env, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String landscape = java + " -Xss8m -XX:+UseSerialGC -cp " + System.getProperty("java.class.path")
                + " org.landscape.cli.Main";
        assertTrue(!landscape.contains(" " + File.pathSeparator), "class path without spaces");
        List<String> cmd = new ArrayList<>(List.of("bash", ROOT.resolve("scripts/census-array.slurm").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("LANDSCAPE", landscape);
        pb.environment().putAll(env);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), String.join(" ", args) + "\n" + log);
    }

    @Test
    void arrayTasksMergedEqualTheUnshardedRun(@TempDir Path dir) throws Exception {
        String out = dir.resolve("run").toString();
        for (int i = 1; i <= 3; i++) { // as Slurm sets them for sbatch --array=1-3
            bash(Map.of("SLURM_ARRAY_TASK_ID", Integer.toString(i), "SLURM_ARRAY_TASK_COUNT", "3"),
                    out, "4", "0.1", "12", "7");
        }
        bash(Map.of(), "--merge", out);
        GroupCommandTest.Run whole = GroupCommandTest.run("census", "--k", "4", "--alpha", "0.1", "--inits", "12",
                "--seed", "7", "--json");
        assertEquals(0, whole.code(), whole.err());
        ObjectMapper m = new ObjectMapper();
        List<String> a = whole.out().strip().lines().toList();
        List<String> b = Files.readString(Path.of(out, "census.jsonl")).strip().lines().toList();
        assertEquals(a.size(), b.size());
        ObjectNode ha = (ObjectNode) m.readTree(a.get(0));
        ObjectNode hb = (ObjectNode) m.readTree(b.get(0));
        assertEquals("1/1", ha.get("shard").asText());
        assertEquals("1,2,3/3", hb.get("shard").asText());
        ha.remove("shard");
        hb.remove("shard");
        assertEquals(ha, hb, "headers equal apart from the shard field");
        for (int j = 1; j < a.size(); j++) {
            JsonNode x = m.readTree(a.get(j));
            JsonNode y = m.readTree(b.get(j));
            assertEquals(x, y, "point " + j);
        }
        assertTrue(Files.readString(Path.of(out, "census.txt")).contains("shard 1,2,3/3: 12 starts"));
    }
}
