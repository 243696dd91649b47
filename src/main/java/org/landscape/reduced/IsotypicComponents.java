package org.landscape.reduced;

import java.util.ArrayList;
import java.util.List;

/**
 * The isotypic decomposition of \( M(k,d) \) under a Young-type group \( H = \prod_f S_{n_f} \) (MATH.md section 4)
 * and, for each component, an orthonormal basis of its <em>multiplicity space</em>: one unit vector per copy of the
 * irreducible, inside \( \mathrm{Fix}(K) \) for a point stabiliser K (a {@link YoungRefinement}).
 *
 * <p>With \( r_f \), \( c_f \) the numbers of student-row and column parts of factor f, \( M(k,d) = \bigoplus_{f,g}
 * r_f c_g\, \mathbb R^{n_f} \otimes \mathbb R^{n_g} \), \( \mathbb R^n = [n] + [n-1,1] \), and
 * \( [n-1,1]^{\otimes 2} = [n] + [n-1,1] + [n-2,2] + [n-2,1,1] \). So the components are
 * <ul>
 *   <li>trivial, \( \sum_{f,g} r_f c_g + \sum_{f: n_f \ge 2} r_f c_f \) copies (= dim Fix(H));</li>
 *   <li>\( [n_f-1,1] \) (dimension \( n_f - 1 \)), \( r_f \sum_{g \ne f} c_g + c_f \sum_{g \ne f} r_g
 *       + r_f c_f (2 + [n_f \ge 3]) \) copies;</li>
 *   <li>\( [n_f-2,2] \) (dimension \( n_f(n_f-3)/2 \), \( n_f \ge 4 \)) and \( [n_f-2,1,1] \)
 *       (dimension \( (n_f-1)(n_f-2)/2 \), \( n_f \ge 3 \)), \( r_f c_f \) copies each;</li>
 *   <li>\( [n_f-1,1] \boxtimes [n_g-1,1] \) (dimension \( (n_f-1)(n_g-1) \)), \( r_f c_g + r_g c_f \) copies.</li>
 * </ul>
 * Multiplicity spaces (Gelfand-Tsetlin): \( [n-1,1] \) restricted to \( S_{n-1} \) (position 0 fixed) contains the
 * trivial character once and the other non-trivial components none, so the standard component's multiplicity space
 * is \( \mathrm{Fix}(K_f) \ominus \mathrm{Fix}(H) \); likewise \( \mathrm{Fix}(K_{f,g}) \ominus (\mathrm{Fix}(K_f) +
 * \mathrm{Fix}(K_g)) \) for the product, and for positions 0, 1 of f fixed,
 * \( \mathrm{Fix}(K_{f,2}) \ominus (\mathrm{Fix}(K_f) + \tau\mathrm{Fix}(K_f)) \) splits into the
 * \( \tau = +1 \) part (\( [n-2,2] \)) and the \( \tau = -1 \) part (\( [n-2,1,1] \)), \( \tau = (0\,1) \). The
 * Hessian commutes with H, so on each multiplicity space it is one block whose eigenvalues carry the irreducible's
 * dimension as multiplicity. The computed multiplicity spaces are checked against the counts above.
 */
public final class IsotypicComponents {
    /** Residual below which a Gram-Schmidt vector is taken as dependent (vectors have O(1) entries). */
    private static final double DEPENDENT = 1e-8;

    private IsotypicComponents() {
    }

    /** Which irreducible a component carries. */
    public enum Kind {
        /** \( [n_f] \) everywhere */
        TRIVIAL,
        /** \( [n_f - 1, 1] \) in one factor */
        STANDARD,
        /** \( [n_f - 2, 2] \) in one factor */
        TWO_ROW,
        /** \( [n_f - 2, 1, 1] \) in one factor */
        HOOK,
        /** \( [n_f - 1, 1] \boxtimes [n_g - 1, 1] \) in two factors */
        PRODUCT
    }

