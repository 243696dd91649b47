package org.landscape.group;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subgroup lattices against published counts: conjugacy classes of subgroups of S_n (OEIS A000638:
 * 1, 2, 4, 11, 19, 56, 96, 296) and all subgroups (OEIS A005432: 1, 2, 6, 30, 156, 1455, 11300, 151221).
 */
class SubgroupLatticeTest {

    @ParameterizedTest
    @CsvSource({"1,1,1", "2,2,2", "3,4,6", "4,11,30", "5,19,156", "6,56,1455", "7,96,11300"})
    void symmetricGroupClassCounts(int n, int classes, long subgroups) {
        SubgroupLattice lat = SubgroupLattices.of(Groups.symmetric(n));
        assertEquals(classes, lat.size());
        assertEquals(subgroups, lat.subgroupCount());
        checkMarks(lat);
    }

    /** S8: 296 classes, 151221 subgroups (about 5 s on 2 cores; kept in the default run). */
    @Test
    void s8ClassCount() {
        SubgroupLattice lat = SubgroupLattices.of(Groups.symmetric(8));
        assertEquals(296, lat.size());
        assertEquals(151221, lat.subgroupCount());
        checkMarks(lat);
    }

    /** Known small lattices: A4 has 5 classes, A5 9, A6 22, Z_m one per divisor, S3xS2 = D12 has 10 (16 subgroups). */
    @ParameterizedTest
    @CsvSource({"A4,5", "A5,9", "Z6,4", "Z4,3", "Z12,6", "S3xS2,10", "S2xS2,5", "A6,22"})
    void smallGroups(String name, int classes) {
        SubgroupLattice lat = SubgroupLattices.of(Groups.parse(name));
        assertEquals(classes, lat.size());
        checkMarks(lat);
    }

    /**
     * Dihedral groups D_2n (n-gon symmetries): tau(n) + sigma(n) subgroups; classes: one cyclic class per divisor d
     * of n, and dihedral classes of order 2d: one if n/d is odd, two if n/d is even.
     */
    @ParameterizedTest
    @CsvSource({"3", "4", "5", "6", "8", "9", "10", "12"})
    void dihedralGroups(int n) {
        int[] rot = new int[n];
        int[] ref = new int[n];
        for (int i = 0; i < n; i++) {
            rot[i] = (i + 1) % n;
            ref[i] = (n - i) % n;
        }
        PermutationGroup d = PermutationGroup.generatedBy("D" + 2 * n, n,
                java.util.List.of(Permutation.of(rot), Permutation.of(ref)));
        long tau = 0;
        long sigma = 0;
        long classes = 0;
        for (int q = 1; q <= n; q++) {
            if (n % q == 0) {
                tau++;
                sigma += q;
                classes += 1 + ((n / q) % 2 == 0 ? 2 : 1);
            }
        }
        SubgroupLattice lat = SubgroupLattices.of(d);
        assertEquals(2L * n, lat.top().order());
        assertEquals(tau + sigma, lat.subgroupCount());
        assertEquals(classes, lat.size());
        checkMarks(lat);
    }

    /** S5 x S5: 809 classes, 101921 subgroups (GAP 4.12.1 ConjugacyClassesSubgroups). About 10 s cold. */
    @Test
    @Tag("slow")
    void s5xs5AgainstGap() {
        SubgroupLattice lat = SubgroupLattices.of(Groups.parse("S5xS5"));
        assertEquals(809, lat.size());
        assertEquals(101921, lat.subgroupCount());
        checkMarks(lat);
    }

    /** Values from GAP 4.12.1 ConjugacyClassesSubgroups (src/test/gap/lattice-check.g; bench/compare-gap.sh). */
    @ParameterizedTest
    @CsvSource({"A5,9,59", "S4xZ2,33,98", "S4xS4,274,2976", "S5xS2,57,535", "S6xZ2,194,5825"})
    void productsAgainstGap(String name, int classes, long subgroups) {
        SubgroupLattice lat = SubgroupLattices.of(Groups.parse(name));
        assertEquals(classes, lat.size());
        assertEquals(subgroups, lat.subgroupCount());
        checkMarks(lat);
    }

    /**
     * The S4 table of marks as printed by GAP 4.12.1 {@code Display(TableOfMarks(SymmetricGroup(4)))}, whose class
     * order differs from ours: GAP class {@code GAP_OF[i]} (0-based) is our class i. The mapping is identified by
     * the independent invariants order and orbit lengths (C2 = <(1,2)> vs <(1,2)(3,4)>; V4 normal or not; C4).
     */
    @Test
    void s4TableOfMarksAgreesWithGap() {
        long[][] gap = {
                {24},
                {12, 4},
                {12, 0, 2},
                {8, 0, 0, 2},
                {6, 6, 0, 0, 6},
                {6, 2, 2, 0, 0, 2},
                {6, 2, 0, 0, 0, 0, 2},
                {4, 0, 2, 1, 0, 0, 0, 1},
                {3, 3, 1, 0, 3, 1, 1, 0, 1},
                {2, 2, 0, 2, 2, 0, 0, 0, 0, 2},
                {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}};
        int[] gapOf = {0, 2, 1, 3, 5, 6, 4, 7, 8, 9, 10};
        SubgroupLattice lat = SubgroupLattices.of(Groups.symmetric(4));
        assertEquals(List.of(2, 1, 1), Arrays.stream(lat.get(1).orbitLengths()).boxed().toList());
        assertEquals(List.of(4), Arrays.stream(lat.get(5).orbitLengths()).boxed().toList());
        assertEquals(2L, lat.get(5).cycleTypeCounts().get(Partition.of(4)), "C4 has two 4-cycles");
        TableOfMarks m = lat.tableOfMarks();
        for (int i = 0; i < 11; i++) {
            for (int j = 0; j < 11; j++) {
                long[] row = gap[gapOf[i]];
                long e = gapOf[j] < row.length ? row[gapOf[j]] : 0;
                assertEquals(e, m.mark(i, j), i + "," + j);
            }
        }
    }

    static void checkMarks(SubgroupLattice lat) {
        TableOfMarks m = lat.tableOfMarks();
        int r = lat.size();
        BigInteger order = lat.group().order();
        assertEquals(1, lat.get(0).order());
        assertEquals(order.longValueExact(), lat.top().order());
        for (int i = 0; i < r; i++) {
            SubgroupClass c = lat.get(i);
            // diagonal |W(H)|, first column |G:H| (cosets fixed by the trivial group), lower triangular
            assertEquals(c.weylOrder(), m.mark(i, i));
            assertEquals(order.longValueExact() / c.order(), m.mark(i, 0));
            assertEquals(1, m.mark(r - 1, i));
            for (int j = i + 1; j < r; j++) {
                assertEquals(0, m.mark(i, j));
            }
            assertTrue(c.weylOrder() > 0);
            assertEquals(order.longValueExact(), c.normalizerOrder() * c.conjugates());
            // marks divide: m(i,j) is divisible by ... orbit counting: sum over classes of the cycle counts = |H|
            long total = c.cycleTypeCounts().values().stream().mapToLong(Long::longValue).sum();
            assertEquals(c.order(), total);
        }
    }
}
