package org.landscape.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscape.base.ResourceLimitException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 1: writes are confined to the output folder after symbolic links are resolved, the user's
 * environment is hidden, and a script stops at its wall-clock limit or memory ceiling with a message naming it.
 */
class ScriptSandboxLimitsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private ScriptSession session(ScriptSettings s) {
        return new ScriptSession(s, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void symlinkInsideOutCannotCarryWritesOutside(@TempDir Path dir) throws Exception {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.createSymbolicLink(outDir.resolve("link"), victim);
        Files.createSymbolicLink(outDir.resolve("dangling"), dir.resolve("nowhere"));
        ScriptSession s = session(ScriptSettings.sandboxed().withOut(outDir));
        for (String call : new String[] {"Put[777, \"link/pwn.m\"]", "WriteString[\"link/pwn.txt\", \"x\"]",
                "Put[1, \"dangling\"]", "Put[1, \"sub/../../victim/x.m\"]"}) {
            ScriptFailure f = assertThrows(ScriptFailure.class, () -> s.runSource("t.m", call + "\n"), call);
            assertEquals(2, f.exitCode());
            assertTrue(f.getMessage().contains("outside the folder") || f.getMessage().contains("points nowhere"),
                    f.getMessage());
        }
        try (var files = Files.list(victim)) {
            assertEquals(0, files.count(), "nothing was written through the link");
        }
        assertFalse(Files.exists(dir.resolve("nowhere")));
        s.runSource("t.m", "Put[777, \"deeper/inside.m\"]\n");
        assertEquals("777", Files.readString(outDir.resolve("deeper/inside.m")).strip());
    }

    @Test
    void environmentSymbolsAreRefusedUnlessIoIsAllowed() {
        for (String sym : new String[] {"$HomeDirectory", "$UserName", "$TemporaryDirectory", "$Path"}) {
            ScriptFailure f = assertThrows(ScriptFailure.class,
                    () -> session(ScriptSettings.sandboxed()).runSource("t.m", "Print[" + sym + "]\n"));
            assertTrue(f.getMessage().contains(sym + " is not available"), f.getMessage());
        }
        assertFalse(out.toString(StandardCharsets.UTF_8).contains(System.getProperty("user.home")));
        session(ScriptSettings.sandboxed().withAllowIo(true)).runSource("t.m", "Print[$HomeDirectory]\n");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(System.getProperty("user.home")));
    }

    @Test
    void wallClockLimitStopsAnEndlessLoopAndSaysSo() {
        ScriptSession s = session(ScriptSettings.sandboxed().withTimeLimit(Duration.ofSeconds(2)));
        long t0 = System.nanoTime();
        ScriptFailure f = assertThrows(ScriptFailure.class, () -> s.runSource("loop.m", "i = 0;\nWhile[True, i++]\n"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(ResourceLimitException.Limit.TIME, f.limit().orElseThrow());
        assertEquals(6, f.exitCode());
        assertEquals("loop.m:2: stopped: the script reached its time limit of 2 s", f.getMessage());
        assertTrue(seconds < 6, "stopped " + seconds + " s after the start, limit 2 s");
    }

    @Test
    void listsTooLargeForTheCeilingAreRefusedAtOnce() {
        ScriptSession s = session(ScriptSettings.sandboxed().withMaxMemory(256L << 20));
        long t0 = System.nanoTime();
        ScriptFailure f = assertThrows(ScriptFailure.class, () -> s.runSource("r.m", "Length[Range[2*10^9]]\n"));
        assertEquals(ResourceLimitException.Limit.MEMORY, f.limit().orElseThrow());
        assertTrue(f.getMessage().contains("memory ceiling of 256 MB"), f.getMessage());
        assertTrue((System.nanoTime() - t0) / 1e9 < 10);
    }

    @Test
    void heapCeilingStopsAGrowingComputation() {
        // the heap is shared with other tests: the ceiling is what is live now plus 200 MB, enough for the first
        // statement (a million integers) and far too little for the second (200 lists of a million)
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long live = rt.totalMemory() - rt.freeMemory();
        ScriptSession s = session(ScriptSettings.sandboxed().withMaxMemory(Math.min(rt.maxMemory(), live + (200L << 20))));
        ScriptFailure f = assertThrows(ScriptFailure.class, () -> s.runSource("m.m",
                "x = Table[i, {i, 1, 10^6}];\ny = Table[x + j, {j, 1, 200}];\n"));
        assertEquals(ResourceLimitException.Limit.MEMORY, f.limit().orElseThrow());
        assertEquals(2, f.line());
    }

    @Test
    void limitsOutsideTheirRangesAreRefused() {
        assertThrows(org.landscape.base.InvalidInputException.class,
                () -> ScriptSettings.sandboxed().withTimeLimit(Duration.ofMillis(10)));
        assertThrows(org.landscape.base.InvalidInputException.class,
                () -> ScriptSettings.sandboxed().withMaxMemory(Runtime.getRuntime().maxMemory() + 1));
    }
}
