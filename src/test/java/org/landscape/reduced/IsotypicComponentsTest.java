package org.landscape.reduced;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Isotypic components of M(k,d): the dimension count, also when the components are served from the shape cache. */
class IsotypicComponentsTest {

    /** \( \sum_{\text{components}} \text{copies} \times \dim = kd \), the dimension of M(k, d). */
    private static double dimension(List<IsotypicComponents.Component> cs) {
        double sum = 0;
        for (IsotypicComponents.Component c : cs) {
            sum += c.copies() * c.dimension();
        }
        return sum;
    }

    @Test
    void componentsFillTheWholeSpaceAndAreKeptPerShape() {
        int[][] types = {{19, 1}, {17, 3}, {14, 6}, {12, 5, 3}, {20}};
        for (int[] parts : types) {
            YoungShape first = YoungStructure.diagonal(parts).shape();
            YoungShape again = YoungStructure.diagonal(parts).shape();
            List<IsotypicComponents.Component> a = IsotypicComponents.of(first);
            List<IsotypicComponents.Component> b = IsotypicComponents.of(again);
            assertEquals(400, dimension(a), 1e-9, "kd at k = d = 20, " + java.util.Arrays.toString(parts));
            assertSame(a, b, "an equal shape built anew is served the kept components");
            assertThrows(UnsupportedOperationException.class, () -> b.remove(0));
        }
    }
}
