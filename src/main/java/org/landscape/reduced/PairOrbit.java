package org.landscape.reduced;

import java.util.ArrayList;
import java.util.List;

/**
 * One orbit of ordered pairs of rows (x, y) under a Young-type group (see {@link YoungShape}), with its representative:
 * x at position {@code px} of row part {@code p}, y at position {@code qy} of row part {@code q}. Row parts of
 * different factors f, g give one orbit of \( n_f n_g \) pairs ({@link Kind#CROSS}); two parts of the same factor give
 * the pairs at equal positions (\( n_f \), {@link Kind#SAME}, the diagonal x = y excluded when p = q) and at different
 * positions (\( n_f(n_f - 1) \), {@link Kind#DIFFERENT}, when \( n_f > 1 \)). Immutable.
 *
 * @param p    the row part of x (a student part, or a teacher part for teacher-teacher pairs)
 * @param px   x's position
 * @param q    the row part of y
 * @param qy   y's position
 * @param kind the orbit type, which fixes its size
 */
public record PairOrbit(int p, int px, int q, int qy, Kind kind) {
    /** The orbit type. */
    public enum Kind {
        /** parts of different factors: \( n_f n_g \) pairs */
        CROSS,
        /** one factor, equal positions: \( n_f \) pairs */
        SAME,
        /** one factor, different positions: \( n_f (n_f - 1) \) pairs */
        DIFFERENT
    }

    /** @return the number of pairs in the orbit, \( n_f n_g \), \( n_f \) or \( n_f(n_f - 1) \) */
    public double size(YoungShape shape) {
        double nf = shape.size(shape.factor(p));
        return switch (kind) {
            case CROSS -> nf * shape.size(shape.factor(q));
            case SAME -> nf;
            case DIFFERENT -> nf * (nf - 1);
        };
    }

    /**
     * @param shape the Young shape
     * @param p     the first row part
     * @param q     the second row part
     * @return the orbits of pairs (row of p, row of q), excluding the diagonal x = y (when p = q)
     */
    public static List<PairOrbit> between(YoungShape shape, int p, int q) {
        List<PairOrbit> out = new ArrayList<>();
        int f = shape.factor(p);
        if (f != shape.factor(q)) {
            out.add(new PairOrbit(p, 0, q, 0, Kind.CROSS));
            return out;
        }
        if (p != q) {
            out.add(new PairOrbit(p, 0, q, 0, Kind.SAME));
        }
        if (shape.size(f) > 1) {
            out.add(new PairOrbit(p, 0, q, 1, Kind.DIFFERENT));
        }
        return out;
    }

    /**
     * The coordinates of the isometric embedding of this pair (see {@link OrbitReducedLoss}): per column part, one
     * coordinate per position of the pair's rows in that part's factor, then the remaining \( n_g - s \) columns as
     * one coordinate of weight \( \sqrt{n_g - s} \).
     *
     * @return the coordinates: {column part index, position or -1 for the bulk, s (positions taken)}
     */
    public int[][] coordinates(YoungShape shape) {
        int[] cols = shape.columnParts();
        List<int[]> out = new ArrayList<>();
        for (int ci = 0; ci < cols.length; ci++) {
            int g = shape.factor(cols[ci]);
            int specials = 0;
            int first = -1;
            if (shape.factor(p) == g) {
                out.add(new int[] {ci, px, 0});
                specials++;
                first = px;
            }
            if (shape.factor(q) == g && qy != first) {
                out.add(new int[] {ci, qy, 0});
                specials++;
            }
            double bulk = shape.size(g) - specials;
            if (bulk < -1e-12) {
                throw ReducedMessages.FACTOR_SIZE.invalid(shape.size(g));
            }
            if (bulk > 0) {
                out.add(new int[] {ci, -1, specials});
            }
        }
        return out.toArray(new int[0][]);
    }

    /**
     * @return the orbit (student orbits for a student part, teacher orbits for a teacher part) of the entry of row
     *         (part, pos) at embedding coordinate {@code c} ({@link #coordinates})
     */
    public static int entryOrbit(YoungShape shape, int part, int pos, int[] c) {
        boolean same = shape.factor(part) == shape.factor(shape.columnParts()[c[0]]);
        return shape.orbitByIndex(part, c[0], same && c[1] == pos);
    }
}
