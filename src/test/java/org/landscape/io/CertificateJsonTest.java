package org.landscape.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscape.base.InvalidInputException;
import org.landscape.interval.Interval;
import org.landscape.proof.Certificate;

/** The certificate file: written and read back bit for bit, and malformed files named by their field. */
class CertificateJsonTest {
    @TempDir
    Path dir;

    /** Doubles whose shortest decimal forms are long or subnormal: a lossy writer changes at least one of them. */
    private static final double[] CENTER = {1.0 / 3, Math.PI, Math.nextUp(1.0), -2.5e-310, 0.1 + 0.2, -0.0};

    private static Certificate certificate(Optional<int[][]> basis, double[] center) {
        return new Certificate(Certificate.CRITICAL_POINT, Interval.of(0.1, Math.nextUp(0.1)),
                new double[][] {{1, 0, 0}, {0, 1, 0}}, 2, basis, List.of(new int[] {3, 4, 5, 0, 1, 2}), center,
                1.0e-12, Interval.of(0.04, 0.05), 1, Interval.ENTIRE);
    }

    @Test
    void roundTripGivesTheSameBits() {
        Certificate c = certificate(Optional.empty(), CENTER);
        Path f = dir.resolve("sub/c.json");
        CertificateJson.write(c, f);
        Certificate r = CertificateJson.read(f);
        assertEquals(Certificate.CRITICAL_POINT, r.kind());
        assertEquals(Interval.of(0.1, Math.nextUp(0.1)), r.alpha());
        assertEquals(2, r.k());
        assertArrayEquals(new double[] {1, 0, 0}, r.teacher()[0]);
        assertArrayEquals(new double[] {0, 1, 0}, r.teacher()[1]);
        assertEquals(1, r.generators().size());
        assertArrayEquals(new int[] {3, 4, 5, 0, 1, 2}, r.generators().get(0));
        for (int i = 0; i < CENTER.length; i++) {
            assertEquals(Double.doubleToRawLongBits(CENTER[i]), Double.doubleToRawLongBits(r.center()[i]),
                    "center[" + i + "] = " + CENTER[i] + " read as " + r.center()[i]);
        }
        assertEquals(1.0e-12, r.radius());
        assertEquals(Interval.of(0.04, 0.05), r.loss());
        assertEquals(1, r.morseIndex());
        assertEquals(Interval.ENTIRE, r.smallestEigenvalue(), "the unbounded enclosure (not claimed) survives");
        assertTrue(r.basis().isEmpty());
    }

    @Test
    void basisRoundTripsAndItsRowLengthIsChecked() throws Exception {
        int[][] b = {{1, 0, 0, -1, 0, 0}, {0, 1, 1, 0, 0, 0}};
        Certificate c = certificate(Optional.of(b), new double[] {0.5, -0.25});
        Path f = dir.resolve("b.json");
        CertificateJson.write(c, f);
        Certificate r = CertificateJson.read(f);
        assertArrayEquals(b[0], r.basis().orElseThrow()[0]);
        assertArrayEquals(b[1], r.basis().orElseThrow()[1]);
        assertArrayEquals(new double[] {0.5, -0.25}, r.center());

        Files.writeString(f, Files.readString(f).replace("[ 1, 0, 0, -1, 0, 0 ]", "[ 1, 0, 0, -1, 0 ]"));
        String msg = assertThrows(InvalidInputException.class, () -> CertificateJson.read(f)).getMessage();
        assertTrue(msg.contains("'basis'") && msg.contains("k*d = 6"), msg);
    }

    @Test
    void unboundedEnclosuresAreWrittenAsInfinityStrings() {
        ObjectNode o = CertificateJson.write(certificate(Optional.empty(), CENTER));
        String text = Output.json(o);
        assertTrue(text.contains("\"-Infinity\"") && text.contains("\"Infinity\""), text);
        assertEquals(CertificateJson.FORMAT, o.path("format").asText());
        assertEquals("landscape-certificate/1", CertificateJson.FORMAT);
    }

    @Test
    void malformedFilesNameTheField() throws Exception {
        Path f = dir.resolve("c.json");
        CertificateJson.write(certificate(Optional.empty(), CENTER), f);
        String good = Files.readString(f);

        Files.writeString(f, good.replace("\"radius\" : 1.0E-12", "\"radius\" : -1.0"));
        String radius = assertThrows(InvalidInputException.class, () -> CertificateJson.read(f)).getMessage();
        assertTrue(radius.contains("'radius'"), radius);

        Files.writeString(f, good.replace(CertificateJson.FORMAT, "landscape-certificate/0"));
        String format = assertThrows(InvalidInputException.class, () -> CertificateJson.read(f)).getMessage();
        assertTrue(format.contains("not a Landscape certificate"), format);

        Files.writeString(f, good.replace("\"k\" : 2", "\"k\" : 0"));
        String k = assertThrows(InvalidInputException.class, () -> CertificateJson.read(f)).getMessage();
        assertTrue(k.contains("'k'"), k);

        Files.writeString(f, "{ not json");
        String syntax = assertThrows(InvalidInputException.class, () -> CertificateJson.read(f)).getMessage();
        assertTrue(syntax.startsWith("cannot read certificate"), syntax);
    }
}
