package org.landscape.analysis;

import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.reduced.YoungShape;
import org.landscape.reduced.YoungStructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A family in the width k of Young subgroups \( H_k = \prod_f S_{n_f(k)} \) of \( \Gamma = S_k \times S_k \)
 * (teacher \( I_k \), k = n = d), each factor of size \( n_f(k) = k - c \) (growing) or a fixed integer. Three kinds
 * of factor:
 * <ul>
 *   <li>{@link Acts#BOTH}: permutes a block of rows of W and the block of columns (and teacher rows) with the same
 *       indices by one permutation, \( U \mapsto PUP^T \) on that block;</li>
 *   <li>{@link Acts#ROWS}: permutes a block of rows of W alone (students only);</li>
 *   <li>{@link Acts#COLUMNS}: permutes a block of columns of W and the same rows of the teacher \( I_k \) (which leaves
 *       the loss unchanged, MATH.md section 4), rows of W untouched.</li>
 * </ul>
 * Templates ({@link #SYNTAX}), spaces ignored:
 * <ul>
 *   <li>diagonal, as before: {@code Delta(S{k-1}xS1)}, {@code Delta(S{k-2}xS2)}, {@code DeltaS{k}}: all factors BOTH,
 *       exactly one part {@code S{k-c}} with c the sum of the fixed parts;</li>
 *   <li>rows and columns partitioned differently: the product {@code S{k-1}xS1xS{k-2}xS2}, the row blocks first, then
 *       the column blocks, read as by {@code critical --fix} (a product acts on consecutive points: rows
 *       \( 0..k-1 \), then columns); the row blocks are the shortest prefix whose sizes add up to k as a polynomial in
 *       k, the column blocks the rest, which must add up to k too;</li>
 *   <li>mixed: {@code Delta(S{k-2})xS2xS1xS1}: the diagonal blocks in {@code Delta(...)} (always with parentheses), then
 *       the remaining rows' blocks, then the remaining columns' blocks, each list adding up to what the diagonal part
 *       leaves of k.</li>
 * </ul>
 * The members' names ({@link #name}) use the same syntax with numbers, which {@code critical --fix} accepts at any
 * width ({@link #at}); {@link YoungIsotropy#familyName} names a detected block structure this way, so a point found
 * elsewhere can be followed after writing its growing blocks as {@code S{k-c}}.
 * Blocks hold consecutive indices in template order: the diagonal blocks first (rows and columns
 * \( 0, 1, \dots \)), then the row blocks on the remaining rows and the column blocks on the remaining columns.
 * \( H_k \)'s orbits on the index pairs (i, c) are labelled by \( (f(i), f(c), [\text{same position}]) \), f the
 * factor of row i and of column c ({@link YoungShape}); \( \mathrm{Fix}(H_k) \) consists of the matrices constant on
 * these orbits. The labels do not depend on k: a point of \( \mathrm{Fix}(H_k) \) is given by the same pattern values
 * for every k ({@link #parameters}, {@link #matrix}), which is how {@link WidthFamily} carries a critical point from
 * width k to k + 1. Immutable.
 */
public final class YoungFamily {
    /** How a family is written (quoted in error messages). */
    public static final String SYNTAX = "write Delta(S{k-c}xS<p>x...) with exactly one part S{k} or S{k-c}, c the sum "
            + "of the fixed parts (e.g. Delta(S{k-1}xS1), Delta(S{k-2}xS2) or DeltaS{k}); or, rows and columns "
            + "partitioned differently, the row blocks then the column blocks, each adding up to k (e.g. "
            + "S{k-1}xS1xS{k-2}xS2, as critical with `fix` reads S4xS1xS3xS2 at k = 5); or Delta(...) followed by the "
            + "blocks of the remaining rows and then of the remaining columns (e.g. Delta(S{k-2})xS2xS1xS1)";
    private static final Pattern PART = Pattern.compile("S\\{\\s*k\\s*(?:-\\s*(\\d+))?\\s*\\}|S(\\d+)");

    /** What a factor of \( H_k \) permutes. */
    public enum Acts {
        /** a block of rows and the block of columns (and teacher rows) with the same indices, together */
        BOTH,
        /** a block of rows of W */
        ROWS,
        /** a block of columns of W and the same rows of the teacher */
        COLUMNS
    }

    private final String template;
    /** per factor: its size if fixed, c if it is S{k-c} */
    private final int[] constant;
    private final boolean[] grows;
    private final Acts[] acts;

    private YoungFamily(String template, int[] constant, boolean[] grows, Acts[] acts) {
        this.template = template;
        this.constant = constant;
        this.grows = grows;
        this.acts = acts;
    }

    /**
     * @param template a diagonal family {@code DeltaS{k}}, {@code Delta(S{k-1}xS1)}, {@code Delta(S{k-3}xS2xS1)}, ...;
     *                 a product of row blocks and column blocks {@code S{k-1}xS1xS{k-2}xS2}; or a mixed one
     *                 {@code Delta(S{k-2})xS2xS1xS1} (see the class comment)
     * @return the family
     */
    public static YoungFamily parse(String template) {
        return parse(template, -1);
    }

    /**
     * @param name a member's name at width k in the same syntax with numbers for sizes, e.g. {@code S4xS1xS3xS2} or
     *             {@code Delta(S3)xS2xS1xS1} at k = 5 (what {@link #name} prints)
     * @param k    the width
     * @return the subgroup as a family whose factors all have fixed size (so {@link #group}, {@link #structure} at k)
     */
    public static YoungFamily at(String name, int k) {
        return parse(name, k);
    }

    /** @param width the width the sizes must add up to, or -1: as polynomials in k */
    private static YoungFamily parse(String template, int width) {
        String t = template == null ? "" : template.replace(" ", "");
        String delta;
        String product;
        if (t.startsWith("Delta(") && t.indexOf(')') > 0 && t.indexOf(')') < t.length() - 1) {
            int close = t.indexOf(')');
            if (t.charAt(close + 1) != 'x') {
                throw AnalysisMessages.BAD_FAMILY.invalid(template, SYNTAX);
            }
            delta = t.substring(6, close);
            product = t.substring(close + 2);
        } else if (t.startsWith("Delta(") && t.endsWith(")")) {
            delta = t.substring(6, t.length() - 1);
            product = "";
        } else if (t.startsWith("Delta")) {
            delta = t.substring(5);
            product = "";
        } else {
            delta = "";
            product = t;
        }
        List<int[]> d = parts(delta, template);
        List<int[]> p = parts(product, template);
        if (d.isEmpty() && p.isEmpty()) {
            throw AnalysisMessages.BAD_FAMILY.invalid(template, SYNTAX);
        }
        // sizes as a k + b; the diagonal blocks leave (1 - a) k - b rows and as many columns
        int[] sd = sum(d, 0, d.size());
        int[] rest = {1 - sd[0], -sd[1]};
        int rows = -1;
        for (int x = 0; x <= p.size() && rows < 0; x++) {
            if (same(sum(p, 0, x), rest, width)) {
                rows = x;
            }
        }
        boolean restEmpty = same(rest, new int[2], width);
        String total = width < 0 ? "k" : String.valueOf(width);
        if (p.isEmpty() && !restEmpty) {
            throw AnalysisMessages.BAD_FAMILY.invalid(template, "its parts add up to " + expression(sd) + ", not "
                    + total + "; " + SYNTAX);
        }
        if (!p.isEmpty() && (restEmpty || rows < 0 || !same(sum(p, rows, p.size()), rest, width))) {
            String need = d.isEmpty() ? total : "what Delta(...) leaves of " + total + ", " + expression(rest);
            throw AnalysisMessages.BAD_FAMILY.invalid(template, (rows < 0 || restEmpty ? "no row blocks add up to "
                    + need : "the column blocks add up to " + expression(sum(p, rows, p.size())) + ", not " + need)
                    + "; " + SYNTAX);
        }
        int m = d.size() + p.size();
        int[] constant = new int[m];
        boolean[] grows = new boolean[m];
        Acts[] acts = new Acts[m];
        for (int f = 0; f < m; f++) {
            int[] part = f < d.size() ? d.get(f) : p.get(f - d.size());
            grows[f] = part[0] == 1;
            constant[f] = grows[f] ? -part[1] : part[1];
            acts[f] = f < d.size() ? Acts.BOTH : f < d.size() + rows ? Acts.ROWS : Acts.COLUMNS;
        }
        return new YoungFamily(t, constant, grows, acts);
    }

    /** @return the parts of {@code x}S..., each {a, b} for the size a k + b; empty for an empty text */
    private static List<int[]> parts(String text, String template) {
        List<int[]> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String part : text.split("x(?=S)", -1)) {
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                throw AnalysisMessages.BAD_FAMILY.invalid(template, SYNTAX);
            }
            if (m.group(2) != null) {
                int n = Integer.parseInt(m.group(2));
                if (n < 1) {
                    throw AnalysisMessages.BAD_FAMILY.invalid(template, SYNTAX);
                }
                out.add(new int[] {0, n});
            } else {
                out.add(new int[] {1, m.group(1) == null ? 0 : -Integer.parseInt(m.group(1))});
            }
        }
        return out;
    }

    /** @return a k + b written {@code k-2}, {@code 2k}, {@code 3} */
    private static String expression(int[] x) {
        String b = x[1] == 0 ? "" : (x[1] > 0 ? "+" : "-") + Math.abs(x[1]);
        return x[0] == 0 ? String.valueOf(x[1]) : (x[0] == 1 ? "k" : x[0] + "k") + b;
    }

    /** @return a k + b = a' k + b' at k = width, or as polynomials in k for width -1 */
    private static boolean same(int[] x, int[] y, int width) {
        return width < 0 ? x[0] == y[0] && x[1] == y[1] : (long) x[0] * width + x[1] == (long) y[0] * width + y[1];
    }

    private static int[] sum(List<int[]> parts, int from, int to) {
        int[] s = new int[2];
        for (int x = from; x < to; x++) {
            s[0] += parts.get(x)[0];
            s[1] += parts.get(x)[1];
        }
        return s;
    }

    /** @return the template as given (spaces removed) */
    public String template() {
        return template;
    }

    /** @return true if every factor acts on rows and columns together: \( H_k = \Delta(S_{p_1} \times \dots) \) */
    public boolean isDiagonal() {
        for (Acts a : acts) {
            if (a != Acts.BOTH) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return true if some factor permutes rows alone with two or more positions (at large k): its rows of W are equal,
     *         so the loss is constant along \( w_i \to (1+t) w_i,\ w_j \to (1-t) w_j \) (positive homogeneity) and the
     *         Hessian has a zero eigenvalue in that factor's standard component at every width
     */
    public boolean repeatsNeurons() {
        for (int f = 0; f < acts.length; f++) {
            if (acts[f] == Acts.ROWS && (grows[f] || constant[f] >= 2)) {
                return true;
            }
        }
        return false;
    }

    /** @return what factor f (template order) permutes */
    public Acts acts(int f) {
        return acts[f];
    }

    /** @return the smallest width at which every growing factor is non-empty: \( 1 + \max c \) */
    public int minimumWidth() {
        int m = 1;
        for (int f = 0; f < constant.length; f++) {
            m = grows[f] ? Math.max(m, 1 + constant[f]) : m;
        }
        return m;
    }

    /** @return the factor sizes at width k, in template order; a growing factor has size \( k - c \) */
    public int[] parts(int k) {
        if (k < minimumWidth()) {
            throw AnalysisMessages.FAMILY_WIDTH.invalid(template, k, minimumWidth());
        }
        int[] p = new int[constant.length];
        for (int f = 0; f < p.length; f++) {
            p[f] = grows[f] ? k - constant[f] : constant[f];
        }
        return p;
    }

    /**
     * @param k the width, a real number at least {@link #minimumWidth()} (the family's equations are analytic in k)
     * @return the orbit combinatorics of \( H_k \) with factor sizes \( n_f(k) \), parts factor by factor in template
     *         order: a BOTH factor holds a student, a column and a teacher part (as
     *         {@link org.landscape.reduced.YoungStructure#diagonal}: block b has parts 3b, 3b + 1, 3b + 2 in a diagonal
     *         family), a ROWS factor a student part, a COLUMNS factor a column and a teacher part
     */
    public YoungShape shape(double k) {
        if (!(k >= minimumWidth()) || !Double.isFinite(k)) {
            throw AnalysisMessages.FAMILY_WIDTH.invalid(template, k, minimumWidth());
        }
        int m = constant.length;
        double[] size = new double[m];
        List<YoungShape.PartKind> kind = new ArrayList<>();
        List<Integer> factor = new ArrayList<>();
        for (int f = 0; f < m; f++) {
            size[f] = grows[f] ? k - constant[f] : constant[f];
            for (YoungShape.PartKind x : kinds(acts[f])) {
                kind.add(x);
                factor.add(f);
            }
        }
        return new YoungShape(size, kind.toArray(new YoungShape.PartKind[0]),
                factor.stream().mapToInt(Integer::intValue).toArray());
    }

    private static YoungShape.PartKind[] kinds(Acts a) {
        return switch (a) {
            case BOTH -> YoungShape.PartKind.values();
            case ROWS -> new YoungShape.PartKind[] {YoungShape.PartKind.STUDENT};
            case COLUMNS -> new YoungShape.PartKind[] {YoungShape.PartKind.COLUMN, YoungShape.PartKind.TEACHER};
        };
    }

    /**
     * @param k the width
     * @return \( H_k \) on concrete indices, parts as in {@link #shape}: the blocks hold consecutive rows (diagonal and
     *         row blocks, in template order) and consecutive columns (diagonal and column blocks); each teacher part
     *         has the indices of its column part (teacher \( I_k \))
     */
    public YoungStructure structure(int k) {
        YoungShape s = shape(k);
        int[][] idx = new int[s.parts()][];
        int row = 0;
        int col = 0;
        for (int p = 0; p < s.parts(); p++) {
            int n = (int) s.size(s.factor(p));
            switch (s.kind(p)) {
                case STUDENT -> {
                    idx[p] = range(row, n);
                    row += n;
                }
                case COLUMN -> {
                    idx[p] = range(col, n);
                    col += n;
                }
                case TEACHER -> idx[p] = idx[p - 1]; // follows its column part
            }
        }
        return new YoungStructure(s, idx);
    }

    private static int[] range(int start, int n) {
        int[] r = new int[n];
        for (int x = 0; x < n; x++) {
            r[x] = start + x;
        }
        return r;
    }

    /** @return the factor sizes as expressions in k, template order, e.g. {@code ["k-1", "1"]} */
    public String[] sizeExpressions() {
        String[] out = new String[constant.length];
        for (int f = 0; f < out.length; f++) {
            out[f] = grows[f] ? (constant[f] == 0 ? "k" : "k-" + constant[f]) : String.valueOf(constant[f]);
        }
        return out;
    }

    /**
     * @return the name of \( H_k \) in the template's own syntax with the sizes at k, e.g. {@code Delta(S9xS1)},
     *         {@code DeltaS10}, {@code S4xS1xS3xS2} (accepted by {@code critical --fix}) or {@code Delta(S4)xS2xS1xS1}
     */
    public String name(int k) {
        int[] p = parts(k);
        if (isDiagonal()) {
            return deltaName(p);
        }
        int delta = 0;
        while (delta < acts.length && acts[delta] == Acts.BOTH) {
            delta++;
        }
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < p.length; f++) {
            sb.append(f == 0 ? "" : f == delta ? ")x" : "x").append(f == 0 && delta > 0 ? "Delta(S" : "S").append(p[f]);
        }
        return sb.toString();
    }

    /** @return {@code DeltaS<p>} for one part, {@code Delta(S<p1>xS<p2>...)} otherwise, parts in the given order */
    static String deltaName(int... parts) {
        if (parts.length == 1) {
            return "DeltaS" + parts[0];
        }
        StringBuilder sb = new StringBuilder("Delta(");
        for (int b = 0; b < parts.length; b++) {
            sb.append(b == 0 ? "S" : "xS").append(parts[b]);
        }
        return sb.append(')').toString();
    }

    /**
     * @return \( H_k \) on the 2k points (rows 0..k-1, columns k..2k-1), generated per factor of size >= 2 by a
     *         transposition and a cycle of its positions (acting identically on the rows and columns of a BOTH
     *         factor), with its product structure, so no element is enumerated
     */
    public PermutationGroup group(int k) {
        if (isDiagonal()) {
            return diagonalYoung(parts(k));
        }
        YoungStructure h = structure(k);
        List<Permutation> gens = new ArrayList<>();
        for (int[] g : h.generators()) {
            gens.add(Permutation.of(g));
        }
        List<org.landscape.group.ProductStructure.Factor> factors = new ArrayList<>();
        for (int f : h.actingFactors()) {
            int size = (int) h.shape().size(f);
            if (size < 2) {
                continue;
            }
            List<int[]> blocks = new ArrayList<>();
            for (int p = 0; p < h.shape().parts(); p++) {
                if (h.shape().factor(p) == f && h.shape().kind(p) != YoungShape.PartKind.TEACHER) {
                    int offset = h.shape().kind(p) == YoungShape.PartKind.COLUMN ? k : 0;
                    blocks.add(java.util.Arrays.stream(h.indices(p)).map(i -> i + offset).toArray());
                }
            }
            factors.add(new org.landscape.group.ProductStructure.Factor(size, blocks.toArray(new int[0][])));
        }
        return new PermutationGroup(name(k), 2 * k, gens,
                java.util.Optional.of(new org.landscape.group.ProductStructure(factors)));
    }

    /**
     * @param parts block sizes \( p_1, \dots, p_r \) of consecutive indices, \( k = \sum p_b \)
     * @return \( \Delta(S_{p_1} \times \dots \times S_{p_r}) \) on 2k points (rows, then columns) from its generators
     *         only (no element table, so any k)
     */
    static PermutationGroup diagonalYoung(int... parts) {
        int k = 0;
        for (int x : parts) {
            k += x;
        }
        List<Permutation> gens = new ArrayList<>();
        List<org.landscape.group.ProductStructure.Factor> factors = new ArrayList<>();
        int start = 0;
        for (int size : parts) {
            if (size >= 2) {
                int[] t = identity(2 * k);
                int[] c = identity(2 * k);
                t[start] = start + 1;
                t[start + 1] = start;
                t[k + start] = k + start + 1;
                t[k + start + 1] = k + start;
                int[] rows = new int[size];
                int[] cols = new int[size];
                for (int m = 0; m < size; m++) {
                    c[start + m] = start + (m + 1) % size;
                    c[k + start + m] = k + start + (m + 1) % size;
                    rows[m] = start + m;
                    cols[m] = k + start + m;
                }
                gens.add(Permutation.of(t));
                if (size >= 3) {
                    gens.add(Permutation.of(c));
                }
                factors.add(new org.landscape.group.ProductStructure.Factor(size, new int[][] {rows, cols}));
            }
            start += size;
        }
        // the product structure makes the order (and the character table) known without Schreier-Sims
        return new PermutationGroup(deltaName(parts), 2 * k, gens,
                java.util.Optional.of(new org.landscape.group.ProductStructure(factors)));
    }

    private static int[] identity(int n) {
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    /**
     * @param shape a shape from {@link #shape}
     * @param o     a student orbit of it
     * @return the orbit's label, independent of k: {@code "f,g"} for the row factor f and column factor g (template
     *         order), {@code "f,f,diag"} for the diagonal orbit of a BOTH factor (in a diagonal family f is the block)
     */
    static String label(YoungShape shape, int o) {
        int[] orbit = shape.studentOrbit(o);
        int f = shape.factor(orbit[0]);
        int g = shape.factor(orbit[1]);
        return orbit[2] == 1 ? f + "," + f + ",diag" : f + "," + g;
    }

    /**
     * The pattern values of W: the mean of the entries on each orbit of \( H_k \) (the orthogonal projection onto
     * \( \mathrm{Fix}(H_k) \)), keyed by orbit label ({@link #label}) in orbit order (row block, then column block,
     * the diagonal orbit first).
     *
     * @param w a k x k matrix (read)
     * @return label to value
     */
    public Map<String, Double> parameters(double[][] w) {
        YoungStructure h = structure(w.length);
        double[] x = h.pattern(w);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int o = 0; o < x.length; o++) {
            out.put(label(h.shape(), o), x[o]);
        }
        return out;
    }

    /**
     * @param parameters pattern values by orbit label; a label absent from the map (a block that was a single
     *                   index before) takes the value 0
     * @param k          the width
     * @return the k x k matrix of \( \mathrm{Fix}(H_k) \) with these values
     */
    public double[][] matrix(Map<String, Double> parameters, int k) {
        YoungStructure h = structure(k);
        double[] x = new double[h.shape().studentOrbits()];
        for (int o = 0; o < x.length; o++) {
            x[o] = parameters.getOrDefault(label(h.shape(), o), 0.0);
        }
        return h.matrix(x);
    }

    /**
     * Puts W into the standard position of the template: finds W's isotropy by colour refinement
     * ({@link org.landscape.reduced.BlockStructureDetection}), which must be a Young subgroup of the template's shape
     * at this width up to conjugation, and permutes rows and columns (the teacher \( I_k \) is unchanged by a common
     * column and teacher-row permutation) so that its blocks become the consecutive blocks in template order. Census
     * points, whose rows and columns are sorted separately, are accepted. A W already in \( \mathrm{Fix}(H_k) \) (to
     * {@code tol} relative) is returned unchanged.
     *
     * @return W in standard position, or empty if W has no isotropy of this shape
     */
    public java.util.Optional<double[][]> standardPosition(double[][] w, double tol) {
        int k = w.length;
        YoungStructure target = structure(k);
        if (target.distance(w) <= tol * maxAbs(w)) {
            return java.util.Optional.of(w);
        }
        double[][] v = org.landscape.model.Matrices.identity(k);
        return org.landscape.reduced.BlockStructureDetection.detect(w, v, tol).flatMap(own ->
                SymmetricStart.conjugate(own.structure(), target, w, v))
                .filter(out -> target.distance(out) <= tol * maxAbs(w));
    }

    /** @return \( \max_{ij} |W_{ij} - (P_{Fix} W)_{ij}| \) */
    public double distanceToFix(double[][] w) {
        return structure(w.length).distance(w);
    }

    private static double maxAbs(double[][] w) {
        double m = 0;
        for (double[] r : w) {
            for (double x : r) {
                m = Math.max(m, Math.abs(x));
            }
        }
        return Math.max(m, Double.MIN_NORMAL);
    }

    @Override
    public String toString() {
        return template;
    }
}
