package org.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every usage text formats without picocli's "Could not format" warning. Regression: a lone {@code %} in a
 * description ({@code 80% of}, {@code % for the last result}) made picocli print a warning on stderr and fall back
 * to the raw text; {@code %%} is a literal percent sign.
 */
class HelpTextTest {
    @Test
    void everyUsageTextFormatsWithoutWarning() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringBuilder all = new StringBuilder();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CommandLine root = Main.commandLine();
            all.append(root.getUsageMessage());
            for (Map.Entry<String, CommandLine> c : root.getSubcommands().entrySet()) {
                all.append(c.getValue().getUsageMessage());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
        String text = all.toString().replaceAll("\\s+", " ");
        assertTrue(text.contains("(default 80% of the JVM heap"), "literal percent sign in script --help");
        assertTrue(text.contains("% for the last result"), "literal percent sign in repl's description");
    }
}
