package org.landscape.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hipparchus.dfp.Dfp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landscape.analysis.SubgroupActions;
import org.landscape.interval.HighPrecisionReference;
import org.landscape.interval.Interval;
import org.landscape.model.Matrices;
import org.landscape.rep.WeightMatrixAction;

import java.io.File;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Delta S6 critical number near -0.6869: enclosed to width <= 1e-13 and proved transversal; checked against an
 * independent 50-digit recomputation (Newton in 50 digits at both ends of the enclosure, Morse indices by Sylvester
 * counts: 5 at the lower end, 0 at the upper end, so the crossing lies inside); the cubic form that proves the
 * S5 branch transcritical contains a 50-digit central difference of the reference Hessian; a point far from any
 * crossing is not proved.
 */
class CriticalNumberProofsTest {
    static final double[][] V6 = Matrices.identity(6);
    static double[][] start;
    static WeightMatrixAction g;
    static CriticalNumberProof proof;

    @BeforeAll
    static void prove() throws IOException {
        start = new ObjectMapper().readValue(new File("examples/liu-leaky-relu/deltaS6-start.json"), double[][].class);
        g = SubgroupActions.onWeights("DeltaS6", 6, 6);
        proof = CriticalNumberProofs.prove(V6, g, start, -0.68691, "5,1", Krawczyk.DEFAULT_SETTINGS);
    }

    @Test
    void crossingIsEnclosedTightlyAndTransversal() {
        assertTrue(proof.proved(), proof.existence() + " / " + proof.transversal());
        assertTrue(proof.alpha().width() <= 1e-13, "alpha* width " + proof.alpha().width());
        assertEquals(-0.6869121300066, proof.alpha().mid(), 1e-12); // the value of the claims file, 13 digits
        assertEquals("5,1", proof.component());
        assertTrue(proof.componentShare() > 0.999);
    }

    private static int indexAt(double alpha) {
        double[][] w = Matrices.identity(6);
        int kd = 36;
        double[] flat = new double[kd];
        for (int a = 0; a < kd; a++) {
            flat[a] = proof.point().get(a).mid();
        }
        for (int i = 0; i < 6; i++) {
            System.arraycopy(flat, i * 6, w[i], 0, 6);
        }
        HighPrecisionReference ref = new HighPrecisionReference(alpha);
        Dfp[][] star = ref.newton(w, V6);
        Dfp[][] e = ref.evaluate(star, HighPrecisionReference.dfp(V6));
        return HighPrecisionReference.eigenvaluesBelow(e[2], kd, HighPrecisionReference.FIELD.getZero());
    }

    @Test
    void fiftyDigitIndicesChangeInsideTheEnclosure() {
        assertEquals(5, indexAt(proof.alpha().lo()), "below alpha*: the [5,1] block is negative");
        assertEquals(0, indexAt(proof.alpha().hi()), "above alpha*: a local minimum");
    }

    @Test
    void cubicFormContainsAFiftyDigitDifferenceQuotient() {
        Interval c = BranchDirections.cubicForm(V6, proof);
        assertTrue(c.isBounded() && !c.containsZero(), "cubic form " + c);
        assertTrue(BranchDirections.transcritical(V6, proof).proved());
        // u^T (H(W + eps u) - H(W - eps u)) u / (2 eps) at the 50-digit critical point, alpha = mid alpha*
        double alpha = proof.alpha().mid();
        HighPrecisionReference ref = new HighPrecisionReference(alpha);
        double[][] w = new double[6][6];
        for (int a = 0; a < 36; a++) {
            w[a / 6][a % 6] = proof.point().get(a).mid();
        }
        Dfp[][] star = ref.newton(w, V6);
        Dfp[] u = new Dfp[36];
        for (int a = 0; a < 36; a++) {
            u[a] = HighPrecisionReference.dfp(proof.kernel().get(a).mid());
        }
        Dfp eps = HighPrecisionReference.FIELD.newDfp("1e-20");
        Dfp[] q = new Dfp[2];
        for (int side = 0; side < 2; side++) {
            Dfp[][] x = new Dfp[6][6];
            for (int a = 0; a < 36; a++) {
                Dfp shift = eps.multiply(u[a]);
                x[a / 6][a % 6] = side == 0 ? star[a / 6][a % 6].add(shift) : star[a / 6][a % 6].subtract(shift);
            }
            Dfp[] h = ref.evaluate(x, HighPrecisionReference.dfp(V6))[2];
            Dfp s = HighPrecisionReference.FIELD.getZero();
            for (int a = 0; a < 36; a++) {
                for (int b = 0; b < 36; b++) {
                    s = s.add(u[a].multiply(h[a * 36 + b]).multiply(u[b]));
                }
            }
            q[side] = s;
        }
        Dfp quotient = q[0].subtract(q[1]).divide(eps.multiply(2));
        assertTrue(HighPrecisionReference.inside(c, quotient), c + " vs " + quotient);
    }

    @Test
    void noCrossingNearAlphaZeroIsNotProved() {
        CriticalNumberProof p = CriticalNumberProofs.prove(V6, g, start, 0.0, "5,1", Krawczyk.DEFAULT_SETTINGS);
        assertFalse(p.proved());
        assertFalse(p.alpha().isBounded() && p.alpha().width() < 1e-3 && p.existence().proved()
                && p.alpha().contains(0.0));
    }
}
