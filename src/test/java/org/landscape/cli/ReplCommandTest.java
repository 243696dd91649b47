package org.landscape.cli;

import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20, item 9: the prompt's % (earlier results), multi-line inputs, history kept across sessions. */
class ReplCommandTest {

    private static String session(String input, Path history) throws Exception {
        ReplCommand r = new ReplCommand();
        r.options = new ScriptOptions();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, r.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, history));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void percentIsTheLastResultAndIncompleteInputsContinue(@TempDir Path dir) throws Exception {
        String o = session("x = 2 + 3\n% * 10\nf[y_] := y^2 +\n  1\nf[%]\n%1 - %%\n%7\n:quit\n", dir.resolve("h"));
        assertTrue(o.contains("Out[1]= 5"), o);
        assertTrue(o.contains("Out[2]= 50"), o);
        assertTrue(o.contains("Out[4]= 2501"), o); // f[50] = 50^2 + 1
        assertTrue(o.contains("Out[5]= -45"), o);  // %1 - %% = 5 - 50
        assertTrue(o.contains("In[6]:1: %7 refers to an earlier result, but there is none"), o);
    }

    @Test
    void historyIsKeptAcrossSessions(@TempDir Path dir) throws Exception {
        Path h = dir.resolve("history");
        session("a = 1\nb = a +\n 1\n:quit\n", h);
        String second = session(":history\n:quit\n", h);
        assertTrue(second.contains("   1  a = 1"), second);
        assertTrue(second.contains("   2  b = a +  1"), second);
        assertTrue(Files.readString(h).contains(":b = a +\\n 1"), Files.readString(h));
    }

    @Test
    void jlineParserAsksForMoreWhileTheInputIsIncomplete() {
        ReplLines.StatementParser p = new ReplLines.StatementParser();
        assertThrows(EOFError.class, () -> p.parse("f[x", 3, Parser.ParseContext.ACCEPT_LINE));
        assertThrows(EOFError.class, () -> p.parse("a = 1 +", 7, Parser.ParseContext.ACCEPT_LINE));
        assertDoesNotThrow(() -> p.parse("f[x] + !True", 12, Parser.ParseContext.ACCEPT_LINE));
        assertDoesNotThrow(() -> p.parse("f[x", 3, Parser.ParseContext.COMPLETE));
    }
}
