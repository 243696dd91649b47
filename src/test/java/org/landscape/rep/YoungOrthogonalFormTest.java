package org.landscape.rep;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.ElementTable;
import org.landscape.group.Groups;
import org.landscape.group.Partition;
import org.landscape.group.Permutation;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Young's orthogonal form against the Murnaghan-Nakayama table (two algorithms agreeing): traces equal the
 * characters on every class, matrices are orthogonal and multiply like the group.
 */
class YoungOrthogonalFormTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void tracesAreTheCharactersAndTheMapIsAHomomorphism(int n) {
        CharacterTable t = CharacterTables.of(Groups.symmetric(n));
        ElementTable e = Groups.symmetric(n).elements();
        SplittableRandom rnd = new SplittableRandom(n);
        for (int i = 0; i < t.size(); i++) {
            Partition lambda = t.irrepParameters(i).get(0);
            YoungOrthogonalForm y = new YoungOrthogonalForm(lambda);
            assertEquals(t.dimension(i), y.dimension());
            for (int x = 0; x < e.size(); x++) {
                Permutation g = e.permutation(x);
                double[][] m = y.matrix(g);
                double tr = 0;
                for (int a = 0; a < m.length; a++) {
                    tr += m[a][a];
                }
                assertEquals(t.value(i, t.classOf(g)), tr, 1e-9, lambda + " at " + g);
            }
            for (int trial = 0; trial < 20; trial++) {
                Permutation g = e.permutation(rnd.nextInt(e.size()));
                Permutation h = e.permutation(rnd.nextInt(e.size()));
                double[][] gh = y.matrix(g.multiply(h));
                double[][] prod = mul(y.matrix(g), y.matrix(h));
                double[][] gt = y.matrix(g);
                double[][] orth = mul(gt, transpose(gt));
                for (int a = 0; a < gh.length; a++) {
                    for (int b = 0; b < gh.length; b++) {
                        assertEquals(gh[a][b], prod[a][b], 1e-9, "homomorphism " + lambda);
                        assertEquals(a == b ? 1.0 : 0.0, orth[a][b], 1e-9, "orthogonal " + lambda);
                    }
                }
            }
        }
    }

    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    static double[][] transpose(double[][] a) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[j][i] = a[i][j];
            }
        }
        return c;
    }
}
