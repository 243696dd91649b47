package org.landscape.group;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every group name of the issues parses to a group of the right order (closed forms) and degree. */
class GroupsTest {
    @ParameterizedTest
    @CsvSource({"S5,120,5", "A5,60,5", "Z6,6,6", "C6,6,6", "S4xZ2,48,6", "S4xS4,576,8", "S3xS2,12,5",
            "DeltaS5,120,10", "'Young(3,2)',12,5", "Delta(S4xS1),24,10", "Delta(S3xS3),36,12", "B3,48,6",
            "B4xS4,9216,12", "A4xZ3,36,7", "S1,1,1", "Z1,1,1"})
    void ordersAndDegrees(String name, long order, int degree) {
        PermutationGroup g = Groups.parse(name);
        assertEquals(BigInteger.valueOf(order), g.order());
        assertEquals(degree, g.degree());
        // the enumeration agrees with the closed form / Schreier-Sims
        assertEquals(order, g.elements().size());
    }

    /** Regression: a trailing or doubled product sign was silently dropped ("S9x" parsed as S9). */
    @org.junit.jupiter.api.Test
    void malformedProductNamesAreRefused() {
        for (String bad : new String[]{"S9x", "xS3", "S3xxS2", "S3x"}) {
            org.junit.jupiter.api.Assertions.assertThrows(org.landscape.base.InvalidInputException.class,
                    () -> Groups.parse(bad), bad);
        }
    }
}
