package org.landscape.proof.check;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.SubgroupActions;
import org.landscape.interval.Interval;
import org.landscape.model.Matrices;
import org.landscape.proof.Certificate;
import org.landscape.proof.CriticalPointProof;
import org.landscape.proof.CriticalPointProofs;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The independent re-check confirms the prover's certificates and rejects tampered ones: a wrong loss interval, a
 * wrong Morse index, a moved center, a Fix(H) basis whose generators are no symmetry of the loss.
 */
class CertificateCheckerTest {
    static final double[][] V3 = Matrices.identity(3);

    /** A generic critical point of width 3 (Newton from a perturbed identity at alpha = 0.2). */
    static double[][] point() {
        double[][] w = {{1.1, 0.1, 0.0}, {0.0, 0.9, 0.1}, {0.05, 0.0, 1.0}};
        return CriticalPointSearch.newton(w, V3, 0.2, Optional.empty(), CriticalPointSearch.DEFAULT_SETTINGS).w();
    }

    private static CheckReport.Status status(CheckReport r, String claim) {
        return r.claims().stream().filter(c -> c.claim().equals(claim)).findFirst().orElseThrow().status();
    }

    private static Certificate with(Certificate c, Interval loss, int index, double[] center) {
        return new Certificate(c.kind(), c.alpha(), c.teacher(), c.k(), c.basis(), c.generators(), center, c.radius(),
                loss, index, c.smallestEigenvalue());
    }

    @Test
    void proverCertificatesAreConfirmedAndTamperedOnesFail() {
        CriticalPointProof p = CriticalPointProofs.prove(point(), V3, Interval.point(0.2), Optional.empty(),
                CriticalPointProofs.DEFAULT_SETTINGS);
        assertTrue(p.proved());
        Certificate c = p.certificate();
        CheckReport ok = CertificateChecker.check(c);
        assertTrue(ok.confirmed(), ok.claims().toString());
        assertEquals(CheckReport.Status.CONFIRMED, status(ok, "Morse index"));
        assertEquals(CheckReport.Status.CONFIRMED, status(ok, "smallest eigenvalue"));
        // a loss interval that misses the true loss, and a wrong index
        Interval shifted = Interval.of(c.loss().hi() + 1e-9, c.loss().hi() + 2e-9);
        CheckReport bad = CertificateChecker.check(with(c, shifted, c.morseIndex() + 1, c.center()));
        assertFalse(bad.confirmed());
        assertEquals(CheckReport.Status.FAILED, status(bad, "loss"));
        assertEquals(CheckReport.Status.FAILED, status(bad, "Morse index"));
        // a center 1e-3 away with the same tiny radius: no zero in the box
        double[] moved = c.center();
        moved[0] += 1e-3;
        CheckReport far = CertificateChecker.check(with(c, c.loss(), c.morseIndex(), moved));
        assertEquals(CheckReport.Status.FAILED, status(far, "existence"));
    }

    @Test
    void fixedPointCertificatesCheckTheSymmetry() {
        // the global minimum W = V = I_3 at alpha = 0.3, proved in Fix(Delta S3) (parallel pairs: L is C^2 there)
        CriticalPointProof p = CriticalPointProofs.prove(V3, V3, Interval.point(0.3),
                Optional.of(SubgroupActions.onWeights("DeltaS3", 3, 3)), CriticalPointProofs.DEFAULT_SETTINGS);
        assertTrue(p.proved(), p.existence() + " / " + p.index());
        Certificate c = p.certificate();
        CheckReport ok = CertificateChecker.check(c);
        assertTrue(ok.confirmed(), ok.claims().toString());
        assertEquals(CheckReport.Status.CONFIRMED, status(ok, "symmetric criticality"));
        // the same basis and generators against a teacher they do not preserve
        double[][] other = {{1, 0, 0}, {0, 2, 0}, {0, 0, 1}};
        Certificate wrong = new Certificate(c.kind(), c.alpha(), other, c.k(), c.basis(), c.generators(), c.center(),
                c.radius(), c.loss(), c.morseIndex(), c.smallestEigenvalue());
        CheckReport r = CertificateChecker.check(wrong);
        assertFalse(r.confirmed());
        assertEquals(CheckReport.Status.FAILED, status(r, "symmetric criticality"));
        // no generators at all
        Certificate none = new Certificate(c.kind(), c.alpha(), c.teacher(), c.k(), c.basis(), List.of(), c.center(),
                c.radius(), c.loss(), c.morseIndex(), c.smallestEigenvalue());
        assertFalse(CertificateChecker.check(none).confirmed());
    }

    @Test
    @Tag("slow")
    void spuriousMinimumK6CertificateIsConfirmed() throws Exception {
        double[][] w = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                new java.io.File("examples/spurious-minima/spurious-k6.json"), double[][].class);
        double[][] v = Matrices.identity(6);
        w = CriticalPointSearch.newton(w, v, 0.0, Optional.empty(), CriticalPointSearch.DEFAULT_SETTINGS).w();
        CriticalPointProof p = CriticalPointProofs.prove(w, v, Interval.point(0), Optional.empty(),
                CriticalPointProofs.DEFAULT_SETTINGS);
        CheckReport r = CertificateChecker.check(p.certificate());
        assertTrue(r.confirmed(), r.claims().toString());
    }
}
