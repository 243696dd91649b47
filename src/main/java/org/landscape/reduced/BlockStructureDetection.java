package org.landscape.reduced;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Young-type isotropy of a point, \( H = \{(\pi, \rho) : P_\pi W P_\rho^T = W,\ \rho \text{ permutes the
 * teacher's rows}\} \), when it is a product of symmetric groups acting on blocks of rows and columns, without
 * enumerating group elements.
 *
 * <p>Method: the entries of W and V are grouped into values equal up to an absolute tolerance (single linkage on the
 * sorted entries); then colour refinement (1-dimensional Weisfeiler-Leman) on the bipartite graph of rows
 * (students and teachers apart) and columns with coloured edges gives the coarsest equitable partition, which every
 * automorphism preserves. The point is of Young type when every rectangle (row class, column class) is constant or a
 * permutation pattern (one special value per row and per column), and the bijections of the permutation patterns
 * align the classes they connect consistently; the factors are the connected classes. Then H is exactly
 * \( \prod_f S_{n_f} \): it fixes W, and any automorphism preserves the classes and, inside a factor, the alignment.
 * Points that are block-structured only up to the tolerance are reported with their distance to Fix(H).
 *
 * <p>Cost O(r (k + n) d log d) for r refinement rounds (r is small: the number of distinct block sizes plus two).
 */
public final class BlockStructureDetection {
    private BlockStructureDetection() {
    }

    /**
     * A detected structure.
     *
     * @param structure the Young-type isotropy with its blocks
     * @param distance  \( \max |W - P_{Fix(H)} W| \) (0 when W is exactly block-structured)
     * @param tolerance the absolute entry tolerance used
     */
    public record Detected(YoungStructure structure, double distance, double tolerance) {
    }

    /**
     * @param w      student, k x d (read)
     * @param v      teacher, n x d (read)
     * @param relTol entries are equal when they differ by at most relTol times the largest |entry|
     * @return the structure, or empty when the isotropy is not of Young type (or the values are not separated at
     *         this tolerance)
     */
    public static Optional<Detected> detect(double[][] w, double[][] v, double relTol) {
        return detect(w, v, relTol, null, null);
    }

    /**
     * As {@link #detect(double[][], double[][], double)}, refining a given initial colouring (for example the orbits
     * of a subgroup H the point is known to be fixed by): the result is then a Young-type group containing H.
     *
     * @param rowColours    initial colours of the k student rows then the n teacher rows, or null
     * @param columnColours initial colours of the d columns, or null
     */
    public static Optional<Detected> detect(double[][] w, double[][] v, double relTol, int[] rowColours,
                                            int[] columnColours) {
        int k = w.length;
        int n = v.length;
        int d = k > 0 ? w[0].length : v[0].length;
        int rows = k + n;
        double scale = 0;
        for (double[][] m : new double[][][] {w, v}) {
            for (double[] r : m) {
                if (r.length != d) {
                    throw ReducedMessages.SHAPE_MISMATCH.invalid("row", d + " entries", r.length + " entries");
                }
                for (double x : r) {
                    if (!Double.isFinite(x)) {
                        throw ReducedMessages.NOT_FINITE.invalid(m == w ? "student W" : "teacher V");
                    }
                    scale = Math.max(scale, Math.abs(x));
                }
            }
        }
        double tol = relTol * Math.max(scale, Double.MIN_NORMAL);
        int[][] value = clusters(w, v, tol);
        int[] rc = new int[rows];
        for (int r = 0; r < rows; r++) {
            rc[r] = 2 * (rowColours == null ? 0 : rowColours[r]) + (r < k ? 0 : 1);
        }
        int[] cc = columnColours == null ? new int[d] : columnColours.clone();
        rc = renumber(rc);
        cc = renumber(cc);
        while (true) {
            int[] nr = refineRows(rc, cc, value);
            int[] nc = refineColumns(rc, cc, value);
            boolean stable = classes(nr) == classes(rc) && classes(nc) == classes(cc);
            rc = nr;
            cc = nc;
            if (stable) {
                break;
            }
        }
        Optional<YoungStructure> s = assemble(rc, cc, value, k, n, d);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        YoungStructure st = s.get();
        double dist = st.distance(w);
        if (dist > tol || st.teacherDistance(v) > tol) {
            return Optional.empty();
        }
        return Optional.of(new Detected(st, dist, tol));
    }

    /** Value classes: entries of W (rows 0..k-1) and V (rows k..) equal up to tol, by single linkage when sorted. */
    private static int[][] clusters(double[][] w, double[][] v, double tol) {
        int k = w.length;
        int rows = k + v.length;
        int d = k > 0 ? w[0].length : v[0].length;
        long total = (long) rows * d;
        double[] x = new double[(int) total];
        Integer[] order = null;
        int[] idx = new int[x.length];
        for (int r = 0; r < rows; r++) {
            double[] row = r < k ? w[r] : v[r - k];
            System.arraycopy(row, 0, x, r * d, d);
        }
        // sort indices by value (primitive sort of packed pairs would lose precision; sort a copy and search)
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int[] clusterOfSorted = new int[sorted.length];
        int c = 0;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] - sorted[i - 1] > tol) {
                c++;
            }
            clusterOfSorted[i] = c;
        }
        int[][] out = new int[rows][d];
        for (int a = 0; a < x.length; a++) {
            int pos = Arrays.binarySearch(sorted, x[a]);
            out[a / d][a % d] = clusterOfSorted[pos];
        }
        return out;
    }

    private static int classes(int[] colours) {
        int max = -1;
        for (int c : colours) {
            max = Math.max(max, c);
        }
        return max + 1;
    }

    /** @return colours renumbered 0.. in order of first appearance */
    private static int[] renumber(int[] colours) {
        Map<Integer, Integer> ids = new HashMap<>();
        int[] out = new int[colours.length];
        for (int i = 0; i < colours.length; i++) {
            out[i] = ids.computeIfAbsent(colours[i], x -> ids.size());
        }
        return out;
    }

    private static int[] refineRows(int[] rc, int[] cc, int[][] value) {
        int rows = rc.length;
        int d = cc.length;
        Map<Signature, Integer> ids = new HashMap<>();
        int[] out = new int[rows];
        long[] key = new long[d];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < d; c++) {
                key[c] = ((long) cc[c] << 32) | value[r][c];
            }
            Arrays.sort(key);
            Signature s = new Signature(rc[r], key.clone());
            out[r] = ids.computeIfAbsent(s, x -> ids.size());
        }
        return out;
    }

    private static int[] refineColumns(int[] rc, int[] cc, int[][] value) {
        int rows = rc.length;
        int d = cc.length;
        Map<Signature, Integer> ids = new HashMap<>();
        int[] out = new int[d];
        long[] key = new long[rows];
        for (int c = 0; c < d; c++) {
            for (int r = 0; r < rows; r++) {
                key[r] = ((long) rc[r] << 32) | value[r][c];
            }
            Arrays.sort(key);
            Signature s = new Signature(cc[c], key.clone());
            out[c] = ids.computeIfAbsent(s, x -> ids.size());
        }
        return out;
    }

    /** A colour with the sorted multiset of (neighbour colour, value class) pairs. */
    private record Signature(int colour, long[] neighbours) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && s.colour == colour && Arrays.equals(s.neighbours, neighbours);
        }

        @Override
        public int hashCode() {
            return 31 * colour + Arrays.hashCode(neighbours);
        }
    }

    /** Builds the factors from the equitable partition, or empty when it is not of Young type. */
    private static Optional<YoungStructure> assemble(int[] rc, int[] cc, int[][] value, int k, int n, int d) {
        // members() lists every class ascending, so binary search works on them
        List<int[]> rowClasses = members(rc);
        List<int[]> colClasses = members(cc);
        int nr = rowClasses.size();
        int nodes = nr + colClasses.size();
        // bijection[node] edges: (other node, map from own index list position to other's index)
        List<List<int[]>> edges = new ArrayList<>();
        List<List<int[]>> maps = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            edges.add(new ArrayList<>());
            maps.add(new ArrayList<>());
        }
        for (int a = 0; a < nr; a++) {
            int[] rowsA = rowClasses.get(a);
            for (int b = 0; b < colClasses.size(); b++) {
                int[] colsB = colClasses.get(b);
                Map<Integer, Integer> counts = new HashMap<>();
                for (int c : colsB) {
                    counts.merge(value[rowsA[0]][c], 1, Integer::sum);
                }
                if (counts.size() == 1) {
                    continue;
                }
                if (counts.size() != 2 || rowsA.length != colsB.length) {
                    return Optional.empty();
                }
                // the value met once per row and column; with two such values (blocks of two) prefer the one that
                // pairs row i with column i (so that aligned points are named diagonally), then the smaller
                int special = -1;
                int bestAligned = -1;
                for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                    if (e.getValue() != 1) {
                        continue;
                    }
                    int aligned = 0;
                    for (int r : rowsA) {
                        int index = r < k ? r : r - k;
                        if (index < d && value[r][index] == e.getKey() && contains(colsB, index)) {
                            aligned++;
                        }
                    }
                    if (aligned > bestAligned || (aligned == bestAligned && e.getKey() < special)) {
                        special = e.getKey();
                        bestAligned = aligned;
                    }
                }
                if (special < 0) {
                    return Optional.empty();
                }
                // row position x -> column position y with the special value; must be a bijection
                int[] map = new int[rowsA.length];
                boolean[] hit = new boolean[colsB.length];
                for (int x = 0; x < rowsA.length; x++) {
                    map[x] = -1;
                    for (int y = 0; y < colsB.length; y++) {
                        if (value[rowsA[x]][colsB[y]] == special) {
                            if (map[x] >= 0 || hit[y]) {
                                return Optional.empty();
                            }
                            map[x] = y;
                            hit[y] = true;
                        }
                    }
                    if (map[x] < 0) {
                        return Optional.empty();
                    }
                }
                int[] inverse = new int[map.length];
                for (int x = 0; x < map.length; x++) {
                    inverse[map[x]] = x;
                }
                edges.get(a).add(new int[] {nr + b});
                maps.get(a).add(map);
                edges.get(nr + b).add(new int[] {a});
                maps.get(nr + b).add(inverse);
            }
        }
        // align: position[node][x] = aligned position of the x-th index of the node's class
        int[][] position = new int[nodes][];
        int[] component = new int[nodes];
        Arrays.fill(component, -1);
        List<List<Integer>> comps = new ArrayList<>();
        for (int root = 0; root < nodes; root++) {
            if (component[root] >= 0) {
                continue;
            }
            int size = classSize(root, nr, rowClasses, colClasses);
            List<Integer> comp = new ArrayList<>();
            component[root] = comps.size();
            position[root] = new int[size];
            for (int x = 0; x < size; x++) {
                position[root][x] = x;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(root);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                comp.add(u);
                for (int e = 0; e < edges.get(u).size(); e++) {
                    int t = edges.get(u).get(e)[0];
                    int[] map = maps.get(u).get(e);
                    if (classSize(t, nr, rowClasses, colClasses) != size) {
                        return Optional.empty();
                    }
                    int[] want = new int[size];
                    for (int x = 0; x < size; x++) {
                        want[map[x]] = position[u][x];
                    }
                    if (position[t] == null) {
                        position[t] = want;
                        component[t] = component[root];
                        queue.add(t);
                    } else if (!Arrays.equals(position[t], want)) {
                        return Optional.empty();
                    }
                }
            }
            comps.add(comp);
        }
        double[] sizes = new double[comps.size()];
        YoungShape.PartKind[] kinds = new YoungShape.PartKind[nodes];
        int[] factor = new int[nodes];
        int[][] idx = new int[nodes][];
        for (int u = 0; u < nodes; u++) {
            int[] members = u < nr ? rowClasses.get(u) : colClasses.get(u - nr);
            factor[u] = component[u];
            sizes[component[u]] = members.length;
            int[] ordered = new int[members.length];
            for (int x = 0; x < members.length; x++) {
                ordered[position[u][x]] = u < nr && members[x] >= k ? members[x] - k : members[x];
            }
            idx[u] = ordered;
            kinds[u] = u >= nr ? YoungShape.PartKind.COLUMN
                    : members[0] < k ? YoungShape.PartKind.STUDENT : YoungShape.PartKind.TEACHER;
        }
        return Optional.of(new YoungStructure(new YoungShape(sizes, kinds, factor), idx));
    }

    private static boolean contains(int[] sorted, int x) {
        return Arrays.binarySearch(sorted, x) >= 0;
    }

    private static int classSize(int node, int nr, List<int[]> rowClasses, List<int[]> colClasses) {
        return node < nr ? rowClasses.get(node).length : colClasses.get(node - nr).length;
    }

    /** @return the members of each colour class, ascending, classes in order of colour */
    private static List<int[]> members(int[] colours) {
        int m = classes(colours);
        int[] count = new int[m];
        for (int c : colours) {
            count[c]++;
        }
        List<int[]> out = new ArrayList<>();
        int[] fill = new int[m];
        for (int c = 0; c < m; c++) {
            out.add(new int[count[c]]);
        }
        for (int i = 0; i < colours.length; i++) {
            out.get(colours[i])[fill[colours[i]]++] = i;
        }
        return out;
    }
}
