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
 * (files written by src/test/gap/structure-names.g), compared as sorted lists. GAP's order of non-abelian direct
 * factors varies between runs ("S3 x S4" or "S4 x S3"), so top-level direct factors are compared as sets.
 */
class StructureNamesTest {
    static String normal(String name) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (depth == 0 && name.startsWith(" x ", i)) {
                parts.add(name.substring(start, i));
                start = i + 3;
            }
        }
        parts.add(name.substring(start));
        parts.sort(null);
        return String.join(" x ", parts);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7})
    void namesAgreeWithGap(int n) throws IOException {
        List<String> gap = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/gap/structure-S" + n + ".txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    gap.add(normal(line.strip()));
                }
            }
        }
        List<String> ours = new ArrayList<>();
        for (SubgroupClass c : SubgroupLattices.of(Groups.symmetric(n)).classes()) {
            ours.add(normal(c.structure()));
        }
        gap.sort(null);
        ours.sort(null);
        assertEquals(gap, ours);
    }
}
