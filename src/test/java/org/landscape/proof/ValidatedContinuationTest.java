package org.landscape.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hipparchus.dfp.Dfp;
import org.junit.jupiter.api.Test;
import org.landscape.analysis.SubgroupActions;
import org.landscape.interval.HighPrecisionReference;
import org.landscape.model.Matrices;
import org.landscape.rep.WeightMatrixAction;

import java.io.File;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validated continuation of the Delta S6 family across its crossing: the interval [-0.70, -0.67] is covered by proved
 * tubes, exactly one of them a crossing in [5,1] with index 5 below and 0 above, whose critical number is enclosed
 * tightly; the proved indices agree with independent 50-digit Sylvester counts at points on both sides.
 */
class ValidatedContinuationTest {
    static final double[][] V6 = Matrices.identity(6);

    @Test
    void deltaS6FamilyAcrossItsCrossing() throws IOException {
        double[][] start = new ObjectMapper().readValue(new File("examples/liu-leaky-relu/deltaS6-start.json"),
                double[][].class);
        WeightMatrixAction g = SubgroupActions.onWeights("DeltaS6", 6, 6);
        FamilyProof p = ValidatedContinuation.run(V6, g, start, -0.67, -0.70, ValidatedContinuation.DEFAULT_SETTINGS);
        assertTrue(p.proved(), p.verdict().toString());
        assertEquals(-0.70, p.reached());
        List<FamilyProof.Segment> crossings = p.segments().stream()
                .filter(s -> s.kind() == FamilyProof.Kind.CROSSING).toList();
        assertEquals(1, crossings.size());
        FamilyProof.Segment c = crossings.get(0);
        assertEquals("5,1", c.component());
        assertEquals(5, c.indexLow());
        assertEquals(0, c.indexHigh());
        assertEquals(1, p.crossings().size());
        assertTrue(p.crossings().get(0).proved());
        assertTrue(c.alpha().contains(p.crossings().get(0).alpha()));
        // tubes are contiguous and cover the interval
        double lo = p.segments().stream().mapToDouble(s -> s.alpha().lo()).min().orElseThrow();
        double hi = p.segments().stream().mapToDouble(s -> s.alpha().hi()).max().orElseThrow();
        assertEquals(-0.70, lo);
        assertEquals(-0.67, hi);
        for (FamilyProof.Segment s : p.segments()) {
            if (s.kind() == FamilyProof.Kind.REGULAR) {
                assertEquals(s.alpha().hi() <= c.alpha().lo() ? 5 : 0, s.indexLow(), "tube " + s.alpha());
            }
        }
        // independent 50-digit indices on both sides
        for (double alpha : new double[]{-0.695, -0.675}) {
            HighPrecisionReference ref = new HighPrecisionReference(alpha);
            double[][] w = ValidatedContinuationTest.familyPoint(start, g, alpha);
            Dfp[][] star = ref.newton(w, V6);
            Dfp[] h = ref.evaluate(star, HighPrecisionReference.dfp(V6))[2];
            int index = HighPrecisionReference.eigenvaluesBelow(h, 36, HighPrecisionReference.FIELD.getZero());
            assertEquals(alpha < -0.6869 ? 5 : 0, index);
        }
    }

    static double[][] familyPoint(double[][] start, WeightMatrixAction g, double alpha) {
        ExactFixedSubspace f = ExactFixedSubspace.of(g, V6);
        LossMap m = new LossMap(V6, 6, java.util.Optional.of(f), org.landscape.interval.Interval.point(alpha));
        double[] flat = new double[36];
        for (int i = 0; i < 6; i++) {
            System.arraycopy(start[i], 0, flat, i * 6, 6);
        }
        double[] y = ValidatedContinuation.newton(m, m.coordinates(flat), alpha);
        double[] x = f.lift(y);
        double[][] w = new double[6][6];
        for (int a = 0; a < 36; a++) {
            w[a / 6][a % 6] = x[a];
        }
        return w;
    }
}
