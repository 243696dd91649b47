package org.landscape.rep;

import org.landscape.solve.Jacobi;
import org.junit.jupiter.api.Test;
import org.landscape.group.Groups;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattices;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unified symmetry-adapted basis: orthonormal, block structure of equivariant matrices (components and their
 * multiplicity groups), and isotypic Morse indices summing to the full negative count, for every subgroup class of
 * Delta S4 on M(4,4) (most have no product structure) and for groups with complex-type irreducibles.
 */
class SymmetryAdaptedBasesTest {

    static void check(WeightMatrixAction act, long seed) {
        SymmetryAdaptedBasis sab = SymmetryAdaptedBases.of(act);
        int n = act.dimension();
        double[][] q = sab.basis();
        assertEquals(n, q.length);
        int[] comp = new int[n];
        int[] group = new int[n];
        int row = 0;
        for (int c = 0; c < sab.components().size(); c++) {
            SymmetryAdaptedBasis.Component k = sab.components().get(c);
            int size = (int) (k.multiplicity() * k.endomorphismDimension());
            assertEquals(k.multiplicity() * k.irrepDimension(), k.dimension());
            for (int r = 0; r < k.dimension(); r++) {
                comp[row] = c;
                group[row] = r / size;
                row++;
            }
        }
        double[][] a = IsotypicDecompositionTest.randomEquivariant(act, seed);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? 1.0 : 0.0, IsotypicDecompositionTest.dot(q[i], q[j]), 1e-9);
                if (comp[i] != comp[j] || group[i] != group[j]) {
                    assertEquals(0.0, IsotypicDecompositionTest.dot(q[i], IsotypicDecompositionTest.mul(a, q[j])),
                            1e-9, "off-block " + i + "," + j);
                }
            }
        }
        long[] m = sab.morseIndices(a, 1e-10);
        long total = 0;
        for (int c = 0; c < m.length; c++) {
            total += m[c] * sab.components().get(c).irrepDimension();
            assertTrue(m[c] <= sab.components().get(c).multiplicity());
        }
        double[] ev = new double[n];
        Jacobi.decompose(a, ev);
        assertEquals(Arrays.stream(ev).filter(x -> x < -1e-10).count(), total);
    }

    @Test
    void everySubgroupClassOfDeltaS4() {
        PermutationGroup g = Groups.parse("DeltaS4");
        for (SubgroupClass c : SubgroupLattices.of(g).classes()) {
            PermutationGroup h = PermutationGroup.generatedBy("H" + c.index(), g.degree(),
                    c.generators().isEmpty() ? List.of(Permutation.identity(g.degree())) : c.generators());
            check(WeightMatrixAction.mkk(g).restrictedTo(h), c.index());
        }
    }

    @Test
    void complexTypeAndStructuredGroups() {
        check(WeightMatrixAction.of(Groups.parse("Z4"), 4, 4), 1);
        check(WeightMatrixAction.of(Groups.parse("Z6"), 6, 3), 2);
        check(WeightMatrixAction.of(Groups.parse("A5"), 5, 5), 3);
        check(WeightMatrixAction.mkk(Groups.parse("DeltaS5")), 4);
        check(WeightMatrixAction.of(Groups.parse("S3xS3"), 3, 3), 5);
        SymmetryAdaptedBasis z4 = SymmetryAdaptedBases.of(WeightMatrixAction.of(Groups.parse("Z4"), 4, 4));
        assertTrue(z4.components().stream().anyMatch(c -> c.endomorphismDimension() == 2));
    }
}
