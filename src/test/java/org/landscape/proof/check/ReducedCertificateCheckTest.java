package org.landscape.proof.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscape.analysis.CriticalPoint;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.base.InvalidInputException;
import org.landscape.interval.Interval;
import org.landscape.io.CertificateJson;
import org.landscape.model.Matrices;
import org.landscape.proof.Certificate;
import org.landscape.proof.CriticalPointProof;
import org.landscape.proof.CriticalPointProofs;
import org.landscape.proof.ReducedCriticalPointProofs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orbit-reduced certificates: at the type-A spurious minimum of width 6 (isotropy Delta(S5xS1)) the orbit-reduced
 * proof agrees with the dense proof in M(6,6) (loss and smallest-eigenvalue enclosures meet, same Morse index); its
 * certificate survives the JSON round trip, is confirmed by the independent re-check, and tampered copies (moved
 * center, wrong index, wrong loss, no stabilisers, two unknowns in one orbit) are rejected.
 */
class ReducedCertificateCheckTest {
    private static final double[][] V6 = Matrices.identity(6);

    /** The spurious minimum of width 6, Newton run orbit-reduced in Fix(Delta(S5xS1)) (structure detected). */
    private static CriticalPoint spuriousK6() throws Exception {
        double[][] w = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                Path.of(System.getProperty("basedir", "."), "examples/spurious-minima/spurious-k6.json").toFile(),
                double[][].class);
        CriticalPoint c = CriticalPointSearch.newton(w, V6, 0.0, Optional.empty(),
                CriticalPointSearch.DEFAULT_SETTINGS);
        assertTrue(c.converged() && c.structure().isPresent() && c.pattern().isPresent(), c.subspace());
        return c;
    }

    private static CheckReport.Status status(CheckReport r, String claim) {
        return r.claims().stream().filter(c -> c.claim().equals(claim)).findFirst().orElseThrow().status();
    }

    private static Certificate with(Certificate c, double[] center, Interval loss, int index,
                                    Certificate.Reduced reduced) {
        return new Certificate(c.kind(), c.alpha(), c.teacher(), c.k(), c.basis(), c.generators(), center, c.radius(),
                loss, index, c.smallestEigenvalue(), Optional.of(reduced));
    }

    @Test
    void reducedProofAgreesWithTheDenseProofAndItsCertificateIsReChecked(@TempDir Path dir) throws Exception {
        CriticalPoint c = spuriousK6();
        assertFalse(CriticalPointProofs.orbitReduced(c), "kd = 36: CriticalPointProofs.of takes the dense route");
        CriticalPointProof reduced = ReducedCriticalPointProofs.prove(c.structure().get(), c.pattern().get(), V6,
                Interval.point(0), "Delta(S5xS1)", CriticalPointProofs.DEFAULT_SETTINGS);
        CriticalPointProof dense = CriticalPointProofs.prove(c.w(), V6, Interval.point(0), Optional.empty(),
                CriticalPointProofs.DEFAULT_SETTINGS);
        assertTrue(reduced.proved(), reduced.existence() + " / " + reduced.index());
        assertTrue(dense.proved(), dense.existence() + " / " + dense.index());
        assertEquals(0, dense.morseIndex().getAsInt());
        assertEquals(dense.morseIndex(), reduced.morseIndex());
        assertTrue(reduced.loss().meets(dense.loss()), reduced.loss() + " vs dense " + dense.loss());
        Interval rs = reduced.spectrum().get().smallest();
        Interval ds = dense.spectrum().get().smallest();
        assertTrue(rs.meets(ds), rs + " vs dense " + ds);
        assertTrue(reduced.loss().width() <= 1e-13 && rs.width() <= 1e-10, reduced.loss() + " " + rs);
        // the certificate: orbit-reduced, through JSON and back, unchanged
        Certificate cert = reduced.certificate();
        assertTrue(cert.reduced().isPresent() && cert.basis().isEmpty());
        Path file = dir.resolve("reduced.json");
        CertificateJson.write(cert, file);
        Certificate back = CertificateJson.read(file);
        assertArrayEquals(cert.center(), back.center());
        assertEquals(cert.radius(), back.radius());
        assertEquals(cert.morseIndex(), back.morseIndex());
        assertArrayEquals(cert.reduced().get().unknowns(), back.reduced().get().unknowns());
        assertEquals(cert.reduced().get().stabilisers().size(), back.reduced().get().stabilisers().size());
        CheckReport ok = CertificateChecker.check(back);
        assertTrue(ok.confirmed(), ok.claims().toString());
        for (String claim : List.of("symmetric criticality", "existence", "loss", "Morse index",
                "smallest eigenvalue")) {
            assertEquals(CheckReport.Status.CONFIRMED, status(ok, claim), claim + ": " + ok.claims());
        }
        Certificate.Reduced r = back.reduced().get();
        // a center 1e-3 away with the same tiny radius: no zero in the box
        double[] moved = back.center();
        moved[0] += 1e-3;
        CheckReport far = CertificateChecker.check(with(back, moved, back.loss(), 0, r));
        assertFalse(far.confirmed());
        assertEquals(CheckReport.Status.FAILED, status(far, "existence"));
        // a wrong Morse index (the index is proved 0 on every fixed space) and a loss interval that misses
        Interval shifted = Interval.of(back.loss().hi() + 1e-9, back.loss().hi() + 2e-9);
        CheckReport wrong = CertificateChecker.check(with(back, back.center(), shifted, 1, r));
        assertFalse(wrong.confirmed());
        assertEquals(CheckReport.Status.FAILED, status(wrong, "Morse index"));
        assertEquals(CheckReport.Status.FAILED, status(wrong, "loss"));
        // no stabilisers: the fixed spaces no longer reach every isotypic component
        CheckReport none = CertificateChecker.check(with(back, back.center(), back.loss(), 0,
                new Certificate.Reduced(r.generators(), r.unknowns(), List.of())));
        assertEquals(CheckReport.Status.FAILED, status(none, "symmetric criticality"));
        // two unknowns naming one orbit of H
        int[] u = r.unknowns();
        u[1] = u[0];
        CheckReport twice = CertificateChecker.check(with(back, back.center(), back.loss(), 0,
                new Certificate.Reduced(r.generators(), u, r.stabilisers())));
        assertEquals(CheckReport.Status.FAILED, status(twice, "symmetric criticality"));
        // malformed files: one InvalidInputException with the field named
        String text = Files.readString(file);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text.replaceFirst("\"unknowns\" : \\[ ", "\"unknowns\" : [ 999, "));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CertificateJson.read(bad));
        assertTrue(e.getMessage().contains("reduced.unknowns"), e.getMessage());
    }
}
