package org.landscape.degree;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.ElementTable;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Burnside ring products and basic degrees checked against ring identities and hand computations. */
class BurnsideRingTest {

    static BurnsideRing ring(String name) {
        return new BurnsideRing(SubgroupLattices.of(Groups.parse(name)));
    }

    /** deg_V * deg_V = (G) for every irreducible (MATH.md §5), by marks and by the recurrence. */
    @ParameterizedTest
    @ValueSource(strings = {"S3", "S4", "S5", "S6", "S4xZ2", "S3xS2", "DeltaS4"})
    void basicDegreesSquareToTheUnit(String name) {
        BurnsideRing a = ring(name);
        CharacterTable t = CharacterTables.of(a.lattice().group());
        for (BasicDegree d : BasicDegrees.all(a, t)) {
            assertEquals(a.unit(), d.degree().multiply(d.degree()), d.irrep());
            assertEquals(a.unit(), a.multiplyByRecurrence(d.degree(), d.degree()), d.irrep());
            // the coefficient of (G) is (-1)^{dim V^G}
            long top = d.degree().coefficient(a.rank() - 1);
            assertEquals(d.fixedDimensions()[a.rank() - 1] % 2 == 0 ? 1 : -1, top);
            // non-zero coefficients sit on orbit types of V (or on (G), the isotropy of 0)
            for (int l : d.degree().support()) {
                assertTrue(l == a.rank() - 1 || d.orbitTypes().contains(l), d.irrep() + " class " + l);
            }
            // dim V^1 = dim V
            assertEquals(d.dimension(), d.fixedDimensions()[0]);
        }
    }

    @Test
    void trivialRepresentationAndEmptyMorseIndex() {
        BurnsideRing a = ring("S5");
        CharacterTable t = CharacterTables.of(a.lattice().group());
        List<BasicDegree> all = BasicDegrees.all(a, t);
        // trivial V: dim V^L = 1 for all L, so phi = -1 everywhere: deg = -(G)
        assertEquals(a.unit().negate(), all.get(0).degree());
        assertEquals(a.unit(), EquivariantDegrees.atCriticalPoint(a, all, new long[t.size()]));
        // the trivial representation has the single orbit type (G)
        assertEquals(List.of(a.rank() - 1), all.get(0).orbitTypes());
    }

    /** Multiplicativity: deg_{V + W} (from dim (V+W)^L = dim V^L + dim W^L) = deg_V deg_W. */
    @ParameterizedTest
    @ValueSource(strings = {"S4", "S5", "S4xZ2"})
    void degreeIsMultiplicativeOnDirectSums(String name) {
        BurnsideRing a = ring(name);
        CharacterTable t = CharacterTables.of(a.lattice().group());
        List<BasicDegree> all = BasicDegrees.all(a, t);
        for (BasicDegree v : all) {
            for (BasicDegree w : all) {
                long[] sum = new long[a.rank()];
                for (int l = 0; l < sum.length; l++) {
                    sum[l] = v.fixedDimensions()[l] + w.fixedDimensions()[l];
                }
                assertEquals(v.degree().multiply(w.degree()), BasicDegrees.degreeFromFixedDimensions(a, sum));
            }
        }
    }

    /**
     * S3 on its 2-dimensional irreducible [2,1], by hand: dim V^L = 2, 1, 0, 0 on 1, C2, C3, S3 and |W| = 6, 1, 2, 1,
     * n(1,C2) = 3, so n_S3 = 1, n_C3 = 0, n_C2 = (-1 - 1)/1 = -2, n_1 = (1 - 1 - 0 + 2*3)/6 = 1.
     * Z2 on its sign representation: (Z2) - (1) (Balanov-Krawcewicz-Steinlein 2006).
     */
    @Test
    void handComputedDegrees() {
        BurnsideRing a = ring("S3");
        CharacterTable t = CharacterTables.of(a.lattice().group());
        BasicDegree d = BasicDegrees.of(a, t, t.irrepIndex("2,1"));
        assertEquals("(S3) - 2(C2) + (1)", d.degree().toString());
        assertEquals(List.of(1), d.maximalOrbitTypes());
        BurnsideRing z = ring("Z2");
        BasicDegree s = BasicDegrees.of(z, CharacterTables.of(z.lattice().group()), 1);
        assertEquals("(C2) - (1)", s.degree().toString());
    }

