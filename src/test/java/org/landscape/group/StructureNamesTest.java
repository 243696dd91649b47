package org.landscape.group;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Structure names of all subgroup classes of S5, S6, S7 against GAP 4.12.1 {@code StructureDescription}
 * (files written by src/test/gap/structure-names.g), compared as sorted lists.
 */
class StructureNamesTest {
    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7})
    void namesAgreeWithGap(int n) throws IOException {
        List<String> gap = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/gap/structure-S" + n + ".txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    gap.add(line.strip());
                }
            }
        }
        List<String> ours = new ArrayList<>();
        for (SubgroupClass c : SubgroupLattices.of(Groups.symmetric(n)).classes()) {
            ours.add(c.structure());
        }
        gap.sort(null);
        ours.sort(null);
        assertEquals(gap, ours);
    }
}