    /**
     * One isotypic component.
     *
     * @param kind       the irreducible's type
     * @param factors    the factors where it is non-trivial (none, one or two)
     * @param dimension  the irreducible's dimension (a real number for real factor sizes)
     * @param refinement the point stabiliser K whose fixed space holds the multiplicity space
     * @param basis      orthonormal multiplicity-space vectors, rows in the orthonormal orbit coordinates of K
     *                   (\( E_o/\sqrt{|o|} \)); one row per copy
     */
    public record Component(Kind kind, int[] factors, double dimension, YoungRefinement refinement, double[][] basis) {
        /** @return the number of copies */
        public int copies() {
            return basis.length;
        }

        /**
         * @param sizes factor sizes written as expressions, e.g. {@code "k-1"} (a family in the width)
         * @param order the factors in label order
         * @return the label with the sizes as expressions, e.g. {@code [k-2,1]x[1]}
         */
        public String label(String[] sizes, int[] order) {
            StringBuilder b = new StringBuilder();
            for (int x = 0; x < order.length; x++) {
                int f = order[x];
                String n = sizes[f];
                String part = "[" + n + "]";
                boolean here = factors.length > 0 && (factors[0] == f || (factors.length > 1 && factors[1] == f));
                if (here) {
                    part = switch (kind) {
                        case STANDARD, PRODUCT -> "[" + minus(n, 1) + ",1]";
                        case TWO_ROW -> "[" + minus(n, 2) + ",2]";
                        case HOOK -> "[" + minus(n, 2) + ",1,1]";
                        case TRIVIAL -> part;
                    };
                }
                b.append(x == 0 ? "" : "x").append(part);
            }
            return b.toString();
        }

        /** @return {@code n - j} for a size written as {@code k}, {@code k-c} or an integer */
        private static String minus(String n, int j) {
            if (n.matches("\\d+")) {
                return String.valueOf(Integer.parseInt(n) - j);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("k(?:-(\\d+))?").matcher(n);
            if (m.matches()) {
                int c = (m.group(1) == null ? 0 : Integer.parseInt(m.group(1))) + j;
                return "k-" + c;
            }
            return n + "-" + j;
        }

        /**
         * @param sizes the factor sizes
         * @param order the acting factors in name order
         * @return the label, one partition per acting factor joined by {@code x}, e.g. {@code [23,1]x[6]}
         */
        public String label(double[] sizes, int[] order) {
            StringBuilder b = new StringBuilder();
            for (int x = 0; x < order.length; x++) {
                int f = order[x];
                long n = Math.round(sizes[f]);
                String part = "[" + n + "]";
                boolean here = factors.length > 0 && (factors[0] == f || (factors.length > 1 && factors[1] == f));
                if (here) {
                    part = switch (kind) {
                        case STANDARD, PRODUCT -> n == 2 ? "[1,1]" : "[" + (n - 1) + ",1]";
                        case TWO_ROW -> "[" + (n - 2) + ",2]";
                        case HOOK -> n == 3 ? "[1,1,1]" : "[" + (n - 2) + ",1,1]";
                        case TRIVIAL -> part;
                    };
                }
                b.append(x == 0 ? "" : "x").append(part);
            }
            return b.toString();
        }
    }

    /**
     * @param shape the Young shape of H
     * @return the components with their multiplicity spaces, trivial first, then per acting factor the standard,
     *         two-row and hook components, then the products; an unmodifiable list kept for the shape (the basis
     *         arrays are shared views: read only)
     */
    public static List<Component> of(YoungShape shape) {
        ShapeKey key = new ShapeKey(shape);
        List<Component> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        List<Component> out = java.util.Collections.unmodifiableList(compute(shape));
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.putIfAbsent(key, out);
        return out;
    }

    /**
     * Shapes whose components are kept. The components depend only on the shape (sizes, part kinds and factors),
     * and a census polishes many points of a few shapes: at k = 50 one shape's multiplicity spaces took seconds
     * to orthonormalise and were rebuilt for every polish attempt.
     */
    private static final int CACHE_LIMIT = 256;
    private static final java.util.concurrent.ConcurrentHashMap<ShapeKey, List<Component>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A shape by value: factor sizes, part kinds and part factors. */
    private record ShapeKey(List<Double> sizes, List<YoungShape.PartKind> kinds, List<Integer> factors) {
        ShapeKey(YoungShape shape) {
            this(sizes(shape), kinds(shape), factors(shape));
        }