    /** Marks product = recurrence product = the double-coset formula (H)(K) = sum over HgK of (H meet K^g). */
    @ParameterizedTest
    @ValueSource(strings = {"S4", "S4xZ2", "S3xS2", "A5"})
    void productsAgreeWithDoubleCosets(String name) {
        BurnsideRing a = ring(name);
        SubgroupLattice lat = a.lattice();
        ElementTable e = lat.group().elements();
        int r = a.rank();
        for (int h = 0; h < r; h++) {
            for (int k = 0; k < r; k++) {
                BurnsideElement byMarks = a.basis(h).multiply(a.basis(k));
                assertEquals(byMarks, a.multiplyByRecurrence(a.basis(h), a.basis(k)));
                assertEquals(byMarks, doubleCosetProduct(a, e, h, k), h + "*" + k);
            }
        }
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            long[] x = new long[r];
            long[] y = new long[r];
            for (int i = 0; i < r; i++) {
                x[i] = rnd.nextInt(-3, 4);
                y[i] = rnd.nextInt(-3, 4);
            }
            BurnsideElement ex = a.element(x);
            BurnsideElement ey = a.element(y);
            assertEquals(ex.multiply(ey), a.multiplyByRecurrence(ex, ey));
            assertEquals(ex.multiply(ey), ey.multiply(ex));
        }
    }

    static BurnsideElement doubleCosetProduct(BurnsideRing a, ElementTable e, int h, int k) {
        SubgroupLattice lat = a.lattice();
        int[] hs = lat.get(h).elementIndices();
        int[] ks = lat.get(k).elementIndices();
        boolean[] done = new boolean[e.size()];
        boolean[] inK = new boolean[e.size()];
        long[] c = new long[a.rank()];
        for (int g = 0; g < e.size(); g++) {
            if (done[g]) {
                continue;
            }
            for (int x : hs) {
                for (int y : ks) {
                    done[e.mul(e.mul(x, g), y)] = true;
                }
            }
            // H meet g K g^-1: the stabiliser in H of the coset gK
            Arrays.fill(inK, false);
            int gi = e.inv(g);
            for (int y : ks) {
                inK[e.conj(y, gi)] = true;
            }
            List<Integer> meet = new ArrayList<>();
            for (int x : hs) {
                if (inK[x]) {
                    meet.add(x);
                }
            }
            c[lat.classOf(meet.stream().mapToInt(Integer::intValue).toArray())]++;
        }
        return a.element(c);
    }

    @Test
    void omegaOfACrossing() {
        BurnsideRing a = ring("S4");
        CharacterTable t = CharacterTables.of(a.lattice().group());
        List<BasicDegree> all = BasicDegrees.all(a, t);
        long[] before = new long[t.size()];
        long[] cross = new long[t.size()];
        cross[t.irrepIndex("3,1")] = 1;
        EquivariantDegrees.BifurcationInvariant w = EquivariantDegrees.crossing(a, all, before, cross);
        // from deg = (G) to deg_V: omega = (G) - deg_V
        assertEquals(a.unit().subtract(all.get(t.irrepIndex("3,1")).degree()), w.omega());
        // the standard representation of S4 has maximal orbit types S3 = S3 x S1 (points (a,a,a,b)) and
        // S2 x S2 (points (a,a,b,b)); both carry non-zero coefficients, so both are predicted
        BasicDegree std = all.get(t.irrepIndex("3,1"));
        assertEquals(std.maximalOrbitTypes(), w.maximalOrbitTypes());
        assertEquals(w.maximalOrbitTypes(), w.predicted());
        List<String> shapes = new ArrayList<>();
        for (int h : w.predicted()) {
            shapes.add(a.lattice().get(h).order() + ":" + Arrays.toString(a.lattice().get(h).orbitLengths()));
        }
        assertEquals(List.of("4:[2, 2]", "6:[3, 1]"), shapes);
        // a crossing of two copies changes nothing: deg_V^2 = (G)
        cross[t.irrepIndex("3,1")] = 2;
        assertTrue(EquivariantDegrees.crossing(a, all, before, cross).omega().isZero());
        PermutationGroup g = a.lattice().group();
        assertEquals(24, g.order().intValue());
    }
}
