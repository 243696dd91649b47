package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.model.Matrices;

import java.math.BigInteger;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spurious minimum of the ReLU problem at k = n = d = 6 (Safran and Shamir 2018; Arjevani and Field report its
 * isotropy Delta(S_5 x S_1)): Newton inside Fix(Delta(S5xS1)) from a rough start, then the 45-digit certificate.
 */
class SpuriousMinimumTest {

    @Test
    void reluSpuriousMinimumAtSixIsFoundInFixAndCertified() {
        int k = 6;
        double a = 1.0;
        double b = -0.05;
        double c = 0.3;
        double e = 0.2;
        double f = -0.6;
        double[][] start = new double[k][k];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                start[i][j] = i == j ? a : b;
            }
            start[i][5] = c;
            start[5][i] = e;
        }
        start[5][5] = f;
        CriticalPoint p = CriticalPointSearch.newton(start, Matrices.identity(k), 0.0,
                Optional.of(SubgroupActions.onWeights("Delta(S5xS1)", k, k)), CriticalPointSearch.DEFAULT_SETTINGS);
        assertTrue(p.converged(), p.newton().status().toString());
        assertEquals(5, p.subspaceDimension(), "Fix(Delta(S5 x S1)) in M(6,6) has 5 orbits of entries");
        assertTrue(p.loss() > 1e-3, "spurious: the loss is positive, the global minimum has L = 0");
        assertEquals(BigInteger.valueOf(120), p.isotropy().orElseThrow().order());
        assertEquals(0, p.spectrum().orElseThrow().index());
        MinimumCertificate.Certificate cert = MinimumCertificate.certify(p.w(), Matrices.identity(k), 0.0, 1e-10);
        assertEquals(MinimumCertificate.Verdict.CERTIFIED_MINIMUM, cert.verdict(), cert.toString());
        assertTrue(cert.margin() > 1e-3, "margin " + cert.margin());
    }
}
