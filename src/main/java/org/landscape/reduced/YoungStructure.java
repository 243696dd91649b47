package org.landscape.reduced;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Young-type symmetry \( H = \prod_f S_{n_f} \) of the loss realised on concrete indices: a {@link YoungShape}
 * plus, for every part, the rows of W, the columns or the rows of V that its positions \( 0..n_f-1 \) stand for
 * (aligned across the parts of a factor: one permutation of the positions moves all of them). Maps a matrix to its
 * orbit pattern (the orthogonal projection onto \( \mathrm{Fix}(H) \)) and back, names H and gives its order and
 * generators without enumerating elements, so it works at any width. Immutable.
 */
public final class YoungStructure {
    private final YoungShape shape;
    private final int[][] indices;
    private final int k;
    private final int d;
    private final int n;
    private final int[] rowPart;
    private final int[] rowPos;
    private final int[] colPart;
    private final int[] colPos;
    private final int[] teacherPart;
    private final int[] teacherPos;

    /**
     * @param shape   the orbit combinatorics (integer factor sizes)
     * @param indices per part the index of each position (length \( n_f \)); together the student parts cover
     *                rows 0..k-1, the column parts 0..d-1 and the teacher parts 0..n-1, each exactly once
     */
    public YoungStructure(YoungShape shape, int[][] indices) {
        if (indices.length != shape.parts()) {
            throw new IllegalArgumentException("one index list per part");
        }
        this.shape = shape;
        this.indices = new int[indices.length][];
        int[] count = new int[3];
        for (int p = 0; p < indices.length; p++) {
            double size = shape.size(shape.factor(p));
            if (size != Math.rint(size) || indices[p].length != (int) size) {
                throw new IllegalArgumentException("part " + p + " needs " + size + " indices");
            }
            this.indices[p] = indices[p].clone();
            count[shape.kind(p).ordinal()] += indices[p].length;
        }
        k = count[YoungShape.PartKind.STUDENT.ordinal()];
        d = count[YoungShape.PartKind.COLUMN.ordinal()];
        n = count[YoungShape.PartKind.TEACHER.ordinal()];
        rowPart = filled(k);
        rowPos = filled(k);
        colPart = filled(d);
        colPos = filled(d);
        teacherPart = filled(n);
        teacherPos = filled(n);
        for (int p = 0; p < indices.length; p++) {
            int[] part = switch (shape.kind(p)) {
                case STUDENT -> rowPart;
                case COLUMN -> colPart;
                case TEACHER -> teacherPart;
            };
            int[] pos = switch (shape.kind(p)) {
                case STUDENT -> rowPos;
                case COLUMN -> colPos;
                case TEACHER -> teacherPos;
            };
            for (int x = 0; x < indices[p].length; x++) {
                int i = indices[p][x];
                if (i < 0 || i >= part.length || part[i] >= 0) {
                    throw new IllegalArgumentException("index " + i + " of part " + p + " out of range or repeated");
                }
                part[i] = p;
                pos[i] = x;
            }
        }
    }

    private static int[] filled(int m) {
        int[] a = new int[m];
        Arrays.fill(a, -1);
        return a;
    }

    /**
     * \( \Delta(S_{p_1} \times \dots \times S_{p_m}) \) on \( M(k,k) \) with teacher \( I_k \): block b holds the
     * consecutive indices \( p_1 + \dots + p_{b-1}, \dots \); rows, columns and teacher rows of a block move together.
     *
     * @param parts block sizes \( p_b \ge 1 \)
     * @return the structure
     */
    public static YoungStructure diagonal(int... parts) {
        int m = parts.length;
        double[] size = new double[m];
        YoungShape.PartKind[] kind = new YoungShape.PartKind[3 * m];
        int[] factor = new int[3 * m];
        int[][] idx = new int[3 * m][];
        int start = 0;
        for (int b = 0; b < m; b++) {
            if (parts[b] < 1) {
                throw ReducedMessages.FACTOR_SIZE.invalid(parts[b]);
            }
            size[b] = parts[b];
            int[] range = new int[parts[b]];
            for (int x = 0; x < parts[b]; x++) {
                range[x] = start + x;
            }
            start += parts[b];
            YoungShape.PartKind[] kinds = YoungShape.PartKind.values();
            for (int t = 0; t < 3; t++) {
                kind[3 * b + t] = kinds[t];
                factor[3 * b + t] = b;
                idx[3 * b + t] = range;
            }
        }
        return new YoungStructure(new YoungShape(size, kind, factor), idx);
    }

