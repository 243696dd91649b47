package org.landscape.compile;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regenerates the committed interval evaluators ({@code interval.generated.IntervalKernelProfiles} and
 * {@code IntervalKernelFrame}) from the symbolic layer and fails on any difference: they cannot drift from the
 * formulas the double evaluators are compiled from. To regenerate after a deliberate change:
 * {@code java -cp target/classes:target/lib/* org.landscape.compile.IntervalEvaluatorGenerator src/main/java}.
 */
class IntervalEvaluatorsDriftTest {

    private static String committed(String cls) throws Exception {
        return Files.readString(Path.of(System.getProperty("basedir", "."), "src/main/java",
                IntervalEvaluatorGenerator.PACKAGE.replace('.', '/'), cls + ".java"));
    }

    @Test
    void committedEvaluatorsEqualFreshGeneration() throws Exception {
        IntervalEvaluatorGenerator g = new IntervalEvaluatorGenerator();
        String profiles = g.profilesSource();
        assertEquals(committed(IntervalEvaluatorGenerator.PROFILES), profiles,
                "interval profiles drifted from the derivation; regenerate them");
        assertEquals(committed(IntervalEvaluatorGenerator.FRAME), g.frameSource(),
                "interval frame assembly drifted from the derivation; regenerate it");
        // the ReLU value profile near pi keeps its series, now with a Lagrange remainder
        assertTrue(profiles.contains("seriesPi4Remainder"), "expected the series branch of the ReLU profile near pi");
        assertTrue(profiles.contains("@javax.annotation.processing.Generated") && profiles.contains("source hash"));
    }
}
