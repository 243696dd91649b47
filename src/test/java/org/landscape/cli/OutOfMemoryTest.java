package org.landscape.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20, item 2: an OutOfMemoryError ends the command with one line and exit code 6, never a stack trace. */
class OutOfMemoryTest {
    @Test
    void outOfMemoryIsOneLineWithExitCodeSix() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the S9 lattice needs about 2 GB; a 40 MB heap runs out within seconds
        Process p = new ProcessBuilder(List.of(java, "-Xmx40m", "-XX:+UseSerialGC", "-Xss8m", "-cp",
                System.getProperty("java.class.path"), "org.landscape.cli.Main", "group", "S9", "--subgroups"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(6, p.exitValue(), err);
        // progress lines ("group: ...") may come first; then exactly one error line and nothing else
        java.util.List<String> other = err.strip().lines().filter(l -> !l.startsWith("group: ")).toList();
        assertEquals(1, other.size(), err);
        assertTrue(other.get(0).startsWith("error: the JVM ran out of memory (heap "), err);
    }
}
