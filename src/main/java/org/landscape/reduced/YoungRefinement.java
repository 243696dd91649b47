package org.landscape.reduced;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A point-stabiliser subgroup \( K \le H \) of a Young-type symmetry (see {@link YoungShape}): in factor f the
 * first \( j_f \) positions are fixed, so \( S_{n_f} \) shrinks to \( S_{n_f - j_f} \) and every part of f splits into
 * a <em>rest</em> part (the positions \( j_f, \dots, n_f - 1 \)) and \( j_f \) single-position parts. K is again of
 * Young type ({@link #shape()}), and \( \mathrm{Fix}(H) \subseteq \mathrm{Fix}(K) \).
 *
 * <p>These subgroups separate the isotypic components of \( M(k,d) \) under H (Gelfand-Tsetlin restriction):
 * \( [n-1,1] \) restricted to \( S_{n-1} \) holds the trivial character once, \( [n-2,2] \) and \( [n-2,1,1] \)
 * restricted to \( S_{n-2} \times S_2 \) hold the trivial and the sign character of \( S_2 \) once, so each copy of
 * an irreducible contributes exactly one line to a suitable \( \mathrm{Fix}(K) \) (see {@link IsotypicComponents}).
 *
 * <p>{@link #orbitMap} sends each student orbit of K to the student orbit of a coarser refinement (or of H itself)
 * containing it; {@link #swap} is the action of the transposition of fixed positions 0 and 1 of a factor on the
 * orbits of K. Immutable.
 */
public final class YoungRefinement {
    /** Piece number of a rest part. */
    static final int REST = -1;
    private final YoungShape base;
    private final int[] split;
    private final YoungShape shape;
    private final int[] basePart;
    private final int[] piece;
    /** [base part][piece + 1] -> fine part, -1 when absent */
    private final int[][] finePart;

    /**
     * @param base  the Young shape of H
     * @param split \( j_f \) per factor of H (positions 0..j_f-1 are fixed)
     */
    public YoungRefinement(YoungShape base, int[] split) {
        if (split.length != base.factors()) {
            throw new IllegalArgumentException("one split count per factor");
        }
        this.base = base;
        this.split = split.clone();
        List<Double> sizes = new ArrayList<>();
        int[] restFactor = new int[base.factors()];
        int[][] singleFactor = new int[base.factors()][];
        for (int f = 0; f < base.factors(); f++) {
            double n = base.size(f);
            if (split[f] < 0 || split[f] > n) {
                throw ReducedMessages.SPLIT_TOO_MANY.invalid(f, split[f], n);
            }
            restFactor[f] = -1;
            if (n - split[f] > 0) {
                restFactor[f] = sizes.size();
                sizes.add(n - split[f]);
            }
            singleFactor[f] = new int[split[f]];
            for (int p = 0; p < split[f]; p++) {
                singleFactor[f][p] = sizes.size();
                sizes.add(1.0);
            }
        }
        List<YoungShape.PartKind> kinds = new ArrayList<>();
        List<Integer> factors = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        List<Integer> pieces = new ArrayList<>();
        finePart = new int[base.parts()][];
        for (int q = 0; q < base.parts(); q++) {
            int f = base.factor(q);
            finePart[q] = new int[split[f] + 1];
            Arrays.fill(finePart[q], -1);
            if (restFactor[f] >= 0) {
                finePart[q][0] = kinds.size();
                kinds.add(base.kind(q));
                factors.add(restFactor[f]);
                parents.add(q);
                pieces.add(REST);
            }
            for (int p = 0; p < split[f]; p++) {
                finePart[q][p + 1] = kinds.size();
                kinds.add(base.kind(q));
                factors.add(singleFactor[f][p]);
                parents.add(q);
                pieces.add(p);
            }
        }
        double[] sz = new double[sizes.size()];
        for (int i = 0; i < sz.length; i++) {
            sz[i] = sizes.get(i);
        }
        this.shape = new YoungShape(sz, kinds.toArray(new YoungShape.PartKind[0]),
                factors.stream().mapToInt(Integer::intValue).toArray());
        this.basePart = parents.stream().mapToInt(Integer::intValue).toArray();
        this.piece = pieces.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return the refinement fixing nothing: K = H */
    public static YoungRefinement identity(YoungShape base) {
        return new YoungRefinement(base, new int[base.factors()]);
    }

    /** @return the shape of H */
    public YoungShape base() {
        return base;
    }

    /** @return the shape of K */
    public YoungShape shape() {
        return shape;
    }

    /** @return \( j_f \) per factor (copy) */
    public int[] split() {
        return split.clone();
    }

    /**
     * @param coarser a refinement of the same base fixing at most as many positions in every factor
     * @return for each student orbit of this K, the student orbit of {@code coarser} containing it
     */
    public int[] orbitMap(YoungRefinement coarser) {
        return orbitMap(coarser, true);
    }

    /** As {@link #orbitMap(YoungRefinement)} for the teacher orbits. */
    public int[] teacherOrbitMap(YoungRefinement coarser) {
        return orbitMap(coarser, false);
    }

    private int[] orbitMap(YoungRefinement coarser, boolean student) {
        if (coarser.base != base) {
            throw new IllegalArgumentException("refinements of different shapes");
        }
        for (int f = 0; f < split.length; f++) {
            if (coarser.split[f] > split[f]) {
                throw new IllegalArgumentException("not a coarser refinement");
            }
        }
        int m = student ? shape.studentOrbits() : shape.teacherOrbits();
        int[] map = new int[m];
        for (int o = 0; o < m; o++) {
            int[] fine = student ? shape.studentOrbit(o) : shape.teacherOrbit(o);
            int a = fine[0];
            int b = fine[1];
            boolean samePosition = shape.factor(a) == shape.factor(b) && fine[2] == 1;
            int ca = coarser.finePart[basePart[a]][coarsePiece(coarser, a) + 1];
            int cb = coarser.finePart[basePart[b]][coarsePiece(coarser, b) + 1];
            map[o] = coarser.shape.orbit(ca, cb, samePosition);
        }
        return map;
    }

    private int coarsePiece(YoungRefinement coarser, int part) {
        int p = piece[part];
        int f = base.factor(basePart[part]);
        return p != REST && p < coarser.split[f] ? p : REST;
    }

    /**
     * The transposition of the fixed positions 0 and 1 of factor f (which needs \( j_f \ge 2 \)), acting on the
     * student orbits of K: it exchanges the single-position parts 0 and 1 of f and keeps everything else.
     *
     * @return the permuted orbit of each student orbit
     */
    public int[] swap(int f) {
        if (split[f] < 2) {
            throw new IllegalArgumentException("positions 0 and 1 of factor " + f + " are not fixed");
        }
        int m = shape.studentOrbits();
        int[] map = new int[m];
        for (int o = 0; o < m; o++) {
            int[] fine = shape.studentOrbit(o);
            map[o] = shape.orbit(swapped(fine[0], f), swapped(fine[1], f), fine[2] == 1);
        }
        return map;
    }

    private int swapped(int part, int f) {
        int q = basePart[part];
        if (base.factor(q) != f || piece[part] == REST || piece[part] > 1) {
            return part;
        }
        return finePart[q][(1 - piece[part]) + 1];
    }

    /** @return the part of H that part p of K comes from */
    public int basePart(int p) {
        return basePart[p];
    }

    /** @return -1 for a rest part, else the fixed position it holds */
    public int piece(int p) {
        return piece[p];
    }
}
