package org.landscape.analysis;

import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A family in the width k of diagonal Young subgroups \( H_k = \Delta(S_{p_1(k)} \times \dots \times S_{p_r(k)}) \)
 * of \( \Gamma = S_k \times S_k \), written like {@code Delta(S{k-1}xS1)} or {@code DeltaS{k}}: exactly one part
 * grows with k (\( p(k) = k - c \)), the others are fixed. Block b holds the consecutive indices
 * \( p_1 + \dots + p_{b-1}, \dots \). H_k permutes rows and columns of \( W \in M(k,k) \) simultaneously inside
 * each block, so its orbits on the index pairs (i, j) are labelled by \( (\beta(i), \beta(j), [i = j]) \) with
 * \( \beta \) the block map, and \( \mathrm{Fix}(H_k) \) consists of the matrices constant on these orbits. The
 * labels do not depend on k: a point of \( \mathrm{Fix}(H_k) \) is given by the same pattern values for every k
 * ({@link #parameters}, {@link #matrix}), which is how {@link WidthFamily} carries a critical point from width k
 * to k + 1. Immutable.
 */
public final class YoungFamily {
    /** How a family is written (quoted in error messages). */
    public static final String SYNTAX = "write Delta(S{k-c}xS<p>x...) with exactly one part S{k} or S{k-c}, c the sum "
            + "of the fixed parts, e.g. Delta(S{k-1}xS1), Delta(S{k-2}xS2) or DeltaS{k}";
    private static final Pattern PART = Pattern.compile("S\\{\\s*k\\s*(?:-\\s*(\\d+))?\\s*\\}|S(\\d+)");
    private final String template;
    private final int[] fixedParts;
    private final int growing;
    private final int offset;

    private YoungFamily(String template, int[] fixedParts, int growing, int offset) {
        this.template = template;
        this.fixedParts = fixedParts;
        this.growing = growing;
        this.offset = offset;
    }

    /**
     * @param template {@code DeltaS{k}}, {@code Delta(S{k-1}xS1)}, {@code Delta(S{k-2}xS2)},
     *                 {@code Delta(S{k-3}xS2xS1)}, ...: one part {@code S{k}} or {@code S{k-c}}, the others
     *                 {@code S<integer>}
     * @return the family
     */
    public static YoungFamily parse(String template) {
        String t = template == null ? "" : template.replace(" ", "");
        String body;
        if (t.startsWith("Delta(") && t.endsWith(")")) {
            body = t.substring(6, t.length() - 1);
        } else if (t.startsWith("Delta")) {
            body = t.substring(5);
        } else {
            throw AnalysisMessages.BAD_FAMILY.invalid(template, SYNTAX);
        }
        String[] parts = body.split("x(?=S)");
        int growing = -1;
        int offset = 0;
        int[] fixed = new int[parts.length];
        for (int p = 0; p < parts.length; p++) {
            Matcher m = PART.matcher(parts[p]);
            if (!m.matches()) {
                throw AnalysisMessages.BAD_FAMILY.invalid(template, SYNTAX);
            }
            if (m.group(2) != null) {
                fixed[p] = Integer.parseInt(m.group(2));
                if (fixed[p] < 1) {
                    throw AnalysisMessages.BAD_FAMILY.invalid(template, SYNTAX);
                }
            } else {
                if (growing >= 0) {
                    throw AnalysisMessages.BAD_FAMILY.invalid(template, SYNTAX);
                }
                growing = p;
                offset = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            }
        }
        int others = 0;
        for (int p = 0; p < fixed.length; p++) {
            others += p == growing ? 0 : fixed[p];
        }
        if (growing < 0 || others != offset) {
            throw AnalysisMessages.BAD_FAMILY.invalid(template, SYNTAX);
        }
        return new YoungFamily(t, fixed, growing, offset);
    }

    /** @return the template as given (spaces removed) */
    public String template() {
        return template;
    }

    /** @return the smallest width with a non-empty growing part: \( 1 + c \) */
    public int minimumWidth() {
        return 1 + offset;
    }

    /** @return the part sizes at width k, in template order; the growing part is \( k - c \) (c = sum of the others) */
    public int[] parts(int k) {
        if (k < minimumWidth()) {
            throw AnalysisMessages.FAMILY_WIDTH.invalid(template, k, minimumWidth());
        }
        int[] p = fixedParts.clone();
        p[growing] = k - offset;
        return p;
    }

    /**
     * @param k the width, a real number at least {@link #minimumWidth()} (the family's equations are analytic in k)
     * @return the orbit combinatorics of \( H_k \) with factor sizes \( p_b(k) \), parts as in
     *         {@link org.landscape.reduced.YoungStructure#diagonal} (block b: rows 3b, columns 3b + 1, teacher 3b + 2)
     */
    public org.landscape.reduced.YoungShape shape(double k) {
        if (!(k >= minimumWidth()) || !Double.isFinite(k)) {
            throw AnalysisMessages.FAMILY_WIDTH.invalid(template, k, minimumWidth());
        }
        int m = fixedParts.length;
        double[] size = new double[m];
        org.landscape.reduced.YoungShape.PartKind[] kind = new org.landscape.reduced.YoungShape.PartKind[3 * m];
        int[] factor = new int[3 * m];
        for (int b = 0; b < m; b++) {
            size[b] = b == growing ? k - offset : fixedParts[b];
            org.landscape.reduced.YoungShape.PartKind[] kinds = org.landscape.reduced.YoungShape.PartKind.values();
            for (int t = 0; t < 3; t++) {
                kind[3 * b + t] = kinds[t];
                factor[3 * b + t] = b;
            }
        }
        return new org.landscape.reduced.YoungShape(size, kind, factor);
    }

    /** @return the block sizes as expressions in k, template order, e.g. {@code ["k-1", "1"]} */
    public String[] sizeExpressions() {
        String[] out = new String[fixedParts.length];
        for (int b = 0; b < out.length; b++) {
            out[b] = b == growing ? (offset == 0 ? "k" : "k-" + offset) : String.valueOf(fixedParts[b]);
        }
        return out;
    }

    /** @return the name of \( H_k \), e.g. {@code Delta(S9xS1)} or {@code DeltaS10} */
    public String name(int k) {
        return deltaName(parts(k));
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

    /** @return the block map \( \beta \) at width k */
    public int[] blocks(int k) {
        int[] p = parts(k);
        int[] beta = new int[k];
        int i = 0;
        for (int b = 0; b < p.length; b++) {
            for (int m = 0; m < p[b]; m++) {
                beta[i++] = b;
            }
        }
        return beta;
    }

    /**
     * @return \( H_k \) on the 2k points (rows 0..k-1, columns k..2k-1), generated per block of size >= 2 by a
     *         transposition and a cycle acting identically on rows and columns
     */
    public PermutationGroup group(int k) {
        return diagonalYoung(parts(k));
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

    /** @return the orbit label of (i, j): "b1,b2" off the diagonal, "b,b,diag" on it */
    static String label(int[] beta, int i, int j) {
        return i == j ? beta[i] + "," + beta[i] + ",diag" : beta[i] + "," + beta[j];
    }

    /**
     * The pattern values of W: the mean of the entries on each orbit of \( H_k \) (the orthogonal projection onto
     * \( \mathrm{Fix}(H_k) \)), keyed by orbit label in first-appearance order.
     *
     * @param w a k x k matrix (read)
     * @return label to value
     */
    public Map<String, Double> parameters(double[][] w) {
        int k = w.length;
        int[] beta = blocks(k);
        Map<String, double[]> acc = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double[] s = acc.computeIfAbsent(label(beta, i, j), x -> new double[2]);
                s[0] += w[i][j];
                s[1] += 1;
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        acc.forEach((key, s) -> out.put(key, s[0] / s[1]));
        return out;
    }

    /**
     * @param parameters pattern values by orbit label; a label absent from the map (a block that was a single
     *                   index before) takes the value 0
     * @param k          the width
     * @return the k x k matrix of \( \mathrm{Fix}(H_k) \) with these values
     */
    public double[][] matrix(Map<String, Double> parameters, int k) {
        int[] beta = blocks(k);
        double[][] w = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                w[i][j] = parameters.getOrDefault(label(beta, i, j), 0.0);
            }
        }
        return w;
    }

    /**
     * Puts W into the standard position of the template: finds W's isotropy by colour refinement
     * ({@link org.landscape.reduced.BlockStructureDetection}), which must be a diagonal Young subgroup of the expected
     * shape up to conjugation, and permutes rows and columns (the teacher \( I_k \) is unchanged by a common column
     * and teacher-row permutation) so that its blocks become the consecutive blocks in template order. Census points,
     * whose rows and columns are sorted separately, are accepted. A W already in \( \mathrm{Fix}(H_k) \) (to
     * {@code tol} relative) is returned unchanged.
     *
     * @return W in standard position, or empty if W has no isotropy of this shape
     */
    public java.util.Optional<double[][]> standardPosition(double[][] w, double tol) {
        int k = w.length;
        if (distanceToFix(w) <= tol * maxAbs(w)) {
            return java.util.Optional.of(w);
        }
        double[][] v = org.landscape.model.Matrices.identity(k);
        return org.landscape.reduced.BlockStructureDetection.detect(w, v, tol).flatMap(own ->
                SymmetricStart.conjugate(own.structure(), org.landscape.reduced.YoungStructure.diagonal(parts(k)), w, v))
                .filter(out -> distanceToFix(out) <= tol * maxAbs(w));
    }

    /** @return \( \max_{ij} |W_{ij} - (P_{Fix} W)_{ij}| \) */
    public double distanceToFix(double[][] w) {
        double[][] proj = matrix(parameters(w), w.length);
        double m = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                m = Math.max(m, Math.abs(w[i][j] - proj[i][j]));
            }
        }
        return m;
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
