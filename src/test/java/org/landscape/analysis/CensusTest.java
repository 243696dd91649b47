package org.landscape.analysis;

import org.junit.jupiter.api.Test;
import org.landscape.base.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Census at small sizes: the global minimum (loss 0, isotropy Delta S_k) is found and counted; shards merge. */
class CensusTest {

    @Test
    void findsAndCountsTheGlobalMinimum() {
        CensusSettings s = CensusSettings.of(3, 3, 3, 0.3, 24, 7, 0, 1);
        CensusResult r = Census.run(s, done -> { }, () -> false);
        assertEquals(24, r.starts());
        CensusPoint best = r.points().get(0);
        assertEquals(0, best.loss(), 1e-12, "L(V) = 0: the teacher itself, up to S_3 x S_3");
        assertTrue(best.isMinimum());
        assertEquals("6", best.isotropyOrder(), "isotropy of I_3 is Delta S_3");
        long total = 0;
        for (CensusPoint p : r.points()) {
            total += p.count();
            assertTrue(p.gradientNorm() < 1e-9);
        }
        long failed = r.failures().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(24, total + failed);
        // the representative of the minimum is a permutation matrix, sorted to I
        double[][] w = best.w();
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(i == c ? 1 : 0, w[i][c], 1e-8);
            }
        }
    }

    @Test
    void shardsMergeToTheWholeRun() {
        CensusSettings whole = CensusSettings.of(4, 4, 4, 0.0, 12, 3, 0, 1);
        CensusResult all = Census.run(whole, done -> { }, () -> false);
        List<CensusResult> parts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            parts.add(Census.run(CensusSettings.of(4, 4, 4, 0.0, 12, 3, i, 3), done -> { }, () -> false));
        }
        CensusResult merged = CensusResult.merge(parts);
        assertEquals(all.starts(), merged.starts());
        assertEquals(all.points().size(), merged.points().size());
        for (int j = 0; j < all.points().size(); j++) {
            assertEquals(all.points().get(j).count(), merged.points().get(j).count());
            assertEquals(all.points().get(j).loss(), merged.points().get(j).loss(), 1e-10);
        }
    }

    @Test
    void cancelledRunIsMarkedInterrupted() {
        CensusResult r = Census.run(CensusSettings.of(3, 3, 3, 0.1, 10, 1, 0, 1), done -> { }, () -> true);
        assertTrue(r.interrupted());
        assertEquals(0, r.starts());
    }

    @Test
    void canonicalFormIsInvariantUnderTheGroup() {
        double[][] w = {{0.9, 0.1, -0.3}, {0.2, 1.1, 0.05}, {-0.4, 0.3, 0.7}};
        double[][] moved = {w[2].clone(), w[0].clone(), w[1].clone()};
        for (double[] row : moved) { // swap columns 0 and 2
            double t = row[0];
            row[0] = row[2];
            row[2] = t;
        }
        assertTrue(java.util.Arrays.deepEquals(CensusMerging.canonical(w, 3), CensusMerging.canonical(moved, 3)));
        assertThrows(InvalidInputException.class, () -> CensusSettings.of(3, 4, 3, 0.1, 10, 1, 0, 1));
        assertThrows(InvalidInputException.class, () -> CensusSettings.of(3, 3, 3, 0.1, 10, 1, 2, 2));
    }
}
