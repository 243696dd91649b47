package org.landscape.analysis;

import org.landscape.reduced.BlockStructureDetection;
import org.landscape.reduced.YoungShape;
import org.landscape.reduced.YoungStructure;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.WeightMatrixAction;

import java.util.Optional;

/**
 * Checks a start given with {@code --fix H} (issue 20: never a silent projection). The start must lie in
 * \( \mathrm{Fix}(H) \) to {@link CriticalPointSearch#START_TOLERANCE} relative; otherwise, when its own isotropy is
 * of Young type and conjugate to H (same blocks, other rows and columns), its rows and columns are permuted into
 * \( \mathrm{Fix}(H) \) (the teacher must be unchanged by the column permutation) and the result says how; otherwise
 * it is projected only under {@link CriticalPointSearch.StartPolicy#PROJECT}, and refused with its distance
 * otherwise.
 */
public final class SymmetricStart {
    private SymmetricStart() {
    }

    /**
     * @param start the start to use (the given one, or its permuted conjugate)
     * @param young H's Young structure when H is of Young type
     * @param note  what was done, empty when the start was in Fix(H)
     */
    public record Resolved(double[][] start, Optional<YoungStructure> young, String note) {
    }

    /**
     * @param action  H acting on M(k,d)
     * @param start   W0 (read)
     * @param teacher V (read)
     * @param policy  what to do with a start outside Fix(H)
     * @return the start to use
     * @throws org.landscape.base.InvalidInputException when the start is refused
     */
    public static Resolved resolve(WeightMatrixAction action, double[][] start, double[][] teacher,
                                   CriticalPointSearch.StartPolicy policy) {
        String name = action.group().name();
        Optional<YoungStructure> young = YoungSubgroups.of(action, teacher);
        double scale = maxAbs(start);
        double tol = CriticalPointSearch.START_TOLERANCE * scale;
        double distance = young.isPresent() ? young.get().distance(start) : denseDistance(action, start);
        if (distance <= tol) {
            return new Resolved(start, young, "");
        }
        Optional<BlockStructureDetection.Detected> own = BlockStructureDetection.detect(start, teacher,
                Isotropies.DEFAULT_RELATIVE_TOLERANCE);
        if (young.isPresent() && own.isPresent()) {
            Optional<double[][]> moved = conjugate(own.get().structure(), young.get(), start, teacher);
            if (moved.isPresent()) {
                return new Resolved(moved.get(), young, "the start (" + distance + " from Fix(" + name + ")) has "
                        + "the conjugate isotropy " + ownName(own.get()) + ": its rows and columns were permuted "
                        + "into Fix(" + name + ") (a conjugate point: same loss and spectrum)");
            }
        }
        if (policy == CriticalPointSearch.StartPolicy.PROJECT) {
            return new Resolved(start, young, "the start was projected onto Fix(" + name + ") (it was " + distance
                    + " away)");
        }
        throw AnalysisMessages.START_OUTSIDE_FIX.invalid(name, distance, tol,
                own.map(SymmetricStart::ownName).orElse("not of Young type"));
    }

    private static String ownName(BlockStructureDetection.Detected d) {
        return YoungIsotropy.of(d.structure(), HessianSpectra.detectionEvidence(d)).structure();
    }

    private static double denseDistance(WeightMatrixAction action, double[][] w) {
        int[][] orbits = FixedPointSubspace.of(action).orbits();
        int d = w[0].length;
        double m = 0;
        for (int[] orbit : orbits) {
            double mean = 0;
            for (int a : orbit) {
                mean += w[a / d][a % d];
            }
            mean /= orbit.length;
            for (int a : orbit) {
                m = Math.max(m, Math.abs(w[a / d][a % d] - mean));
            }
        }
        return m;
    }

