package org.landscape.rep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscape.degree.BasicDegree;
import org.landscape.degree.BasicDegrees;
import org.landscape.degree.BurnsideRing;
import org.landscape.group.CharacterTables;
import org.landscape.group.Groups;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real irreducibles from the regular representation, against known dimensions and Frobenius-Schur types. */
class RealIrreduciblesTest {

    static PermutationGroup q8() {
        return PermutationGroup.generatedBy("Q8", 8, List.of(Permutation.parseCycles("(1,2,3,4)(5,6,7,8)", 8),
                Permutation.parseCycles("(1,5,3,7)(2,8,4,6)", 8)));
    }

    /**
     * A5: real irreducibles of dimensions 1,3,3,4,5 (all of real type). Z6: 1,1 (real) and two 2-dim of complex
     * type. Z4: 1,1,2. Q8: four 1-dim and one 4-dim of quaternionic type (the 2-dim complex one doubled).
     */
    @ParameterizedTest
    @CsvSource({"A5,1 3 3 4 5,1 1 1 1 1", "Z6,1 1 2 2,1 1 2 2", "Z4,1 1 2,1 1 2", "Q8,1 1 1 1 4,1 1 1 1 4",
            "S4,1 1 2 3 3,1 1 1 1 1"})
    void dimensionsAndTypes(String name, String dims, String types) {
        PermutationGroup g = name.equals("Q8") ? q8() : Groups.parse(name);
        RealIrreducibles r = RealIrreducibles.of(g);
        List<String> d = new ArrayList<>();
        List<String> e = new ArrayList<>();
        long sum = 0;
        for (RealIrreducibles.Irreducible w : r.irreducibles()) {
            d.add(String.valueOf(w.dimension()));
            e.add(String.valueOf(w.endomorphismDimension()));
            sum += (long) w.dimension() * w.dimension() / w.endomorphismDimension();
        }
        assertEquals(dims, String.join(" ", d));
        assertEquals(types, String.join(" ", e));
        assertEquals(g.elements().size(), sum, "sum of dim^2 / e = |G|");
        assertEquals("W1", r.irreducibles().get(0).label());
        checkDegrees(g, r);
    }

    static void checkDegrees(PermutationGroup g, RealIrreducibles r) {
        SubgroupLattice lat = SubgroupLattices.of(g);
        BurnsideRing ring = new BurnsideRing(lat);
        long[][] fix = r.fixedDimensions(lat);
        for (int i = 0; i < fix.length; i++) {
            BasicDegree b = BasicDegrees.fromFixedDimensions(ring, r.irreducibles().get(i).label(),
                    r.irreducibles().get(i).dimension(), fix[i]);
            assertEquals(ring.unit(), b.degree().multiply(b.degree()), b.irrep());
        }
    }

    /** The generic path reproduces the Murnaghan-Nakayama basic degrees of S4 (as a multiset). */
    @Test
    void genericPathAgreesWithCharacterTableForS4() {
        PermutationGroup g = Groups.symmetric(4);
        SubgroupLattice lat = SubgroupLattices.of(g);
        BurnsideRing ring = new BurnsideRing(lat);
        List<String> a = new ArrayList<>();
        for (BasicDegree b : BasicDegrees.all(ring, CharacterTables.of(g))) {
            a.add(b.degree().toString());
        }
        RealIrreducibles r = RealIrreducibles.of(g);
        long[][] fix = r.fixedDimensions(lat);
        List<String> b = new ArrayList<>();
        for (int i = 0; i < fix.length; i++) {
            b.add(BasicDegrees.fromFixedDimensions(ring, "W", 0, fix[i]).degree().toString());
        }
        a.sort(null);
        b.sort(null);
        assertEquals(a, b);
    }
}
