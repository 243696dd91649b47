package org.landscape.script;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 9: the census and the claims checker as script built-ins, with argument checks. Truths used: W = V is
 * the global minimum (loss 0) with isotropy Delta S_k of order k!; alpha = 1 is a critical number of W = V = I_k (the
 * identity network's Hessian has rank d) and alpha = 0 is not (its smallest eigenvalue is 1/4 - 1/(2 pi) > 0).
 */
class StudyFunctionsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String run(String source) {
        new ScriptSession(ScriptSettings.sandboxed(), new PrintStream(out, true, StandardCharsets.UTF_8))
                .runSource("t.m", source);
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private ScriptFailure fails(String source) {
        return assertThrows(ScriptFailure.class, () -> run(source));
    }

    @Test
    void censusFindsTheGlobalMinimumAndCountsEveryStart() {
        String o = run("c = Census[3, 0.2, 10, 4];\n"
                + "Print[\"starts\" /. c]\n"
                + "Print[Total[(\"count\" /. #) & /@ (\"points\" /. c)] + Total[Last /@ (\"failures\" /. c)]]\n"
                + "g = First[Select[\"points\" /. c, (\"isotropyOrder\" /. #) == 6 &]];\n"
                + "Print[Abs[\"loss\" /. g] < 10^-12]\n"
                + "Print[\"interrupted\" /. c]\n");
        assertEquals("10\n10\nTrue\nFalse", o);
    }

    @Test
    void checkClaimsGivesTheCheckersVerdicts() {
        String claims = "{\\\"claims\\\": [{\\\"id\\\": \\\"one\\\", \\\"kind\\\": \\\"critical-numbers\\\", "
                + "\\\"interval\\\": [0.5, 1.5], \\\"k\\\": [4], \\\"values\\\": [1]}, {\\\"id\\\": \\\"zero\\\", "
                + "\\\"kind\\\": \\\"critical-numbers\\\", \\\"interval\\\": [-0.5, 0.5], \\\"k\\\": [4], \\\"values\\\": [0]}]}";
        String o = run("r = CheckClaims[\"" + claims + "\"];\nPrint[\"holds\" /. r]\n"
                + "Print[(\"verdict\" /. #) & /@ (\"claims\" /. r)]\n");
        assertEquals("False\n{holds,fails}", o);
    }

    @Test
    void badArgumentsNameTheFix() {
        assertTrue(fails("Census[0, 0.2, 10]\n").getMessage().contains("a width k in 1..64"));
        assertTrue(fails("Census[3, x, 10]\n").getMessage().contains("argument 2 must be a real number"));
        assertTrue(fails("Census[3, 0.2, 0]\n").getMessage().contains("a number of starts in 1..10^7"));
        assertTrue(fails("Census[3, 0.2, 5, 1, {4, 3}]\n").getMessage().contains("{n, d} with 1 <= n <= d <= 64"));
        assertTrue(fails("Census[3]\n").getMessage().contains("Census expects Census[k, alpha, inits]"));
        assertTrue(fails("CheckClaims[3]\n").getMessage().contains("a string"));
        ScriptFailure f = fails("CheckClaims[\"/etc/passwd\"]\n");
        assertTrue(f.getMessage().contains("outside the folder"), f.getMessage());
        assertTrue(fails("Help[\"Census\"]\nCheckClaims[\"{\\\"claims\\\": 1}\"]\n").getMessage()
                .contains("field 'claims'"));
    }
}
