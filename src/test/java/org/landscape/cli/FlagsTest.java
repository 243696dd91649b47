package org.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FlagsTest {
    @Test
    void backQuotedParametersBecomeTheirOptions() {
        assertEquals("--max-steps = 0 is outside the allowed range [1, 1000000]",
                Flags.forCommandLine("`maxSteps` = 0 is outside the allowed range [1, 1000000]"));
        assertEquals("--to equals --alpha (0.5): give a different target alpha to continue to",
                Flags.forCommandLine("`alphaEnd` equals `alphaStart` (0.5): give a different target alpha to continue to"));
        assertEquals("--split 7 is not a neuron index: give 0..3",
                Flags.forCommandLine("`neuron` 7 is not a neuron index: give 0..3"));
    }

    @Test
    void unknownNamesLoseTheirQuotesAndOtherTextIsKept() {
        assertEquals("shard index = 4 is outside 0..3", Flags.forCommandLine("shard index = 4 is outside 0..3"));
        assertEquals("weights must be finite", Flags.forCommandLine("`weights` must be finite"));
        assertEquals("a $1 \\ literal --alpha", Flags.forCommandLine("a $1 \\ literal `alpha`"));
        assertNull(Flags.forCommandLine(null));
    }

    @Test
    void everyOptionIsALongFlag() {
        Flags.OPTIONS.values().forEach(o -> assertTrue(o.matches("--[a-z][a-z-]*"), o));
    }

    /**
     * Library settings and message enums name parameters, not options: an option such as {@code --max-steps} in a
     * string literal of a {@code *Messages} or {@code *Settings} file outside {@code cli} fails. ({@code script}'s
     * sandbox messages still name {@code --allow-io} and {@code --out}, which the script runner shares with the REPL.)
     */
    @Test
    void librarySettingsAndMessagesNameNoOption() throws IOException {
        Path root = Path.of("src/main/java/org/landscape");
        Pattern option = Pattern.compile("\"[^\"]*--[a-z][^\"]*\"");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> bad = files
                    .filter(p -> p.getFileName().toString().matches(".*(Messages|Settings)\\.java"))
                    .filter(p -> !p.startsWith(root.resolve("cli")) && !p.startsWith(root.resolve("script")))
                    .filter(p -> {
                        try {
                            return Files.readAllLines(p).stream()
                                    .filter(l -> !l.trim().startsWith("*") && !l.trim().startsWith("//"))
                                    .anyMatch(l -> option.matcher(l).find());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
            assertTrue(bad.isEmpty(), "library messages naming a command-line option: " + bad);
        }
    }
}
