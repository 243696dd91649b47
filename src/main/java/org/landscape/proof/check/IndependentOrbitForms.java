package org.landscape.proof.check;

import org.landscape.symbolic.KernelFrameFormulas.FrameFormula;
import org.landscape.symbolic.KernelFrameFormulas.FrameVector;
import org.landscape.symbolic.KernelFrameFormulas.Term;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The re-checker's own orbit reduction, independent of {@code reduced} and {@code interval}: at a point W fixed by a
 * group K of row-and-column permutations that are symmetries of L (checked by the caller), the loss, the gradient
 * \( DL[E_o] \) and the Hessian form \( D^2L[E_o, E_{o'}] \) for the orbits o of K on the coordinates (i, c).
 *
 * <p>By invariance, \( \sum_{(i,c) \in o} \partial_{ic} L \) and \( \sum_i \sum_l E_o(i)^T H_{il} E_{o'}(l) \) take the
 * same value on every row of an orbit R of K on the rows, so each is \( |R| \) times its value at one representative
 * row \( i_0 \); there every other row \( l \) (students and teachers, full length d, no embedding) is visited once
 * with the frame formulas of {@link IndependentLoss}, and the blocks \( c_I I + \sum_t c_t a_t b_t^T \) are contracted
 * with the orbit indicators directly: \( u_o^T (c_I I + \sum_t c_t a_t b_t^T) u_{o'} = c_I |C_o \cap C_{o'}| +
 * \sum_t c_t (u_o\cdot a_t)(b_t\cdot u_{o'}) \), \( C_o \) the columns of o in a row. Where a pair may be parallel the
 * terms in the normals are bounded by \( |c_t| \sqrt{|C_o||C_{o'}|} \) (Cauchy-Schwarz, unit normals). The teacher
 * constant \( \tfrac12\sum_{j,j'} K(v_j, v_{j'}) \) uses the orbits of K on the teacher rows (the column permutations
 * permute them). Cost: O(#row orbits (k + n) d) frame evaluations and contractions, apfloat arithmetic.
 */
final class IndependentOrbitForms {
    private final IndependentLoss loss;
    private final double[][] teacher;
    private final int k;
    private final int d;
    private final int[] orbit;
    private final long[] size;
    private final int m;
    private final int[][] rowOrbits;
    private final int[][] teacherOrbits;

    /**
     * Enclosures on Fix(K), indexed by {@link #orbitOf}.
     *
     * @param loss     L (only when asked)
     * @param gradient \( DL[E_o] \)
     * @param form     \( D^2L[E_o, E_{o'}] \) (only when asked)
     */
    record Values(ApInterval loss, ApInterval[] gradient, ApInterval[][] form) {
    }

    /**
     * @param loss       the independent frames (teacher and alpha)
     * @param teacher    V (read)
     * @param k          the number of student rows
     * @param generators K as maps of the kd coordinates (read)
     */
    IndependentOrbitForms(IndependentLoss loss, double[][] teacher, int k, List<int[]> generators) {
        this.loss = loss;
        this.teacher = teacher;
        this.k = k;
        this.d = teacher[0].length;
        int kd = k * d;
        int[] parent = identity(kd);
        int[] rowParent = identity(k);
        int[] teacherParent = identity(teacher.length);
        Map<String, Integer> rowIndex = new HashMap<>();
        for (int j = 0; j < teacher.length; j++) {
            rowIndex.putIfAbsent(Arrays.toString(teacher[j]), j);
        }
        for (int[] t : generators) {
            for (int a = 0; a < kd; a++) {
                CertificateChecker.union(parent, a, t[a]);
            }
            for (int i = 0; i < k; i++) {
                CertificateChecker.union(rowParent, i, t[i * d] / d);
            }
            for (int j = 0; j < teacher.length; j++) {
                double[] moved = new double[d];
                for (int c = 0; c < d; c++) {
                    moved[t[c] % d] = teacher[j][c];
                }
                Integer to = rowIndex.get(Arrays.toString(moved));
                if (to == null) {
                    throw new IllegalArgumentException("a generator does not permute the teacher's rows");
                }
                CertificateChecker.union(teacherParent, j, to);
            }
        }
        orbit = new int[kd];
        int[] id = new int[kd];
        Arrays.fill(id, -1);
        int count = 0;
        for (int a = 0; a < kd; a++) {
            int root = CertificateChecker.find(parent, a);
            if (id[root] < 0) {
                id[root] = count++;
            }
            orbit[a] = id[root];
        }
        m = count;
        size = new long[m];
        for (int a = 0; a < kd; a++) {
            size[orbit[a]]++;
        }
        rowOrbits = classes(rowParent);
        teacherOrbits = classes(teacherParent);
    }

    /** @return the orbits as lists of members, each list starting with its smallest member (the representative) */
    private static int[][] classes(int[] parent) {
        Map<Integer, List<Integer>> byRoot = new java.util.LinkedHashMap<>();
        for (int x = 0; x < parent.length; x++) {
            byRoot.computeIfAbsent(CertificateChecker.find(parent, x), r -> new java.util.ArrayList<>()).add(x);
        }
        return byRoot.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** @return the number of orbits of K on the coordinates */
    int orbits() {
        return m;
    }

    /** @return the orbit of coordinate \( i d + c \) */
    int orbitOf(int coordinate) {
        return orbit[coordinate];
    }

    /** @return the number of coordinates in orbit o */
    long orbitSize(int o) {
        return size[o];
    }

    /**
     * @param w        W, flat \( i d + c \), constant on the orbits of K (read)
     * @param withLoss also the loss
     * @param withForm also the Hessian form
     * @return the enclosures
     */
    Values evaluate(ApInterval[] w, boolean withLoss, boolean withForm) {
        ApInterval l = ApInterval.ZERO;
        ApInterval[] g = filled(m);
        ApInterval[][] h = new ApInterval[withForm ? m : 0][];
        for (int a = 0; a < h.length; a++) {
            h[a] = filled(m);
        }
        ApInterval half = ApInterval.rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO);
        for (int[] rows : rowOrbits) {
            int i0 = rows[0];
            ApInterval weight = ApInterval.of(rows.length);
            ApInterval[] wi = row(w, i0);
            int[] ci = columnOrbits(i0);
            ApInterval[] self = loss.selfTerms(wi);
            ApInterval li = self[0];
            ApInterval[] grad = new ApInterval[d];
            for (int c = 0; c < d; c++) {
                grad[c] = self[1].multiply(wi[c].divide(self[3]));
                if (withForm) {
                    h[ci[c]][ci[c]] = h[ci[c]][ci[c]].add(weight.multiply(self[2]));
                }
            }
            for (int j = 0; j < k + teacher.length; j++) {
                if (j == i0) {
                    continue;
                }
                boolean student = j < k;
                ApInterval[] other = student ? row(w, j) : loss.teacherRow(j - k);
                IndependentLoss.Pair p = loss.pair(wi, other);
                ApInterval value = p.coefficients.eval(loss.frame().value());
                li = student ? li.add(half.multiply(value)) : li.subtract(value);
                for (Term t : loss.frame().gradient().terms()) {
                    ApInterval ct = p.coefficients.eval(t.coefficient());
                    ApInterval[] a = p.vector(t.left());
                    for (int c = 0; c < d; c++) {
                        ApInterval x = ct.multiply(a[c]);
                        grad[c] = student ? grad[c].add(x) : grad[c].subtract(x);
                    }
                }
                if (withForm) {
                    contract(h, weight, p, loss.frame().hessianWW(), ci, ci, !student);
                    if (student) {
                        contract(h, weight, p, loss.frame().hessianWV(), ci, columnOrbits(j), false);
                    }
                }
            }
            l = l.add(weight.multiply(li));
            for (int c = 0; c < d; c++) {
                g[ci[c]] = g[ci[c]].add(weight.multiply(grad[c]));
            }
        }
        if (withLoss) {
            l = l.add(teacherConstant());
        }
        return new Values(withLoss ? l : null, g, withForm ? h : null);
    }

    /** \( \tfrac12 \sum_{j,j'} K(v_j, v_{j'}) \) by the orbits of K on the teacher rows. */
    private ApInterval teacherConstant() {
        ApInterval half = ApInterval.rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO);
        ApInterval s = ApInterval.ZERO;
        for (int[] rows : teacherOrbits) {
            int j0 = rows[0];
            ApInterval[] v = loss.teacherRow(j0);
            ApInterval t = loss.selfTerms(v)[0];
            for (int j = 0; j < teacher.length; j++) {
                if (j != j0) {
                    t = t.add(half.multiply(loss.pair(v, loss.teacherRow(j)).coefficients.eval(loss.frame().value())));
                }
            }
            s = s.add(ApInterval.of(rows.length).multiply(t));
        }
        return s;
    }

    /**
     * Adds weight * sign * \( u_o^T (c_I I + \sum_t c_t a_t b_t^T) u_{o'} \) for the orbits o of row i0 (column orbits
     * {@code left}) and o' of the other row (columns {@code right}).
     */
    private void contract(ApInterval[][] h, ApInterval weight, IndependentLoss.Pair p, FrameFormula f, int[] left,
                          int[] right, boolean minus) {
        Map<Long, Integer> overlap = new HashMap<>();
        Map<Integer, Integer> leftCount = new HashMap<>();
        Map<Integer, Integer> rightCount = new HashMap<>();
        for (int c = 0; c < d; c++) {
            overlap.merge((long) left[c] * m + right[c], 1, Integer::sum);
            leftCount.merge(left[c], 1, Integer::sum);
            rightCount.merge(right[c], 1, Integer::sum);
        }
        ApInterval w = minus ? weight.negate() : weight;
        ApInterval ci = w.multiply(p.coefficients.eval(f.identity()));
        for (Map.Entry<Long, Integer> e : overlap.entrySet()) {
            int a = (int) (e.getKey() / m);
            int b = (int) (e.getKey() % m);
            h[a][b] = h[a][b].add(ci.multiply(ApInterval.of(e.getValue())));
        }
        for (Term t : f.terms()) {
            ApInterval ct = w.multiply(p.coefficients.eval(t.coefficient()));
            FrameVector rv = t.right().orElseThrow();
            boolean normal = t.left() == FrameVector.N || t.left() == FrameVector.M || rv == FrameVector.N
                    || rv == FrameVector.M;
            if (p.degenerate && normal) {
                for (Map.Entry<Integer, Integer> a : leftCount.entrySet()) {
                    for (Map.Entry<Integer, Integer> b : rightCount.entrySet()) {
                        ApInterval bound = ApInterval.of((double) a.getValue() * b.getValue()).sqrt()
                                .multiply(ApInterval.of(-1, 1));
                        h[a.getKey()][b.getKey()] = h[a.getKey()][b.getKey()].add(ct.multiply(bound));
                    }
                }
                continue;
            }
            Map<Integer, ApInterval> sa = sums(p.vector(t.left()), left);
            Map<Integer, ApInterval> sb = sums(p.vector(rv), right);
            for (Map.Entry<Integer, ApInterval> a : sa.entrySet()) {
                ApInterval ca = ct.multiply(a.getValue());
                for (Map.Entry<Integer, ApInterval> b : sb.entrySet()) {
                    h[a.getKey()][b.getKey()] = h[a.getKey()][b.getKey()].add(ca.multiply(b.getValue()));
                }
            }
        }
    }

    /** @return \( u_o \cdot a \) for every orbit o among the columns' orbits */
    private Map<Integer, ApInterval> sums(ApInterval[] a, int[] orbits) {
        Map<Integer, ApInterval> s = new HashMap<>();
        for (int c = 0; c < d; c++) {
            s.merge(orbits[c], a[c], ApInterval::add);
        }
        return s;
    }

    private int[] columnOrbits(int i) {
        int[] o = new int[d];
        for (int c = 0; c < d; c++) {
            o[c] = orbit[i * d + c];
        }
        return o;
    }

    private ApInterval[] row(ApInterval[] flat, int i) {
        return Arrays.copyOfRange(flat, i * d, (i + 1) * d);
    }

    private static ApInterval[] filled(int n) {
        ApInterval[] x = new ApInterval[n];
        Arrays.fill(x, ApInterval.ZERO);
        return x;
    }

    static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }
}
