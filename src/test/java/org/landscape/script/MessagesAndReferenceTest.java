package org.landscape.script;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Placeholder counts of {@link ScriptMessages}; every toolkit function is on the reference page. */
class MessagesAndReferenceTest {
    @Test
    void placeholderCounts() {
        for (ScriptMessages m : ScriptMessages.values()) {
            org.landscape.base.MessageFormatAssertions.assertWellFormed(m.name(), m.pattern(), m.arity(), m::format);
        }
    }

    @Test
    void referencePageListsEveryFunction() throws Exception {
        String page = Files.readString(Path.of("src/docs/scripting.md"));
        for (Builtin b : Toolkit.builtins()) {
            assertTrue(page.contains("`" + b.name() + "["), "src/docs/scripting.md lacks " + b.name());
        }
    }

    @Test
    void statementsStartOnTheirLines() {
        var s = StatementSplitter.split("(* c *)\na = {1,\n 2}\n\nb = \"x\n y\"; c = a +\n b\nf[x_] := x^2 &\n");
        // a = {1, 2} | b = "x y"; c = a + b (one compound statement) | f[x_] := x^2 &
        assertEquals(3, s.size());
        assertEquals(2, s.get(0).line());
        assertEquals(5, s.get(1).line());
        assertEquals(8, s.get(2).line());
        assertTrue(s.get(1).text().contains("c = a +\n b"));
        assertTrue(StatementSplitter.isComplete("x = 1 + 2"));
        assertTrue(StatementSplitter.isComplete("f = #^2 &"));
        assertTrue(!StatementSplitter.isComplete("x = 1 +"));
        assertTrue(!StatementSplitter.isComplete("x = {1,"));
        assertTrue(!StatementSplitter.isComplete("s = \"open"));
        assertTrue(!StatementSplitter.isComplete("a && "));
    }
}
