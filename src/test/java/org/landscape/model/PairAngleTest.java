package org.landscape.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The public angle against closed forms: \( w = r(1, 0, 0) \), \( v = \rho(\cos t, \sin t, 0) \) has angle t. */
class PairAngleTest {

    @Test
    void angleOfARotatedPairIsTheRotation() {
        for (double t : new double[] {1e-12, 1e-7, 0.3, Math.PI / 2, 2.5, Math.PI - 1e-7}) {
            double[] w = {2.5, 0, 0};
            double[] v = {0.75 * Math.cos(t), 0.75 * Math.sin(t), 0};
            assertEquals(t, PairAngle.theta(w, v), 4 * Math.ulp(t), "t = " + t);
            assertEquals(Math.sin(t), PairAngle.sinTheta(w, v), 1e-15 * Math.max(Math.sin(t), 1e-300) + 1e-22,
                    "sin t, t = " + t);
        }
    }

    @Test
    void parallelAndAntiparallelPairs() {
        double[] w = {1, -2, 3};
        assertEquals(0, PairAngle.theta(w, new double[] {2, -4, 6}), 0);
        assertEquals(Math.PI, PairAngle.theta(w, new double[] {-0.5, 1, -1.5}), 0);
        assertEquals(0, PairAngle.sinTheta(w, new double[] {-0.5, 1, -1.5}), 0);
        // nearly antiparallel: phi = pi - theta = 1e-9 keeps its relative accuracy in sin
        double phi = 1e-9;
        double[] v = {-Math.cos(phi), Math.sin(phi)};
        assertEquals(Math.sin(phi), PairAngle.sinTheta(new double[] {1, 0}, v), 1e-15 * phi);
    }

    @Test
    void lengthsMustAgree() {
        assertThrows(org.landscape.base.InvalidInputException.class,
                () -> PairAngle.theta(new double[] {1, 0}, new double[] {1, 0, 0}));
    }
}
