package org.landscape.rep;

import org.junit.jupiter.api.Test;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fix(H) and isotropy: a generic point of Fix(H) has isotropy exactly H when (H) is an orbit type. */
class FixedPointSubspaceTest {

    /** The identity matrix has isotropy Delta S_k in S_k x S_k (MATH.md §4). */
    @Test
    void isotropyOfTheGlobalMinimum() {
        PermutationGroup g = Groups.parse("S4xS4");
        WeightMatrixAction act = WeightMatrixAction.of(g, 4, 4);
        double[] id = new double[16];
        for (int i = 0; i < 4; i++) {
            id[i * 4 + i] = 1;
        }
        Isotropy iso = Isotropy.of(act, id, 1e-12);
        assertEquals(24, iso.elements().size());
        assertEquals("S4", iso.structure());
        // its class is the one of the diagonal: orbit lengths [4,4] (rows and columns moved together)
        SubgroupClass c = SubgroupLattices.of(g).get(iso.classIndex());
        assertEquals(24, c.order());
        assertEquals(java.util.List.of(4, 4), java.util.Arrays.stream(c.orbitLengths()).boxed().toList());
    }

    /** For every class H of S4 acting diagonally on M(4,4), a random point of Fix(H) has isotropy >= H. */
    @Test
    void randomPointsOfFixedPointSubspaces() {
        PermutationGroup g = Groups.symmetric(4);
        WeightMatrixAction act = WeightMatrixAction.mkk(g);
        SubgroupLattice lat = SubgroupLattices.of(g);
        SplittableRandom rnd = new SplittableRandom(11);
        for (SubgroupClass c : lat.classes()) {
            FixedPointSubspace fix = FixedPointSubspace.of(act, c.generators());
            double[] w = new double[16];
            for (double[] b : fix.basis()) {
                double x = rnd.nextDouble() - 0.5;
                for (int a = 0; a < 16; a++) {
                    w[a] += x * b[a];
                }
            }
            Isotropy iso = Isotropy.of(act, w, 1e-12);
            assertTrue(lat.isSubconjugate(c.index(), iso.classIndex()), "class " + c.index());
            // every basis vector is fixed by every generator
            for (double[] b : fix.basis()) {
                assertTrue(Isotropy.of(act, b, 1e-12).elements().size() >= c.order());
            }
        }
    }

    /**
     * alpha = -1 symmetry (MATH.md §4): B_k = Z2^k : S_k on the rows times S_k on the columns. |B_k| = 2^k k!;
     * every coordinate can be negated, so Fix is 0; the sign-free subgroup Delta S_k still fixes I and J.
     */
    @Test
    void signedRowSymmetry() {
        assertEquals(48, Groups.hyperoctahedral(3).elements().size());
        assertEquals(384, Groups.parse("B4").elements().size());
        PermutationGroup g = Groups.parse("B3xS3");
        WeightMatrixAction act = WeightMatrixAction.of(g, 3, 3);
        assertEquals(WeightMatrixAction.Mode.SIGNED_ROWS_AND_COLUMNS, act.mode());
        assertEquals(0, FixedPointSubspace.of(act).dimension());
        // (pi on rows, pi on columns) without sign changes: generators (1,2)(4,5)(7,8) and (1,2,3)(4,5,6)(7,8,9)
        PermutationGroup delta = PermutationGroup.generatedBy("DeltaS3", 9, java.util.List.of(
                org.landscape.group.Permutation.parseCycles("(1,2)(4,5)(7,8)", 9),
                org.landscape.group.Permutation.parseCycles("(1,2,3)(4,5,6)(7,8,9)", 9)));
        assertEquals(2, FixedPointSubspace.of(act.restrictedTo(delta)).dimension());
        // flipping row 1 is a symmetry of W = 0 only in that row: isotropy of I inside B3 x S3 is Delta S3 (order 6)
        double[] id = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        assertEquals(6, Isotropy.of(act, id, 1e-12).elements().size());
    }
}
