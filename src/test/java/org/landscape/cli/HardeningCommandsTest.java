package org.landscape.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, items 3, 4 and 8 at the command line: accepted bad input is now refused with one line and exit code 2,
 * shard merges name duplicate and missing shards, and unusable output folders are found before any computing.
 */
class HardeningCommandsTest {

    private static void refused(int code, String fragment, String... args) {
        GroupCommandTest.Run r = GroupCommandTest.run(args);
        assertEquals(code, r.code(), String.join(" ", args) + ": " + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void overflowingInputsAreRefused() {
        refused(2, "too large", "kernel", "--alpha", "1e308", "--w", "1,0", "--v", "0,1");
        refused(2, "too large", "kernel", "--alpha", "0", "--w", "1e308,1e308", "--v", "1e308,0");
        refused(2, "too large", "eval", "--alpha", "0", "--student", "[[1e308,1e308],[1,0]]");
        refused(2, "more text after the end", "eval", "--alpha", "0", "--student", "[[1,0]] [[2]]");
    }

    @Test
    void largeButFiniteInputsStillGiveFiniteAnswers() {
        // K(w, w) = (1 + alpha^2) |w|^2 / 2 (MATH.md section 2): 1e100 weights stay far from overflow
        GroupCommandTest.Run r = GroupCommandTest.run("kernel", "--alpha", "0", "--w", "1e100,0", "--v", "1e100,0",
                "--json");
        assertEquals(0, r.code(), r.err());
        double k = Double.parseDouble(r.out().replaceAll("(?s).*\"value\" : ([^,\\s]+).*", "$1"));
        assertEquals(0.5e200, k, 1e186);
    }

    @Test
    void unclearErrorsAreNowClear(@TempDir Path dir) {
        refused(2, "is outside 1..16", "group", "S99999999999999999999");
        refused(2, "at least one point", "group", "S0");
        refused(2, "is a folder, not a file", "eval", "--alpha", "0", "--student", dir.toString());
        refused(2, "not a critical point", "stability", "--alpha", "0", "--student", "[[1,0.1],[0.2,1]]",
                "--teacher", "identity:2");
        refused(6, "needs about 74.5 GB", "eval", "--alpha", "0", "--student", "identity:100000");
        refused(2, "NaN and Infinity are not JSON numbers", "eval", "--alpha", "0", "--student", "[[NaN,1]]");
    }

    @Test
    void mergeNamesDuplicateAndMissingShards(@TempDir Path dir) throws Exception {
        Path[] f = new Path[3];
        for (int i = 1; i <= 3; i++) {
            GroupCommandTest.Run r = GroupCommandTest.run("census", "--k", "3", "--alpha", "0.2", "--inits", "6",
                    "--seed", "4", "--shard", i + "/3", "--json");
            assertEquals(0, r.code(), r.err());
            f[i - 1] = Files.writeString(dir.resolve("s" + i + ".jsonl"), r.out());
        }
        refused(2, "shard 1/3 is given twice", "census", "--merge", f[0].toString(), f[0].toString(),
                f[1].toString(), f[2].toString());
        refused(2, "shards 2/3, 3/3 are missing", "census", "--merge", f[0].toString());
        GroupCommandTest.Run partial = GroupCommandTest.run("census", "--json", "--allow-partial", "--merge",
                f[0].toString(), f[2].toString());
        assertEquals(0, partial.code(), partial.err());
        assertTrue(partial.out().contains("\"shard\":\"1,3/3\""), partial.out());
        assertTrue(partial.err().contains("missing"), partial.err());
        Path p13 = Files.writeString(dir.resolve("p13.jsonl"), partial.out());
        GroupCommandTest.Run all = GroupCommandTest.run("census", "--json", "--merge", p13.toString(), f[1].toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("\"shard\":\"1,2,3/3\"") && all.out().contains("\"starts\":6"), all.out());
        refused(2, "shard 3/3 is given twice", "census", "--merge", p13.toString(), f[2].toString());
    }

    @Test
    void unusableOutputFoldersAreRefusedBeforeComputing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        long t0 = System.nanoTime();
        refused(2, "is not a folder", "continue", "--alpha", "0", "--to", "0.5", "--student", "identity:3",
                "--out", file.toString());
        refused(2, "not writable", "global-minimum", "--k", "4", "--alpha", "0:1:0.5", "--out", "/proc/landscape-out");
        refused(2, "is not a folder", "family", "--fix", "DeltaS{k}", "--student", "identity:3", "--alpha", "0",
                "--k", "3..4", "--out", file.resolve("sub").toString());
        refused(2, "is a folder", "check", "examples/liu-leaky-relu/claims-standard.json", "--out", dir.toString());
        assertTrue((System.nanoTime() - t0) / 1e9 < 20, "refused before computing");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void outputFolderGetsAllFilesAndNoTemporaries(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("gm");
        GroupCommandTest.Run r = GroupCommandTest.run("global-minimum", "--k", "4", "--alpha", "0:1:0.5", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(java.util.List.of("spectrum.csv", "spectrum.png", "spectrum.svg"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // k = 4, alpha = 0: 4 components, 3 grid points; the [k-2,1,1] eigenvalue is 1/4 - 1/(2 pi) (examples test)
        String csv = Files.readString(out.resolve("spectrum.csv"));
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("4,0.0,") && Math.abs(Double.parseDouble(
                l.substring(l.lastIndexOf(',') + 1)) - (0.25 - 1 / (2 * Math.PI))) < 1e-12), csv);
    }
}
