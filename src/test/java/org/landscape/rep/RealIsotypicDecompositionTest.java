package org.landscape.rep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscape.group.Groups;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattices;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The character-free real isotypic decomposition, against the character-table one and a hand count for C4. */
class RealIsotypicDecompositionTest {

    @ParameterizedTest
    @ValueSource(strings = {"DeltaS4", "S3xS2", "Delta(S3xS2)", "S4"})
    void agreesWithTheCharacterTableDecomposition(String name) {
        WeightMatrixAction act = WeightMatrixAction.mkk(Groups.parse(name));
        IsotypicDecomposition exact = IsotypicDecomposition.of(act);
        RealIsotypicDecomposition real = RealIsotypicDecomposition.of(act);
        List<String> a = new ArrayList<>();
        for (IsotypicDecomposition.Component c : exact.components()) {
            a.add(c.dimension() + "/" + c.multiplicity() * c.multiplicity());
        }
        List<String> b = new ArrayList<>();
        for (RealIsotypicDecomposition.Component c : real.components()) {
            b.add(c.dimension() + "/" + c.characterNorm());
        }
        a.sort(null);
        b.sort(null);
        assertEquals(a, b);
        checkBlocks(act, real);
    }

    /**
     * Z4 acting diagonally on M(4,4) permutes the 16 entries in 4 regular orbits: M = 4 x (regular rep) =
     * 4 triv + 4 sign + 4 W, W the 2-dim rotation representation (complex type): components of dimension 4, 4, 8 with
     * character norms 16, 16, 2 * 16.
     */
    @Test
    void cyclicGroupOfOrderFour() {
        WeightMatrixAction act = WeightMatrixAction.of(Groups.parse("Z4"), 4, 4);
        RealIsotypicDecomposition real = RealIsotypicDecomposition.of(act);
        assertEquals(3, real.components().size());
        assertTrue(real.components().get(0).isTrivial());
        assertEquals(4, real.components().get(0).dimension());
        assertEquals(FixedPointSubspace.of(act).dimension(), real.components().get(0).dimension());
        List<String> dims = new ArrayList<>();
        for (RealIsotypicDecomposition.Component c : real.components()) {
            dims.add(c.dimension() + "/" + c.characterNorm());
        }
        dims.sort(null);
        assertEquals(List.of("4/16", "4/16", "8/32"), dims);
        // named after the real irreducibles of Z4 (W1 trivial, W2 sign, W3 rotation): 4 copies of each
        List<String> ids = new ArrayList<>();
        for (RealIsotypicDecomposition.Identification id : real.identify(RealIrreducibles.of(act.group()))) {
            ids.add(id.irrep() + "x" + id.multiplicity());
        }
        ids.sort(null);
        assertEquals(List.of("W1x4", "W2x4", "W3x4"), ids);
        checkBlocks(act, real);
    }

    /** Every subgroup class of Delta S4 on M(4,4): trivial component = Fix(H), components block-diagonalise. */
    @Test
    void everySubgroupClassOfDeltaS4() {
        PermutationGroup g = Groups.parse("DeltaS4");
        for (SubgroupClass c : SubgroupLattices.of(g).classes()) {
            PermutationGroup h = PermutationGroup.generatedBy("H" + c.index(), g.degree(),
                    c.generators().isEmpty() ? List.of(Permutation.identity(g.degree())) : c.generators());
            WeightMatrixAction act = WeightMatrixAction.mkk(g).restrictedTo(h);
            RealIsotypicDecomposition real = RealIsotypicDecomposition.of(act);
            int trivial = real.components().get(0).isTrivial() ? real.components().get(0).dimension() : 0;
            assertEquals(FixedPointSubspace.of(act).dimension(), trivial, "class " + c.index());
            assertEquals(16, real.symmetryAdaptedBasis().length);
            checkBlocks(act, real);
        }
    }

    static void checkBlocks(WeightMatrixAction act, RealIsotypicDecomposition real) {
        double[][] a = IsotypicDecompositionTest.randomEquivariant(act, 3);
        double[][] q = real.symmetryAdaptedBasis();
        int n = act.dimension();
        assertEquals(n, q.length);
        int[] comp = new int[n];
        int row = 0;
        for (int c = 0; c < real.components().size(); c++) {
            for (int r = 0; r < real.components().get(c).dimension(); r++) {
                comp[row++] = c;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? 1.0 : 0.0, IsotypicDecompositionTest.dot(q[i], q[j]), 1e-9);
                if (comp[i] != comp[j]) {
                    assertEquals(0.0, IsotypicDecompositionTest.dot(q[i], IsotypicDecompositionTest.mul(a, q[j])), 1e-9);
                }
            }
        }
    }
}