    /** @return the orbit combinatorics */
    public YoungShape shape() {
        return shape;
    }

    /** @return rows of W */
    public int k() {
        return k;
    }

    /** @return columns */
    public int d() {
        return d;
    }

    /** @return rows of V */
    public int n() {
        return n;
    }

    /** @return the indices of part p (copy) */
    public int[] indices(int p) {
        return indices[p].clone();
    }

    /** @return the student orbit of entry (i, c) of W */
    public int studentOrbit(int i, int c) {
        int p = rowPart[i];
        int q = colPart[c];
        return shape.orbit(p, q, shape.factor(p) == shape.factor(q) && rowPos[i] == colPos[c]);
    }

    /** @return the teacher orbit of entry (j, c) of V */
    public int teacherOrbit(int j, int c) {
        int p = teacherPart[j];
        int q = colPart[c];
        return shape.orbit(p, q, shape.factor(p) == shape.factor(q) && teacherPos[j] == colPos[c]);
    }

    /**
     * @param w a k x d matrix (read)
     * @return its mean on each student orbit: the coordinates of its orthogonal projection onto Fix(H)
     */
    public double[] pattern(double[][] w) {
        requireShape(w, k, "student W");
        double[] sum = new double[shape.studentOrbits()];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                sum[studentOrbit(i, c)] += w[i][c];
            }
        }
        for (int o = 0; o < sum.length; o++) {
            sum[o] /= shape.studentOrbitSize(o);
        }
        return sum;
    }

    /** @return the mean of V on each teacher orbit */
    public double[] teacherPattern(double[][] v) {
        requireShape(v, n, "teacher V");
        double[] sum = new double[shape.teacherOrbits()];
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < d; c++) {
                sum[teacherOrbit(j, c)] += v[j][c];
            }
        }
        for (int o = 0; o < sum.length; o++) {
            sum[o] /= shape.teacherOrbitSize(o);
        }
        return sum;
    }

    /** @return the k x d matrix of Fix(H) with the given student pattern */
    public double[][] matrix(double[] pattern) {
        if (pattern.length != shape.studentOrbits()) {
            throw ReducedMessages.PATTERN_LENGTH.invalid(pattern.length, shape.studentOrbits());
        }
        double[][] w = new double[k][d];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                w[i][c] = pattern[studentOrbit(i, c)];
            }
        }
        return w;
    }

    /** @return \( \max_{ic} |W_{ic} - (P_{Fix} W)_{ic}| \) */
    public double distance(double[][] w) {
        double[] p = pattern(w);
        double m = 0;
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                m = Math.max(m, Math.abs(w[i][c] - p[studentOrbit(i, c)]));
            }
        }
        return m;
    }

    /** @return \( \max_{jc} |V_{jc} - (P_{Fix} V)_{jc}| \) */
    public double teacherDistance(double[][] v) {
        double[] p = teacherPattern(v);
        double m = 0;
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < d; c++) {
                m = Math.max(m, Math.abs(v[j][c] - p[teacherOrbit(j, c)]));
            }
        }
        return m;
    }

    private void requireShape(double[][] a, int rows, String what) {
        if (a.length != rows || (rows > 0 && a[0].length != d)) {
            throw ReducedMessages.SHAPE_MISMATCH.invalid(what, rows + " x " + d,
                    a.length + " x " + (a.length == 0 ? 0 : a[0].length));
        }
    }

    /** @return the factors that act on M(k,d) (hold a student or column part), in the order used by names */
    public int[] actingFactors() {
        List<Integer> fs = new ArrayList<>();
        for (int f = 0; f < shape.factors(); f++) {
            if (shape.acts(f)) {
                fs.add(f);
            }
        }
        fs.sort((a, b) -> shape.size(a) != shape.size(b) ? Double.compare(shape.size(b), shape.size(a))
                : Integer.compare(smallestIndex(a), smallestIndex(b)));
        return fs.stream().mapToInt(Integer::intValue).toArray();
    }

    private int smallestIndex(int f) {
        int best = Integer.MAX_VALUE;
        for (int p = 0; p < indices.length; p++) {
            if (shape.factor(p) == f && shape.kind(p) != YoungShape.PartKind.TEACHER) {
                int offset = shape.kind(p) == YoungShape.PartKind.COLUMN ? k : 0;
                for (int i : indices[p]) {
                    best = Math.min(best, offset + i);
                }
            }
        }
        return best;
    }

    /** @return \( |H| = \prod_f n_f! \) over the acting factors (exact) */
    public BigInteger order() {
        BigInteger o = BigInteger.ONE;
        for (int f : actingFactors()) {
            for (int m = 2; m <= (int) shape.size(f); m++) {
                o = o.multiply(BigInteger.valueOf(m));
            }
        }
        return o;
    }

    /**
     * @return the block sizes when H is a diagonal Young subgroup \( \Delta(S_{p_1} \times \dots) \) of
     *         \( S_k \times S_k \): k = d, every acting factor of size >= 2 holds exactly one student part and one
     *         column part with the same indices (row i moves with column i), and the rows fixed by H are the columns
     *         fixed by H (each an {@code S1}); empty otherwise. Sizes >= 2 in name order, then the ones.
     */
    public java.util.Optional<int[]> diagonalParts() {
        if (k != d) {
            return java.util.Optional.empty();
        }
        List<Integer> sizes = new ArrayList<>();
        boolean[] fixedRow = new boolean[k];
        boolean[] fixedCol = new boolean[d];
        for (int f : actingFactors()) {
            if (shape.size(f) < 2) {
                for (int p = 0; p < indices.length; p++) {
                    if (shape.factor(p) == f && shape.kind(p) != YoungShape.PartKind.TEACHER) {
                        (shape.kind(p) == YoungShape.PartKind.STUDENT ? fixedRow : fixedCol)[indices[p][0]] = true;
                    }
                }
                continue;
            }
            if (shape.partsOf(f, YoungShape.PartKind.STUDENT) != 1 || shape.partsOf(f, YoungShape.PartKind.COLUMN) != 1) {
                return java.util.Optional.empty();
            }
            int[] rows = null;
            int[] cols = null;
            for (int p = 0; p < indices.length; p++) {
                if (shape.factor(p) == f && shape.kind(p) == YoungShape.PartKind.STUDENT) {
                    rows = indices[p];
                } else if (shape.factor(p) == f && shape.kind(p) == YoungShape.PartKind.COLUMN) {
                    cols = indices[p];
                }
            }
            if (!Arrays.equals(rows, cols)) {
                return java.util.Optional.empty();
            }
            sizes.add((int) shape.size(f));
        }
        if (!Arrays.equals(fixedRow, fixedCol)) {
            return java.util.Optional.empty();
        }
        for (boolean b : fixedRow) {
            if (b) {
                sizes.add(1);
            }
        }
        return java.util.Optional.of(sizes.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * @return the abstract product name of H, factors of size >= 2 largest first, {@code S2} written {@code C2}
     *         (e.g. {@code S17 x S3}); {@code 1} for the trivial group
     */
    public String productName() {
        List<String> names = new ArrayList<>();
        for (int f : actingFactors()) {
            int size = (int) shape.size(f);
            if (size >= 2) {
                names.add(size == 2 ? "C2" : "S" + size);
            }
        }
        return names.isEmpty() ? "1" : String.join(" x ", names);
    }

    /**
     * @return generators of H as permutations of the k + d points (rows 0..k-1, then columns k..k+d-1): per acting
     *         factor of size >= 2 the transposition of positions 0, 1 and (size >= 3) the cycle of all positions
     */
    public List<int[]> generators() {
        List<int[]> gens = new ArrayList<>();
        for (int f : actingFactors()) {
            int size = (int) shape.size(f);
            if (size < 2) {
                continue;
            }
            int[] t = identity(k + d);
            int[] c = identity(k + d);
            for (int p = 0; p < indices.length; p++) {
                if (shape.factor(p) != f || shape.kind(p) == YoungShape.PartKind.TEACHER) {
                    continue;
                }
                int offset = shape.kind(p) == YoungShape.PartKind.COLUMN ? k : 0;
                int[] ix = indices[p];
                t[offset + ix[0]] = offset + ix[1];
                t[offset + ix[1]] = offset + ix[0];
                for (int x = 0; x < size; x++) {
                    c[offset + ix[x]] = offset + ix[(x + 1) % size];
                }
            }
            gens.add(t);
            if (size >= 3) {
                gens.add(c);
            }
        }
        return gens;
    }

    private static int[] identity(int m) {
        int[] x = new int[m];
        for (int i = 0; i < m; i++) {
            x[i] = i;
        }
        return x;
    }
}
