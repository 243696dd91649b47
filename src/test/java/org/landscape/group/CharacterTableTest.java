package org.landscape.group;

import org.landscape.base.InvalidInputException;
import org.landscape.base.UnsupportedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Character tables checked by the orthogonality relations, the hook length formula and known small tables. */
class CharacterTableTest {

    @ParameterizedTest
    @CsvSource({"1,1,1", "2,2,2", "3,6,3", "4,24,5", "5,120,7", "6,720,11", "7,5040,15", "8,40320,22", "10,3628800,42"})
    void symmetricGroupOrdersAndClassCounts(int n, long order, int partitions) {
        PermutationGroup s = Groups.symmetric(n);
        assertEquals(BigInteger.valueOf(order), s.order());
        CharacterTable t = CharacterTables.of(s);
        assertEquals(partitions, t.size());
        checkOrthogonality(t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S4xZ2", "S3xS2", "S4xS4", "DeltaS5", "Delta(S4xS1)", "Delta(S3xS3)", "Young(3,2,1)", "S2xS2xS2"})
    void productTablesAreOrthogonalAndClassesMatchElements(String name) {
        PermutationGroup g = Groups.parse(name);
        CharacterTable t = CharacterTables.of(g);
        checkOrthogonality(t);
        // class sizes against a count over the enumerated elements
        long[] count = new long[t.size()];
        for (int c : t.classOfElements()) {
            count[c]++;
        }
        for (int j = 0; j < t.size(); j++) {
            assertEquals(t.classSize(j).longValueExact(), count[j], "class " + t.classLabel(j));
        }
        assertEquals(g.order().longValueExact(), g.elements().size());
    }

    /** S4 (rows [4],[3,1],[2,2],[2,1,1],[1^4]; columns 1^4, 2 1^2, 2^2, 3 1, 4), e.g. James-Liebeck Ch. 19. */
    @Test
    void s4Table() {
        CharacterTable t = CharacterTables.of(Groups.symmetric(4));
        long[][] expected = {
                {1, 1, 1, 1, 1},
                {3, 1, -1, 0, -1},
                {2, 0, 2, -1, 0},
                {3, -1, -1, 0, 1},
                {1, -1, 1, 1, -1}};
        String[] cls = {"1,1,1,1", "2,1,1", "2,2", "3,1", "4"};
        String[] irr = {"4", "3,1", "2,2", "2,1,1", "1,1,1,1"};
        for (int i = 0; i < 5; i++) {
            assertEquals(cls[i], t.classLabel(i));
            assertEquals(irr[i], t.irrepLabel(i));
            assertArrayEquals(expected[i], t.character(i));
        }
        assertArrayEquals(new long[] {1, 6, 3, 8, 6},
                java.util.stream.IntStream.range(0, 5).mapToLong(j -> t.classSize(j).longValueExact()).toArray());
    }

    /** Degrees by the hook length formula f = n!/prod(hooks), independent of Murnaghan-Nakayama. */
    @ParameterizedTest
    @ValueSource(ints = {3, 5, 7, 9})
    void degreesByHookLengths(int n) {
        CharacterTable t = CharacterTables.of(Groups.symmetric(n));
        for (int i = 0; i < t.size(); i++) {
            Partition l = t.irrepParameters(i).get(0);
            Partition c = l.conjugate();
            BigInteger hooks = BigInteger.ONE;
            for (int r = 0; r < l.length(); r++) {
                for (int col = 0; col < l.part(r); col++) {
                    hooks = hooks.multiply(BigInteger.valueOf(l.part(r) - col + c.part(col) - r - 1));
                }
            }
            assertEquals(CharacterTables.factorial(n).divide(hooks).longValueExact(), t.dimension(i), l.toString());
        }
    }

    @Test
    void signCharacterIsTheSignOfTheCycleType() {
        CharacterTable t = CharacterTables.of(Groups.symmetric(6));
        int sign = t.irrepIndex("1,1,1,1,1,1");
        for (int j = 0; j < t.size(); j++) {
            Partition mu = t.classParameters(j).get(0);
            assertEquals((6 - mu.length()) % 2 == 0 ? 1 : -1, t.value(sign, j));
        }
    }

    @Test
    void errors() {
        CharacterTable t = CharacterTables.of(Groups.symmetric(5));
        assertThrows(InvalidInputException.class, () -> t.irrepIndex("4,2"));
        assertThrows(UnsupportedException.class, () -> CharacterTables.of(Groups.parse("A5")));
        assertThrows(InvalidInputException.class, () -> Groups.parse("Q8"));
    }

    static void checkOrthogonality(CharacterTable t) {
        int r = t.size();
        BigInteger order = t.group().order();
        BigInteger sumSq = BigInteger.ZERO;
        BigInteger sumClass = BigInteger.ZERO;
        for (int i = 0; i < r; i++) {
            sumSq = sumSq.add(BigInteger.valueOf(t.dimension(i)).pow(2));
            sumClass = sumClass.add(t.classSize(i));
        }
        assertEquals(order, sumSq, "sum of squared degrees");
        assertEquals(order, sumClass, "sum of class sizes");
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < r; b++) {
                BigInteger row = BigInteger.ZERO;
                BigInteger col = BigInteger.ZERO;
                for (int j = 0; j < r; j++) {
                    row = row.add(t.classSize(j).multiply(BigInteger.valueOf(t.value(a, j) * t.value(b, j))));
                    col = col.add(BigInteger.valueOf(t.value(j, a) * t.value(j, b)));
                }
                assertEquals(a == b ? order : BigInteger.ZERO, row, "row orthogonality " + a + "," + b);
                assertEquals(a == b ? t.centralizerOrder(a) : BigInteger.ZERO, col, "column orthogonality " + a + "," + b);
            }
        }
        assertEquals(0, t.irrepIndex(t.irrepLabel(0)));
        for (int j = 0; j < r; j++) {
            assertEquals(1, t.value(0, j), "trivial character");
        }
    }
}
