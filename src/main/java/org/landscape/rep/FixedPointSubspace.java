package org.landscape.rep;

import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fixed-point subspace \( \mathrm{Fix}(H) = \{ W \in M(k,d) : hW = W \ \forall h \in H \} \) of a subgroup
 * H under a {@link WeightMatrixAction}. Since H acts by signed coordinate permutations, Fix(H) is spanned by the
 * signed indicator vectors of the H-orbits on coordinates, normalised to length 1; an orbit on which some
 * element maps a coordinate to minus itself contributes nothing. Only the generators of H are used:
 * \( O(|S| \, kd) \). Basis vectors are rows of length kd, entry \( i d + c \) for row i, column c. Immutable.
 */
public final class FixedPointSubspace {
    private final double[][] basis;
    private final int[][] orbits;

    private FixedPointSubspace(double[][] basis, int[][] orbits) {
        this.basis = basis;
        this.orbits = orbits;
    }

    /** @return Fix(H) for the group of {@code action} */
    public static FixedPointSubspace of(WeightMatrixAction action) {
        return of(action, action.group().generators());
    }

    /** @return Fix(H) for \( H = \langle generators \rangle \) acting through {@code action}'s mode and shape */
    public static FixedPointSubspace of(WeightMatrixAction action, List<Permutation> generators) {
        int n = action.dimension();
        int[][] ts = new int[generators.size()][n];
        int[][] ss = new int[generators.size()][n];
        for (int g = 0; g < generators.size(); g++) {
            action.coordinateAction(generators.get(g), ts[g], ss[g]);
        }
        int[] orbitOf = new int[n];
        int[] sgn = new int[n];
        Arrays.fill(orbitOf, -1);
        List<double[]> basis = new ArrayList<>();
        List<int[]> orbitList = new ArrayList<>();
        int[] queue = new int[n];
        int label = 0;
        for (int a = 0; a < n; a++) {
            if (orbitOf[a] >= 0) {
                continue;
            }
            int q = 0;
            queue[q++] = a;
            orbitOf[a] = label;
            sgn[a] = 1;
            boolean killed = false;
            // inverses act on the same orbit, so closing under the generators' images suffices
            for (int i = 0; i < q; i++) {
                int x = queue[i];
                for (int g = 0; g < ts.length; g++) {
                    int y = ts[g][x];
                    int s = sgn[x] * ss[g][x];
                    if (orbitOf[y] < 0) {
                        orbitOf[y] = label;
                        sgn[y] = s;
                        queue[q++] = y;
                    } else if (sgn[y] != s) {
                        killed = true;
                    }
                }
            }
            label++;
            if (!killed) {
                double[] v = new double[n];
                double norm = 1.0 / Math.sqrt(q);
                int[] orb = Arrays.copyOf(queue, q);
                for (int x : orb) {
                    v[x] = sgn[x] * norm;
                }
                Arrays.sort(orb);
                basis.add(v);
                orbitList.add(orb);
            }
        }
        return new FixedPointSubspace(basis.toArray(new double[0][]), orbitList.toArray(new int[0][]));
    }

    /** @return the convenience form for a permutation group H */
    public static FixedPointSubspace of(WeightMatrixAction action, PermutationGroup h) {
        return of(action, h.generators());
    }

    /** @return dim Fix(H), the number of surviving coordinate orbits */
    public int dimension() {
        return basis.length;
    }

    /** @return an orthonormal basis, one row per vector, flattened \( i d + c \) (copy) */
    public double[][] basis() {
        double[][] c = new double[basis.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = basis[i].clone();
        }
        return c;
    }

    /** @return for each basis vector, the sorted coordinates of its orbit (copy) */
    public int[][] orbits() {
        int[][] c = new int[orbits.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = orbits[i].clone();
        }
        return c;
    }
}
