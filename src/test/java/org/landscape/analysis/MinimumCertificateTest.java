package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.model.Matrices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Certification against independent facts: W = V is a minimum with the compiled smallest eigenvalue; saddles fail. */
class MinimumCertificateTest {

    @Test
    void globalMinimumIsCertified() {
        double alpha = 0.3;
        MinimumCertificate.Certificate c = MinimumCertificate.certify(Matrices.identity(3), Matrices.identity(3), alpha,
                1e-12);
        assertEquals(MinimumCertificate.Verdict.CERTIFIED_MINIMUM, c.verdict());
        assertTrue(c.gradientNormBound() < 1e-14, "grad L(V) = 0 exactly: " + c.gradientNormBound());
        double[] dense = SymmetryAdaptedSpectraTest.dense(Matrices.identity(3), Matrices.identity(3), alpha);
        assertEquals(dense[0], c.smallestEigenvalue(), 1e-12, "45-digit and compiled Hessians agree");
        assertTrue(c.eigenvalueError() < 1e-12);
        assertEquals(c.smallestEigenvalue() - c.eigenvalueError(), c.margin(), 0);
    }

    @Test
    void saddleAndNonCriticalPointsAreNotCertified() {
        // two equal neurons against I_2 at alpha = 0: a critical point in Fix(S2 x S2) with a negative eigenvalue
        // on the line w_1 = w_2 = (x, x): L = 2 x^2 - 4 K((x,x), e_1) + const with the Cho-Saul kernel at theta = pi/4,
        // K = x (1 + 3 pi / 4) / (2 pi), so dL/dx = 0 at x = 3/8 + 1/(2 pi)
        double x = 3.0 / 8 + 1 / (2 * Math.PI);
        double[][] w = {{x, x}, {x, x}};
        MinimumCertificate.Certificate c = MinimumCertificate.certify(w, Matrices.identity(2), 0.0, 1e-10);
        assertEquals(MinimumCertificate.Verdict.NOT_A_MINIMUM, c.verdict());
        assertTrue(c.gradientNormBound() < 1e-14, "critical by the closed form: " + c.gradientNormBound());
        double[][] off = {{1.1, 0.0}, {0.0, 1.0}};
        assertEquals(MinimumCertificate.Verdict.UNDECIDED,
                MinimumCertificate.certify(off, Matrices.identity(2), 0.3, 1e-10).verdict(), "gradient is not small");
    }
}