        private static List<Double> sizes(YoungShape shape) {
            List<Double> out = new ArrayList<>();
            for (double x : shape.sizes()) {
                out.add(x);
            }
            return out;
        }

        private static List<YoungShape.PartKind> kinds(YoungShape shape) {
            List<YoungShape.PartKind> out = new ArrayList<>();
            for (int p = 0; p < shape.parts(); p++) {
                out.add(shape.kind(p));
            }
            return out;
        }

        private static List<Integer> factors(YoungShape shape) {
            List<Integer> out = new ArrayList<>();
            for (int p = 0; p < shape.parts(); p++) {
                out.add(shape.factor(p));
            }
            return out;
        }
    }

    private static List<Component> compute(YoungShape shape) {
        List<Component> out = new ArrayList<>();
        int fs = shape.factors();
        YoungRefinement id = YoungRefinement.identity(shape);
        out.add(new Component(Kind.TRIVIAL, new int[0], 1, id, identity(shape.studentOrbits())));
        int[] r = new int[fs];
        int[] c = new int[fs];
        int rTotal = 0;
        int cTotal = 0;
        for (int f = 0; f < fs; f++) {
            r[f] = shape.partsOf(f, YoungShape.PartKind.STUDENT);
            c[f] = shape.partsOf(f, YoungShape.PartKind.COLUMN);
            rTotal += r[f];
            cTotal += c[f];
        }
        for (int f = 0; f < fs; f++) {
            double n = shape.size(f);
            if (!standardDefined(n) || (r[f] == 0 && c[f] == 0)) {
                continue;
            }
            YoungRefinement k1 = refine(shape, new int[] {f}, new int[] {1});
            int copies = r[f] * (cTotal - c[f]) + c[f] * (rTotal - r[f]) + r[f] * c[f] * (n >= 3 ? 3 : 2);
            if (copies > 0) {
                double[][] q = complement(k1, List.<double[][]>of(span(k1, id)), copies);
                out.add(new Component(Kind.STANDARD, new int[] {f}, n - 1, k1, q));
            }
            if (hookDefined(n) && r[f] * c[f] > 0) {
                YoungRefinement k2 = refine(shape, new int[] {f}, new int[] {2});
                double[][] fixed0 = span(k2, k1);
                double[][] fixed1 = permute(fixed0, k2.swap(f));
                double[][] both = complement(k2, List.<double[][]>of(fixed0, fixed1), (n >= 4 ? 2 : 1) * r[f] * c[f]);
                int[] tau = k2.swap(f);
                if (n >= 4) {
                    out.add(new Component(Kind.TWO_ROW, new int[] {f}, n * (n - 3) / 2, k2,
                            symmetricPart(both, tau, +1, r[f] * c[f])));
                }
                out.add(new Component(Kind.HOOK, new int[] {f}, (n - 1) * (n - 2) / 2, k2,
                        symmetricPart(both, tau, -1, r[f] * c[f])));
            }
        }
        for (int f = 0; f < fs; f++) {
            for (int g = f + 1; g < fs; g++) {
                int copies = r[f] * c[g] + r[g] * c[f];
                if (!standardDefined(shape.size(f)) || !standardDefined(shape.size(g)) || copies == 0) {
                    continue;
                }
                YoungRefinement kf = refine(shape, new int[] {f}, new int[] {1});
                YoungRefinement kg = refine(shape, new int[] {g}, new int[] {1});
                YoungRefinement kfg = refine(shape, new int[] {f, g}, new int[] {1, 1});
                double[][] q = complement(kfg, List.<double[][]>of(span(kfg, kf), span(kfg, kg)), copies);
                out.add(new Component(Kind.PRODUCT, new int[] {f, g}, (shape.size(f) - 1) * (shape.size(g) - 1), kfg, q));
            }
        }
        return out;
    }

    /**
     * Where a component's orbit sums are defined for a real factor size n (a family in the width treated as real):
     * the fixed space of the point stabiliser needs representative pairs at two distinct positions of the remaining
     * \( n - j \) positions, i.e. \( n - j \ge 2 \), or no such pair at all (\( n - j = 1 \)). So the standard
     * component needs n = 2 or \( n \ge 3 \), the two-row and hook components \( n \ge 4 \) (the hook also n = 3).
     */
    static boolean standardDefined(double n) {
        return n == 2 || n >= 3;
    }

