package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code landscape verify --reduced --json} prints one JSON object with every check, and exits 0 when all pass. */
class VerifyCommandTest {
    @Test
    void reducedJsonRunPasses() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("verify", "--reduced", "--json");
        } finally {
            System.setOut(old);
        }
        JsonNode o = new ObjectMapper().readTree(buf.toString(StandardCharsets.UTF_8));
        assertEquals(0, code, buf.toString(StandardCharsets.UTF_8));
        assertTrue(o.get("passed").asBoolean());
        assertEquals(17, o.get("checks").size());
        assertTrue(o.get("kernelCases").asInt() >= 12);
    }
}
