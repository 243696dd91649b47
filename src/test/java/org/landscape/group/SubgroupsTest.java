package org.landscape.group;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stabilisers, centralisers, normalisers and conjugacy against closed forms. */
class SubgroupsTest {
    @Test
    void closedForms() {
        PermutationGroup s6 = Groups.symmetric(6);
        assertEquals(120, Subgroups.stabilizer(s6, 0).order().intValue());
        // |C(g)| = z_lambda: (1,2,3)(4,5) -> 3*2 = 6
        Permutation g = Permutation.parseCycles("(1,2,3)(4,5)", 6);
        assertEquals(Partition.of(3, 2, 1).centralizerOrder().intValue(),
                Subgroups.centralizer(s6, g).order().intValue());
        // N_{S6}(<(1,2,3)>) = S3 x S3 ... no: N(C3) = (C3 : C2) x S3, order 6 * 6 = 36
        assertEquals(36, Subgroups.normalizer(s6, List.of(Permutation.parseCycles("(1,2,3)", 6))).order().intValue());
        // elements are conjugate iff same cycle type
        Permutation h = Permutation.parseCycles("(2,6)(1,4,5)", 6);
        Permutation x = Subgroups.conjugator(s6, g, h).orElseThrow();
        assertEquals(h, x.inverse().multiply(g).multiply(x));
        assertTrue(Subgroups.conjugator(s6, g, Permutation.parseCycles("(1,2,3)", 6)).isEmpty());
        // <(1,2)> and <(3,4)> conjugate; <(1,2)> and <(1,2)(3,4)> not
        assertTrue(Subgroups.areConjugate(s6, List.of(Permutation.parseCycles("(1,2)", 6)),
                List.of(Permutation.parseCycles("(3,4)", 6))));
        assertFalse(Subgroups.areConjugate(s6, List.of(Permutation.parseCycles("(1,2)", 6)),
                List.of(Permutation.parseCycles("(1,2)(3,4)", 6))));
        assertEquals(60, Subgroups.order(Groups.symmetric(5), Groups.alternating(5).generators()));
    }

    @Test
    void permutationBasics() {
        Permutation p = Permutation.parseCycles("(1,2,3)(4,5)", 5);
        assertEquals("(1,2,3)(4,5)", p.toString());
        assertEquals(6, p.order());
        assertEquals(-1, p.sign());
        assertEquals(Permutation.identity(5), p.multiply(p.inverse()));
        // right action: x^(pq) = (x^p)^q
        Permutation q = Permutation.parseCycles("(1,4)", 5);
        assertEquals(q.image(p.image(0)), p.multiply(q).image(0));
    }
}
