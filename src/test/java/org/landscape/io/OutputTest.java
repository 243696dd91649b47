package org.landscape.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscape.base.Evidence;

/** Number formatting of the shared JSON writer: non-finite values, loss rounding, long group orders. */
class OutputTest {
    @TempDir
    Path dir;

    @Test
    void nonFiniteNumbersBecomeNullAndFiniteOnesRoundTrip() throws Exception {
        ObjectNode o = Output.object();
        Output.number(o, "nan", Double.NaN);
        Output.number(o, "inf", Double.POSITIVE_INFINITY);
        Output.number(o, "third", 1.0 / 3);
        Output.number(o, "tiny", Double.MIN_VALUE);
        JsonNode back = Output.JSON.readTree(Output.json(o));
        assertTrue(back.get("nan").isNull());
        assertTrue(back.get("inf").isNull());
        assertEquals(1.0 / 3, back.get("third").asDouble());
        assertEquals(Double.MIN_VALUE, back.get("tiny").asDouble());
    }

    @Test
    void evidenceAccuracyIsNaNStringOrNull() {
        Evidence e = new Evidence("Newton", Double.NaN, "3 steps");
        String plain = Output.json(Output.evidence(e));
        assertTrue(plain.contains("\"accuracy\" : \"NaN\""), plain);
        String nulled = Output.json(Output.evidenceOrNullAccuracy(e));
        assertTrue(nulled.contains("\"accuracy\" : null"), nulled);
        assertTrue(nulled.contains("\"method\" : \"Newton\"") && nulled.contains("\"detail\" : \"3 steps\""), nulled);
        String finite = Output.json(Output.evidenceOrNullAccuracy(new Evidence("Newton", 1e-12, "")));
        assertTrue(finite.contains("\"accuracy\" : 1.0E-12"), finite);
    }

    @Test
    void onlyASmallNegativeLossIsRoundedToZero() {
        assertEquals(0.0, Output.loss(-1e-10));
        assertEquals(0.0, Output.loss(-3e-14));
        assertEquals(-2e-10, Output.loss(-2e-10), "a defect is shown as it is");
        assertEquals(0.125, Output.loss(0.125));
        assertTrue(Double.isNaN(Output.loss(Double.NaN)));
    }

    @Test
    void groupOrdersAreNumbersUpTo300DigitsThenStrings() throws Exception {
        BigInteger digits300 = BigInteger.TEN.pow(299);
        BigInteger digits301 = BigInteger.TEN.pow(300);
        ObjectNode o = Output.object();
        Output.order(o, "short", digits300);
        Output.order(o, "long", digits301);
        Output.order(o, "s5", BigInteger.valueOf(120));
        JsonNode back = Output.JSON.readTree(Output.json(o));
        assertTrue(back.get("short").isNumber());
        assertEquals(digits300, back.get("short").bigIntegerValue());
        assertTrue(back.get("long").isTextual());
        assertEquals(digits301, new BigInteger(back.get("long").asText()));
        assertEquals(120, back.get("s5").asInt());
    }

    @Test
    void atomicWriteReplacesAndLeavesNoTemporaryFile() throws Exception {
        Path f = dir.resolve("a/b/out.txt");
        Output.writeAtomically(f, "first");
        Output.writeAtomically(f, "second \u03b1");
        assertEquals("second \u03b1", Files.readString(f));
        try (var s = Files.list(f.getParent())) {
            assertEquals(1, s.count(), "only the file itself");
        }
        assertFalse(Files.exists(dir.resolve("a/b/.out.txt.tmp")));
    }
}
