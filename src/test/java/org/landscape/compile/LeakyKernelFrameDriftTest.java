package org.landscape.compile;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regenerates the committed frame assembly of the compiled model ({@code compile.generated.LeakyKernelFrame}) from
 * {@code KernelFrameFormulas} and fails on any difference: the coefficients the hot loops of {@code model} use cannot
 * drift from the derivation. To regenerate after a deliberate change:
 * {@code java -cp target/classes:target/lib/* org.landscape.compile.KernelFrameGenerator src/main/java}.
 */
class LeakyKernelFrameDriftTest {

    @Test
    void committedFrameAssemblyEqualsFreshGeneration() throws Exception {
        Path file = Path.of(System.getProperty("basedir", "."), "src/main/java",
                KernelFrameGenerator.PACKAGE.replace('.', '/'), KernelFrameGenerator.CLASS + ".java");
        String fresh = new KernelFrameGenerator().generate();
        assertEquals(Files.readString(file), fresh, "generated frame assembly drifted from the derivation; regenerate it");
        assertTrue(fresh.contains("@javax.annotation.processing.Generated") && fresh.contains("source hash"));
    }
}
