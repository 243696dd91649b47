package org.landscape.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** STYLE section 1 and section 3 for this package: allowed imports and file length. */
class SolvePackageRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/landscape/solve");
    private static final List<String> ALLOWED = List.of("java.", "org.hipparchus.", "org.apache.commons.math3.", "org.ejml.",
            "org.landscape.base.", "org.landscape.solve.");

    @Test
    void importsOnlyHipparchusJdkAndBase() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    String t = line.trim();
                    if (t.startsWith("import ")) {
                        String target = t.substring(7).replace("static ", "");
                        assertTrue(ALLOWED.stream().anyMatch(target::startsWith), f + ": " + t);
                    }
                    assertTrue(!t.contains("org.matheclipse") && !t.contains("org.landscape.model")
                            && !t.contains("org.landscape.symbolic"), f + ": " + t);
                }
            }
        }
    }

    @Test
    void filesStayUnder600Lines() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.toList()) {
                int lines = Files.readAllLines(f).size();
                assertTrue(lines < 600, f + " has " + lines + " lines");
            }
        }
    }
}