    static boolean hookDefined(double n) {
        return n == 3 || n >= 4;
    }

    private static YoungRefinement refine(YoungShape shape, int[] factors, int[] counts) {
        int[] split = new int[shape.factors()];
        for (int x = 0; x < factors.length; x++) {
            split[factors[x]] = counts[x];
        }
        return new YoungRefinement(shape, split);
    }

    private static double[][] identity(int m) {
        double[][] q = new double[m][m];
        for (int a = 0; a < m; a++) {
            q[a][a] = 1;
        }
        return q;
    }

    /**
     * @return the orthonormal orbit vectors of {@code coarse} written in the orthonormal orbit coordinates of
     *         {@code fine}: \( E_{O}/\sqrt{|O|} = \sum_{o \subseteq O} \sqrt{|o|/|O|}\, E_o/\sqrt{|o|} \)
     */
    static double[][] span(YoungRefinement fine, YoungRefinement coarse) {
        int[] map = fine.orbitMap(coarse);
        YoungShape fs = fine.shape();
        YoungShape cs = coarse.shape();
        double[][] v = new double[cs.studentOrbits()][fs.studentOrbits()];
        for (int o = 0; o < map.length; o++) {
            v[map[o]][o] = Math.sqrt(fs.studentOrbitSize(o) / cs.studentOrbitSize(map[o]));
        }
        return v;
    }

    private static double[][] permute(double[][] vs, int[] perm) {
        double[][] out = new double[vs.length][];
        for (int a = 0; a < vs.length; a++) {
            out[a] = new double[vs[a].length];
            for (int o = 0; o < perm.length; o++) {
                out[a][perm[o]] = vs[a][o];
            }
        }
        return out;
    }

    /**
     * @return an orthonormal basis of the orthogonal complement of the span of {@code spans} in the orbit space of
     *         {@code fine}, checked to have dimension {@code expected}
     */
    private static double[][] complement(YoungRefinement fine, List<double[][]> spans, int expected) {
        int m = fine.shape().studentOrbits();
        List<double[]> basis = new ArrayList<>();
        for (double[][] s : spans) {
            for (double[] v : s) {
                orthonormalise(v.clone(), basis);
            }
        }
        int fixedDim = basis.size();
        for (int o = 0; o < m; o++) {
            double[] e = new double[m];
            e[o] = 1;
            orthonormalise(e, basis);
        }
        if (basis.size() != m || m - fixedDim != expected) {
            throw new IllegalStateException("multiplicity space of dimension " + (m - fixedDim) + ", expected "
                    + expected + " (orbit space " + m + ")");
        }
        return basis.subList(fixedDim, m).toArray(new double[0][]);
    }

    /** @return an orthonormal basis of the tau = sign part of the (tau-invariant) span of {@code q} */
    private static double[][] symmetricPart(double[][] q, int[] tau, int sign, int expected) {
        List<double[]> basis = new ArrayList<>();
        for (double[] v : q) {
            double[] s = new double[v.length];
            for (int o = 0; o < v.length; o++) {
                s[o] += 0.5 * v[o];
                s[tau[o]] += 0.5 * sign * v[o];
            }
            orthonormalise(s, basis);
        }
        if (basis.size() != expected) {
            throw new IllegalStateException("tau = " + sign + " part of dimension " + basis.size() + ", expected "
                    + expected);
        }
        return basis.toArray(new double[0][]);
    }

    /**
     * Modified Gram-Schmidt with one re-orthogonalisation; appends v's normalised residual if its norm exceeds
     * {@link #DEPENDENT} (every vector offered has norm at most 1: unit vectors or their symmetric parts).
     */
    private static void orthonormalise(double[] v, List<double[]> basis) {
        for (int pass = 0; pass < 2; pass++) {
            for (double[] b : basis) {
                double p = OrbitReducedLoss.dot(v, b);
                for (int i = 0; i < v.length; i++) {
                    v[i] -= p * b[i];
                }
            }
        }
        double after = Math.sqrt(OrbitReducedLoss.dot(v, v));
        if (after <= DEPENDENT) {
            return;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= after;
        }
        basis.add(v);
    }
}
