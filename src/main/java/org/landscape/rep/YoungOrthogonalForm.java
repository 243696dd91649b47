package org.landscape.rep;

import org.landscape.group.Partition;
import org.landscape.group.Permutation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real orthogonal irreducible representation \( S^\lambda \) of \( S_n \) in Young's orthogonal form
 * (James–Kerber, The Representation Theory of the Symmetric Group, §3.4): basis \( v_T \) indexed by standard
 * Young tableaux T of shape \( \lambda \); for
 * the adjacent transposition \( s_i = (i, i+1) \) with axial distance \( r = c_T(i+1) - c_T(i) \) (contents
 * \( c = \text{column} - \text{row} \)), \( \rho(s_i) v_T = \frac{1}{r} v_T + \sqrt{1 - 1/r^2}\, v_{s_i T} \) when
 * \( s_i T \) is standard, and \( \rho(s_i) v_T = \pm v_T \) (same row: +1, same column: -1) otherwise. Any
 * permutation is a product of adjacent transpositions (bubble sort), \( O(n^2) \) of them, each applied in
 * \( O(f^\lambda) \). Gives explicit real orthogonal matrices whose traces are the Murnaghan–Nakayama characters.
 * Immutable.
 */
public final class YoungOrthogonalForm {
    private final Partition lambda;
    private final int n;
    private final List<int[]> tableaux;
    private final Map<String, Integer> index = new HashMap<>();

    /** @param lambda the shape (a partition of n, n >= 1) */
    public YoungOrthogonalForm(Partition lambda) {
        this.lambda = lambda;
        this.n = lambda.size();
        this.tableaux = new ArrayList<>();
        // a tableau as row[i] = row of entry i (0-based entries); generated in order of entries
        fill(new int[n], new int[lambda.length()], 0);
        for (int t = 0; t < tableaux.size(); t++) {
            index.put(Arrays.toString(tableaux.get(t)), t);
        }
    }

    private void fill(int[] rowOf, int[] rowLen, int entry) {
        if (entry == n) {
            tableaux.add(rowOf.clone());
            return;
        }
        for (int r = 0; r < rowLen.length; r++) {
            if (rowLen[r] < lambda.part(r) && (r == 0 || rowLen[r - 1] > rowLen[r])) {
                rowOf[entry] = r;
                rowLen[r]++;
                fill(rowOf, rowLen, entry + 1);
                rowLen[r]--;
            }
        }
    }

    /** @return \( f^\lambda \), the number of standard tableaux = the dimension */
    public int dimension() {
        return tableaux.size();
    }

    /** @return the shape */
    public Partition shape() {
        return lambda;
    }

    private int[] columns(int[] rowOf) {
        int[] col = new int[n];
        int[] len = new int[lambda.length()];
        for (int e = 0; e < n; e++) {
            col[e] = len[rowOf[e]]++;
        }
        return col;
    }

    /** Applies \( \rho(s_i) \), \( s_i \) swapping entries i and i+1 (0-based), to v in place. */
    private void applyAdjacent(int i, double[] v) {
        double[] out = new double[v.length];
        for (int t = 0; t < tableaux.size(); t++) {
            if (v[t] == 0) {
                continue;
            }
            int[] rowOf = tableaux.get(t);
            int[] col = columns(rowOf);
            int r = (col[i + 1] - rowOf[i + 1]) - (col[i] - rowOf[i]);
            if (rowOf[i] == rowOf[i + 1]) {
                out[t] += v[t];
            } else if (col[i] == col[i + 1]) {
                out[t] -= v[t];
            } else {
                int[] sw = rowOf.clone();
                sw[i] = rowOf[i + 1];
                sw[i + 1] = rowOf[i];
                int u = index.get(Arrays.toString(sw));
                out[t] += v[t] / r;
                out[u] += v[t] * Math.sqrt(1 - 1.0 / ((double) r * r));
            }
        }
        System.arraycopy(out, 0, v, 0, v.length);
    }

    /**
     * @param g a permutation of n points
     * @return the orthogonal matrix \( \rho(g) \) (f x f), with \( \rho(gh) = \rho(g)\rho(h) \) for the project's
     *         convention that gh applies g first (so \( \rho \) is a homomorphism for the right action)
     */
    public double[][] matrix(Permutation g) {
        // write g as a word in adjacent transpositions: bubble-sort the image sequence
        int[] a = g.images();
        List<Integer> word = new ArrayList<>();
        for (int pass = 0; pass < n; pass++) {
            for (int i = 0; i + 1 < n; i++) {
                if (a[i] > a[i + 1]) {
                    int tmp = a[i];
                    a[i] = a[i + 1];
                    a[i + 1] = tmp;
                    word.add(i);
                }
            }
        }
        int f = dimension();
        double[][] m = new double[f][];
        for (int c = 0; c < f; c++) {
            double[] v = new double[f];
            v[c] = 1;
            for (int k = word.size() - 1; k >= 0; k--) {
                applyAdjacent(word.get(k), v);
            }
            m[c] = v;
        }
        // m[c] is the image of basis vector c: transpose to a matrix acting on column vectors
        double[][] out = new double[f][f];
        for (int i = 0; i < f; i++) {
            for (int j = 0; j < f; j++) {
                out[i][j] = m[j][i];
            }
        }
        return out;
    }
}
