package org.landscape.group;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our tables of marks equal GAP 4.12.1's {@code MatTom(TableOfMarks(G))} (files written by src/test/gap/marks.g)
 * up to a renumbering of the classes: a bijection pi with ours[pi(i)][pi(j)] = gap[i][j] for all i, j is found by
 * backtracking over candidates with the same diagonal, first column and sorted row and column.
 */
class TableOfMarksGapTest {

    static long[][] read(String name) throws IOException {
        try (InputStream in = TableOfMarksGapTest.class.getResourceAsStream("/gap/marks-" + name + ".txt")) {
            List<long[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    rows.add(Arrays.stream(line.trim().split("\\s+")).mapToLong(Long::parseLong).toArray());
                }
            }
            return rows.toArray(new long[0][]);
        }
    }

    static String signature(long[][] m, int i) {
        long[] row = m[i].clone();
        long[] col = new long[m.length];
        for (int j = 0; j < m.length; j++) {
            col[j] = m[j][i];
        }
        Arrays.sort(row);
        Arrays.sort(col);
        return m[i][i] + "/" + m[i][0] + "/" + Arrays.toString(row) + "/" + Arrays.toString(col);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S5", "S6", "S4xZ2", "A5"})
    void marksAgreeWithGapUpToRenumbering(String name) throws IOException {
        long[][] gap = read(name);
        TableOfMarks tom = SubgroupLattices.of(Groups.parse(name)).tableOfMarks();
        int r = tom.size();
        assertEquals(gap.length, r);
        long[][] ours = new long[r][];
        for (int i = 0; i < r; i++) {
            ours[i] = tom.row(i);
        }
        int[] pi = new int[r];
        Arrays.fill(pi, -1);
        assertTrue(match(gap, ours, 0, pi, new boolean[r]), "no renumbering maps our table onto GAP's");
    }

    private static boolean match(long[][] gap, long[][] ours, int i, int[] pi, boolean[] used) {
        int r = gap.length;
        if (i == r) {
            return true;
        }
        String sg = signature(gap, i);
        for (int c = 0; c < r; c++) {
            if (used[c] || !signature(ours, c).equals(sg)) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < i && ok; j++) {
                ok = ours[c][pi[j]] == gap[i][j] && ours[pi[j]][c] == gap[j][i];
            }
            if (!ok) {
                continue;
            }
            pi[i] = c;
            used[c] = true;
            if (match(gap, ours, i + 1, pi, used)) {
                return true;
            }
            used[c] = false;
            pi[i] = -1;
        }
        return false;
    }
}
