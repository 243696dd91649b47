package org.landscape.script;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every script in {@code derivations/}: each asserts its own checks and must write its formulas. */
class DerivationsTest {
    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> everyDerivationRuns() throws Exception {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(Path.of("derivations"))) {
            scripts = s.filter(p -> p.toString().endsWith(".m")).sorted().toList();
        }
        assertTrue(scripts.size() >= 2, "derivations/ holds the scripts");
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Path dir = out.resolve(p.getFileName().toString().replace(".m", ""));
            new ScriptSession(ScriptSettings.sandboxed().withOut(dir),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).runFile(p);
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.anyMatch(f -> f.toString().endsWith(".tex")), p + " wrote no formula");
            }
        }));
    }
}
