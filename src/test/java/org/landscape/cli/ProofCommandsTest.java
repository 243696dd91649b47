package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof interfaces of issue 17 on the command line: {@code critical --certify} (JSON enclosures as [lo, hi],
 * "proved" / "not proved: REASON" with the numerical fallback), {@code --certificate FILE} and
 * {@code verify-certificate} (confirmed, tampered, malformed), {@code spectrum --certify}, and bad input (one line,
 * exit 2, no file). Values are checked against closed forms: at the global minimum W = V the loss is exactly 0.
 */
class ProofCommandsTest {

    static GroupCommandTest.Run run(String... args) {
        return GroupCommandTest.run(args);
    }

    @Test
    void criticalCertifyProvesTheGlobalMinimumAndWritesACertificate(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("cert.json");
        GroupCommandTest.Run r = run("critical", "--alpha", "0.3", "--student", "identity:3", "--teacher",
                "identity:3", "--fix", "DeltaS3", "--certify", "--certificate", cert.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode p = new ObjectMapper().readTree(r.out()).get("proof");
        assertEquals("proved", p.get("verdict").asText());
        assertEquals(0, p.get("index").asInt());
        JsonNode loss = p.get("loss");
        assertTrue(loss.isArray() && loss.size() == 2);
        assertTrue(loss.get(0).asDouble() <= 0 && 0 <= loss.get(1).asDouble(), "the loss at W = V is exactly 0");
        assertEquals(9, p.get("point").size());
        for (int a = 0; a < 9; a++) {
            double exact = a % 4 == 0 ? 1 : 0; // W* = I_3
            assertTrue(p.get("point").get(a).get(0).asDouble() <= exact && exact <= p.get("point").get(a).get(1)
                    .asDouble());
        }
        assertTrue(new ObjectMapper().readTree(r.out()).has("certificate"), "the 45-digit evidence is kept");
        assertTrue(Files.exists(cert));
        GroupCommandTest.Run v = run("verify-certificate", cert.toString());
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("certificate confirmed"));
        // tamper with the claimed Morse index: the re-check fails with exit code 5
        String text = Files.readString(cert).replace("\"morse_index\" : 0", "\"morse_index\" : 2");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text);
        GroupCommandTest.Run b = run("verify-certificate", bad.toString());
        assertEquals(5, b.code(), b.out());
        assertTrue(b.out().contains("NOT confirmed"));
    }

    @Test
    void orbitReducedCertificateAtWidthTwentyIsWrittenAndReChecked(@TempDir Path dir) throws Exception {
        // the type-A spurious minimum of width 20 (kd = 400 > CriticalPointProofs.DENSE_LIMIT: orbit-reduced route)
        double[][] w6 = new ObjectMapper().readValue(Path.of(System.getProperty("basedir", "."),
                "examples/spurious-minima/spurious-k6.json").toFile(), double[][].class);
        var members = org.landscape.analysis.WidthFamily.follow(
                org.landscape.analysis.YoungFamily.parse("Delta(S{k-1}xS1)"), w6, 0.0, 20, false, m -> { });
        double[][] w = members.get(members.size() - 1).point().w();
        Path start = dir.resolve("k20.json");
        new ObjectMapper().writeValue(start.toFile(), w);
        Path cert = dir.resolve("cert.json");
        GroupCommandTest.Run r = run("critical", "--alpha", "0", "--student", start.toString(), "--teacher",
                "identity:20", "--certify", "--certificate", cert.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode p = new ObjectMapper().readTree(r.out()).get("proof");
        assertEquals("proved", p.get("verdict").asText());
        assertEquals(0, p.get("index").asInt());
        assertTrue(p.get("evidence").get("method").asText().contains("orbit sums"), p.toString());
        // the loss enclosure contains an independent 45-digit quadrature of the loss at the point (|grad L| ~ 1e-15,
        // so the point's loss and the critical loss differ by ~1e-30)
        double q = new org.landscape.verify.QuadratureReference(0.0).lossValue(w,
                org.landscape.model.Matrices.identity(20));
        assertTrue(p.get("loss").get(0).asDouble() <= q && q <= p.get("loss").get(1).asDouble(), p.get("loss")
                + " vs 45-digit quadrature " + q);
        assertTrue(new ObjectMapper().readTree(cert.toFile()).has("reduced"));
        GroupCommandTest.Run v = run("verify-certificate", cert.toString());
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("certificate confirmed"), v.out());
        assertTrue(v.out().contains("Morse index: confirmed"), v.out());
        // tampered: a wrong Morse index fails the re-check (exit 5); a malformed reduced field is one line, exit 2
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(cert).replace("\"morse_index\" : 0", "\"morse_index\" : 1"));
        GroupCommandTest.Run b = run("verify-certificate", bad.toString());
        assertEquals(5, b.code(), b.out());
        assertTrue(b.out().contains("Morse index: failed"), b.out());
        Files.writeString(bad, Files.readString(cert).replace("\"stabilisers\" : [", "\"stabilisers\" : 7, \"x\" : ["));
        CriticalCommandTest.oneLineError(run("verify-certificate", bad.toString()), 2);
    }

    @Test
    void notProvedIsSaidWithTheNumericalFallback() throws Exception {
        // the singular global minimum at alpha = 1: a line of minima, so no isolated critical point
        GroupCommandTest.Run r = run("critical", "--alpha", "1", "--student", "identity:3", "--teacher", "identity:3",
                "--certify");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("proof: not proved: the Hessian at the point is singular"), r.out());
        assertTrue(r.out().contains("numerical verdict (not a proof)"), r.out());
    }

    @Test
    void spectrumCertifyProvesTheInertia() {
        GroupCommandTest.Run r = run("spectrum", "--alpha", "0.3", "--student", "identity:4", "--teacher", "identity:4",
                "--certify");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("proof: proved"), r.out());
        assertTrue(r.out().contains("negative eigenvalues (proved): 0"), r.out());
    }

    @Test
    void badInputIsOneLineExitTwoAndNoFile(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("c.json");
        CriticalCommandTest.oneLineError(run("critical", "--alpha", "0.3", "--student", "identity:3", "--certificate",
                cert.toString()), 2);
        assertFalse(Files.exists(cert));
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "x");
        CriticalCommandTest.oneLineError(run("critical", "--alpha", "0.3", "--student", "identity:3", "--certify",
                "--certificate", file.resolve("cert.json").toString()), 2);
        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "{\"format\": \"something else\"}");
        CriticalCommandTest.oneLineError(run("verify-certificate", junk.toString()), 2);
        Files.writeString(junk, "not json at all");
        CriticalCommandTest.oneLineError(run("verify-certificate", junk.toString()), 2);
        CriticalCommandTest.oneLineError(run("verify-certificate", dir.resolve("missing.json").toString()), 2);
        CriticalCommandTest.oneLineError(run("continue", "--alpha", "0.3", "--to", "0.35", "--student",
                "[[1.1,0.1,0],[0,0.9,0.1],[0.05,0,1]]", "--teacher", "[[1,0,0],[0,2,0],[0,0,1]]", "--certify"), 4);
    }
}
