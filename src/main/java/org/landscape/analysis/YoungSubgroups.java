package org.landscape.analysis;

import org.landscape.group.Permutation;
import org.landscape.reduced.BlockStructureDetection;
import org.landscape.reduced.YoungStructure;
import org.landscape.rep.WeightMatrixAction;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Recognises a subgroup \( H \le S_k \times S_d \) given by generators (for {@code --fix H}) as a Young-type group
 * \( \prod_f S_{n_f} \) acting on blocks of rows and columns, and returns its {@link YoungStructure}, so that Newton
 * and spectra in \( \mathrm{Fix}(H) \) can run orbit-reduced at any width.
 *
 * <p>Method: the orbits of H on rows and columns (union-find over the generators) seed colour refinement
 * ({@link BlockStructureDetection}) at a generic point of \( \mathrm{Fix}(H) \) (seeded random values on the
 * H-orbits of entries), whose isotropy is the smallest Young-type group containing H; H is of Young type exactly
 * when that group has the order of H (Schreier-Sims). Signed actions (\( \alpha = -1 \) groups) are not of Young
 * type. Cost O(kd) plus the order of H.
 */
final class YoungSubgroups {
    private YoungSubgroups() {
    }

    /**
     * @param action  the action of H on M(k,d)
     * @param teacher V (n x d), fixed by H (checked by the caller)
     * @return H's Young structure, or empty when H is not of Young type
     */
    static Optional<YoungStructure> of(WeightMatrixAction action, double[][] teacher) {
        int k = action.rows();
        int d = action.columns();
        int kd = k * d;
        List<Permutation> gens = action.group().generators();
        int[] positions = new int[kd];
        for (int a = 0; a < kd; a++) {
            positions[a] = a;
        }
        int[] rows = identity(k);
        int[] cols = identity(d);
        int[] t = new int[kd];
        int[] s = new int[kd];
        for (Permutation g : gens) {
            action.coordinateAction(g, t, s);
            for (int a = 0; a < kd; a++) {
                if (s[a] != 1) {
                    return Optional.empty();
                }
                union(positions, a, t[a]);
                union(rows, a / d, t[a] / d);
                union(cols, a % d, t[a] % d);
            }
        }
        SplittableRandom rnd = new SplittableRandom(17L);
        double[] value = new double[kd];
        double[][] w = new double[k][d];
        for (int a = 0; a < kd; a++) {
            int root = find(positions, a);
            if (value[root] == 0) {
                value[root] = rnd.nextDouble(0.5, 1.5);
            }
            w[a / d][a % d] = value[root];
        }
        int n = teacher.length;
        int[] rowColours = new int[k + n];
        for (int i = 0; i < k; i++) {
            rowColours[i] = find(rows, i);
        }
        int[] colColours = new int[d];
        for (int c = 0; c < d; c++) {
            colColours[c] = find(cols, c);
        }
        Optional<BlockStructureDetection.Detected> det = BlockStructureDetection.detect(w, teacher, 1e-12, rowColours,
                colColours);
        if (det.isEmpty() || !det.get().structure().order().equals(action.group().order())) {
            return Optional.empty();
        }
        return Optional.of(det.get().structure());
    }

    private static int[] identity(int m) {
        int[] x = new int[m];
        for (int i = 0; i < m; i++) {
            x[i] = i;
        }
        return x;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
