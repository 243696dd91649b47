package org.landscape.group;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Schreier-Sims orders and membership against closed forms, enumeration and the Mathieu groups. */
class StabilizerChainTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 8, 12, 16})
    void symmetricAndAlternatingOrders(int k) {
        PermutationGroup s = PermutationGroup.generatedBy("S" + k, k, Groups.symmetric(k).generators());
        assertEquals(CharacterTables.factorial(k), s.order());
        if (k >= 3) {
            assertEquals(CharacterTables.factorial(k).shiftRight(1), Groups.alternating(k).order());
            assertTrue(Groups.alternating(k).contains(Permutation.parseCycles("(1,2,3)", k)));
            assertFalse(Groups.alternating(k).contains(Permutation.parseCycles("(1,2)", k)));
        }
    }

    @Test
    void productsCyclicAndHyperoctahedral() {
        assertEquals(BigInteger.valueOf(40320L * 40320L),
                PermutationGroup.generatedBy("S8xS8", 16, Groups.parse("S8xS8").generators()).order());
        assertEquals(BigInteger.valueOf(256L * 40320L), Groups.hyperoctahedral(8).order());
        assertEquals(BigInteger.valueOf(12), Groups.cyclic(12).order());
        assertEquals(BigInteger.ONE, PermutationGroup.generatedBy("1", 5, List.of()).order());
    }

    /** Mathieu groups with GAP's generators: |M11| = 7920, |M12| = 95040 (ATLAS). */
    @Test
    void mathieuGroups() {
        Permutation a = Permutation.parseCycles("(1,2,3,4,5,6,7,8,9,10,11)", 12);
        Permutation b = Permutation.parseCycles("(3,7,11,8)(4,10,5,6)", 12);
        Permutation c = Permutation.parseCycles("(1,12)(2,11)(3,6)(4,8)(5,9)(7,10)", 12);
        assertEquals(BigInteger.valueOf(7920), PermutationGroup.generatedBy("M11", 12, List.of(a, b)).order());
        PermutationGroup m12 = PermutationGroup.generatedBy("M12", 12, List.of(a, b, c));
        assertEquals(BigInteger.valueOf(95040), m12.order());
        assertFalse(m12.contains(Permutation.parseCycles("(1,2)", 12)));
        assertTrue(m12.contains(a.multiply(c).multiply(b)));
    }

    /** Membership by sifting agrees with the element table on every permutation of 5 points. */
    @Test
    void membershipAgreesWithEnumeration() {
        for (String name : new String[] {"A5", "Z5", "S3xS2", "Young(2,2,1)"}) {
            PermutationGroup g = PermutationGroup.generatedBy(name, 5, Groups.parse(name).generators());
            ElementTable all = Groups.symmetric(5).elements();
            long count = 0;
            for (int x = 0; x < all.size(); x++) {
                Permutation p = all.permutation(x);
                boolean in = g.contains(p);
                assertEquals(g.elements().indexOf(p) >= 0, in, name + " " + p);
                count += in ? 1 : 0;
            }
            assertEquals(g.order().longValueExact(), count);
        }
    }
}
