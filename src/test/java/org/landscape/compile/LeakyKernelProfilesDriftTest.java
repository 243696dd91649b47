package org.landscape.compile;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Regenerates the committed evaluator from the symbolic derivation (measuring the series switch
 * points again against 40-digit values) and fails on any difference: the generated code can never
 * drift from the formulas. To regenerate after a deliberate change:
 * {@code java -cp target/classes:target/lib/* org.landscape.compile.ProfileGenerator}.
 */
class LeakyKernelProfilesDriftTest {

    @Test
    void committedEvaluatorEqualsFreshGeneration() throws Exception {
        Path file = Path.of(System.getProperty("basedir", "."), "src/main/java",
                ProfileGenerator.PACKAGE.replace('.', '/'), ProfileGenerator.CLASS + ".java");
        String committed = Files.readString(file);
        ProfileGenerator generator = new ProfileGenerator();
        String fresh = generator.generate(true);
        assertEquals(committed, fresh, "generated evaluator drifted from the derivation; regenerate it");
        // the ReLU value profile near theta = pi needs its series (closed form loses all digits as phi -> 0)
        boolean reluSeries = generator.switches().stream()
                .anyMatch(s -> s.part().equals("relu") && s.profile().equals("g") && s.switchPoint() > 0);
        assertEquals(true, reluSeries, "expected a series switch for the ReLU profile near pi");
    }
}
