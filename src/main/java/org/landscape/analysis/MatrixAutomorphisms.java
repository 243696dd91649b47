package org.landscape.analysis;

import org.landscape.group.Permutation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Generators and order of the group \( \{(\pi, \rho) : X_{\pi(i), \rho(c)} = X_{i,c}\ \forall i, c\} \) of row and
 * column permutations preserving a real r x d matrix X up to an absolute tolerance, with rows allowed to move only
 * inside their colour class. Points: rows \( 0..r-1 \), columns \( r..r+d-1 \).
 *
 * <p>Algorithm: backtrack search for a strong generating set along the base (rows, then columns), processed from
 * the last base point to the first (Holt, Eick, O'Brien, <em>Handbook of Computational Group Theory</em>, section
 * 4.6.1): at level j, for each candidate image x of base point j not yet in the orbit of the generators found so far
 * (all of which fix the points before j), search one element fixing \( 0..j-1 \) and mapping \( j \mapsto x \).
 * Assigning a row \( i \mapsto i' \) restricts each column's candidate images to the columns c' with
 * \( |X_{i',c'} - X_{i,c}| \le tol \) (constraint propagation). Then \( |G| = \prod_j |j^{G_j}| \).
 * Worst-case exponential, polynomial in practice for matrices with few repeated entries; meant for
 * \( r + d \) up to a few dozen.
 */
final class MatrixAutomorphisms {
    private final double[][] x;
    private final int[] colour;
    private final double tol;
    private final int r;
    private final int d;
    private final boolean[][] rowCompatible;
    private final boolean[][] colCompatible;

    private MatrixAutomorphisms(double[][] x, int[] colour, double tol) {
        this.x = x;
        this.colour = colour;
        this.tol = tol;
        this.r = x.length;
        this.d = x[0].length;
        rowCompatible = new boolean[r][r];
        double[][] sortedRows = new double[r][];
        for (int i = 0; i < r; i++) {
            sortedRows[i] = x[i].clone();
            Arrays.sort(sortedRows[i]);
        }
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                rowCompatible[i][j] = colour[i] == colour[j] && close(sortedRows[i], sortedRows[j]);
            }
        }
        colCompatible = new boolean[d][d];
        double[][] sortedCols = new double[d][r];
        for (int c = 0; c < d; c++) {
            for (int i = 0; i < r; i++) {
                sortedCols[c][i] = x[i][c];
            }
            Arrays.sort(sortedCols[c]);
        }
        for (int c = 0; c < d; c++) {
            for (int e = 0; e < d; e++) {
                colCompatible[c][e] = close(sortedCols[c], sortedCols[e]);
            }
        }
    }

    private boolean close(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > tol) {
                return false;
            }
        }
        return true;
    }

    /** Generators (on r + d points) and order. */
    record Result(List<Permutation> generators, BigInteger order) {
    }

    /**
     * @param x      the matrix (read)
     * @param colour row colours (rows map only to rows of the same colour)
     * @param tol    absolute entry tolerance
     */
    static Result of(double[][] x, int[] colour, double tol) {
        return new MatrixAutomorphisms(x, colour, tol).run();
    }

    private Result run() {
        int n = r + d;
        List<Permutation> gens = new ArrayList<>();
        BigInteger order = BigInteger.ONE;
        for (int j = n - 1; j >= 0; j--) {
            boolean[] orbit = orbit(j, gens, n);
            for (int target = j + 1; target < n; target++) {
                if (orbit[target] || (j < r) != (target < r)) {
                    continue;
                }
                int[] prefix = new int[j + 1];
                for (int p = 0; p < j; p++) {
                    prefix[p] = p;
                }
                prefix[j] = target;
                int[] found = search(prefix);
                if (found != null) {
                    gens.add(Permutation.of(found));
                    orbit = orbit(j, gens, n);
                }
            }
            int size = 0;
            for (boolean b : orbit) {
                size += b ? 1 : 0;
            }
            order = order.multiply(BigInteger.valueOf(size));
        }
        return new Result(gens, order);
    }

    private static boolean[] orbit(int point, List<Permutation> gens, int n) {
        boolean[] in = new boolean[n];
        int[] queue = new int[n];
        int q = 0;
        queue[q++] = point;
        in[point] = true;
        for (int h = 0; h < q; h++) {
            for (Permutation g : gens) {
                int y = g.image(queue[h]);
                if (!in[y]) {
                    in[y] = true;
                    queue[q++] = y;
                }
            }
        }
        return in;
    }

    /** One automorphism extending the prescribed images of points 0..prefix.length-1, or null. */
    private int[] search(int[] prefix) {
        int n = r + d;
        int[] img = new int[n];
        Arrays.fill(img, -1);
        BitSet[] cand = new BitSet[d];
        for (int c = 0; c < d; c++) {
            cand[c] = new BitSet(d);
            for (int e = 0; e < d; e++) {
                if (colCompatible[c][e]) {
                    cand[c].set(e);
                }
            }
        }
        return extend(0, prefix, img, new boolean[r], new boolean[d], cand) ? img : null;
    }

    private boolean extend(int pos, int[] prefix, int[] img, boolean[] usedRow, boolean[] usedCol, BitSet[] cand) {
        if (pos == r + d) {
            return true;
        }
        if (pos < r) {
            int i = pos;
            for (int t = 0; t < r; t++) {
                if (usedRow[t] || !rowCompatible[i][t] || (pos < prefix.length && prefix[pos] != t)) {
                    continue;
                }
                BitSet[] next = new BitSet[d];
                boolean ok = true;
                for (int c = 0; c < d && ok; c++) {
                    BitSet b = (BitSet) cand[c].clone();
                    for (int e = b.nextSetBit(0); e >= 0; e = b.nextSetBit(e + 1)) {
                        if (Math.abs(x[t][e] - x[i][c]) > tol) {
                            b.clear(e);
                        }
                    }
                    ok = !b.isEmpty();
                    next[c] = b;
                }
                if (!ok) {
                    continue;
                }
                img[i] = t;
                usedRow[t] = true;
                if (extend(pos + 1, prefix, img, usedRow, usedCol, next)) {
                    return true;
                }
                usedRow[t] = false;
                img[i] = -1;
            }
            return false;
        }
        int c = pos - r;
        for (int e = cand[c].nextSetBit(0); e >= 0; e = cand[c].nextSetBit(e + 1)) {
            if (usedCol[e] || (pos < prefix.length && prefix[pos] != r + e)) {
                continue;
            }
            img[pos] = r + e;
            usedCol[e] = true;
            if (extend(pos + 1, prefix, img, usedRow, usedCol, cand)) {
                return true;
            }
            usedCol[e] = false;
            img[pos] = -1;
        }
        return false;
    }
}