    /**
     * Maps the blocks of {@code own} onto those of {@code target} (factors of equal size and part counts, parts of
     * each kind in order, positions in order) and applies the row and column permutation to W.
     *
     * @return the permuted W when the blocks match, the teacher is unchanged and the result lies in Fix(target)
     */
    static Optional<double[][]> conjugate(YoungStructure own, YoungStructure target, double[][] w, double[][] v) {
        YoungShape a = own.shape();
        YoungShape b = target.shape();
        int k = own.k();
        int d = own.d();
        int n = own.n();
        if (target.k() != k || target.d() != d || target.n() != n) {
            return Optional.empty();
        }
        int[][] maps = {new int[k], new int[d], new int[n]};
        boolean[] used = new boolean[b.factors()];
        for (int f = 0; f < a.factors(); f++) {
            if (a.size(f) < 2) {
                continue;
            }
            int match = -1;
            for (int g = 0; g < b.factors() && match < 0; g++) {
                if (!used[g] && a.size(f) == b.size(g) && sameParts(a, f, b, g)) {
                    match = g;
                }
            }
            if (match < 0) {
                return Optional.empty();
            }
            used[match] = true;
            for (YoungShape.PartKind kind : YoungShape.PartKind.values()) {
                int[] pa = partsOf(a, f, kind);
                int[] pb = partsOf(b, match, kind);
                for (int x = 0; x < pa.length; x++) {
                    int[] from = own.indices(pa[x]);
                    int[] to = target.indices(pb[x]);
                    for (int pos = 0; pos < from.length; pos++) {
                        maps[kind.ordinal()][from[pos]] = to[pos];
                    }
                }
            }
        }
        for (int g = 0; g < b.factors(); g++) {
            if (b.size(g) >= 2 && !used[g]) {
                return Optional.empty();
            }
        }
        // blocks of size 1 carry no symmetry: their rows, columns and teacher rows are matched in index order, however
        // they are grouped into factors
        for (YoungShape.PartKind kind : YoungShape.PartKind.values()) {
            int[] from = singles(own, kind);
            int[] to = singles(target, kind);
            if (from.length != to.length) {
                return Optional.empty();
            }
            for (int x = 0; x < from.length; x++) {
                maps[kind.ordinal()][from[x]] = to[x];
            }
        }
        int[] rowMap = maps[0];
        int[] colMap = maps[1];
        double[][] out = new double[k][d];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                out[rowMap[i]][colMap[c]] = w[i][c];
            }
        }
        // the column permutation must permute the teacher's rows (then the loss is unchanged): find each row of V,
        // its columns permuted, among the rows of V (the parts' own alignment of a block of two is ambiguous)
        java.util.Map<java.util.List<Double>, java.util.ArrayDeque<Integer>> rows = new java.util.HashMap<>();
        for (int j = 0; j < n; j++) {
            java.util.List<Double> key = new java.util.ArrayList<>(d);
            for (double x : v[j]) {
                key.add(x);
            }
            rows.computeIfAbsent(key, x -> new java.util.ArrayDeque<>()).add(j);
        }
        for (int j = 0; j < n; j++) {
            Double[] moved = new Double[d];
            for (int c = 0; c < d; c++) {
                moved[colMap[c]] = v[j][c];
            }
            java.util.ArrayDeque<Integer> hit = rows.get(java.util.Arrays.asList(moved));
            if (hit == null || hit.isEmpty()) {
                return Optional.empty();
            }
            hit.poll();
        }
        double tol = CriticalPointSearch.START_TOLERANCE * maxAbs(w);
        return target.distance(out) <= tol ? Optional.of(out) : Optional.empty();
    }

    /** @return the indices of the given kind in blocks of size 1, ascending */
    private static int[] singles(YoungStructure s, YoungShape.PartKind kind) {
        YoungShape sh = s.shape();
        return java.util.stream.IntStream.range(0, sh.parts())
                .filter(p -> sh.kind(p) == kind && sh.size(sh.factor(p)) < 2)
                .map(p -> s.indices(p)[0]).sorted().toArray();
    }

    private static boolean sameParts(YoungShape a, int f, YoungShape b, int g) {
        for (YoungShape.PartKind kind : YoungShape.PartKind.values()) {
            if (a.partsOf(f, kind) != b.partsOf(g, kind)) {
                return false;
            }
        }
        return true;
    }

    private static int[] partsOf(YoungShape s, int f, YoungShape.PartKind kind) {
        return java.util.stream.IntStream.range(0, s.parts()).filter(p -> s.factor(p) == f && s.kind(p) == kind)
                .toArray();
    }

    static double maxAbs(double[][] w) {
        double m = 0;
        for (double[] r : w) {
            for (double x : r) {
                m = Math.max(m, Math.abs(x));
            }
        }
        return Math.max(m, Double.MIN_NORMAL);
    }
}
