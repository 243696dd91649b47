package org.landscape.proof.check;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.landscape.base.InvalidInputException;
import org.landscape.proof.Certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Re-checks a {@link Certificate} along a code path that shares no evaluator with the prover: its own arithmetic
 * ({@link ApInterval}, apfloat, 70 digits), the symbolic layer's expressions interpreted ({@link IndependentLoss}),
 * its own Krawczyk step, and Sylvester's law of inertia by interval \( LDL^T \) factorisations instead of
 * Gershgorin discs. Steps:
 * <ol>
 *   <li>Fix(H) certificates: the generators must be products of a row and a column permutation, the column
 *       permutation must permute the teacher's rows exactly, and the basis must be the indicator vectors of the
 *       coordinate orbits of the generated group (so symmetric criticality applies);</li>
 *   <li>existence: with \( X = \) center \( + [-r, r]^m \) and its own preconditioner C (double Gauss-Jordan on
 *       mid J), \( K(X) = \tilde y - C F(\tilde y) + (I - C J(X))(X - \tilde y) \subset \mathrm{int}\, X \);</li>
 *   <li>loss: \( L(\tilde y) + \nabla L(K)\cdot B(K - \tilde y) \) inside the claimed interval;</li>
 *   <li>Morse index and smallest eigenvalue: with Q from Hipparchus' eigenvectors of mid H over K, interval
 *       \( LDL^T \) of \( QQ^T \) (all pivots positive: Q nonsingular) and of \( Q(H - sI)Q^T \) for
 *       \( s = 0 \), the claimed lower and upper bound: the numbers of negative pivots are the numbers of
 *       eigenvalues below s of every matrix in the enclosure.</li>
 * </ol>
 * Cost: dominated by the interval Hessian and the \( O((kd)^3) \) products in apfloat, a few seconds at
 * k = d = 6; the Morse step is skipped (NOT_CHECKED, said so) above kd = {@link #MAX_DENSE}.
 */
public final class CertificateChecker {
    /** Largest kd for the re-checked Morse index. */
    public static final int MAX_DENSE = 100;

    private CertificateChecker() {
    }

    /** @return the report; never throws for a wrong certificate (that is a FAILED claim) */
    public static CheckReport check(Certificate c) {
        if (c.reduced().isPresent()) {
            return ReducedCertificateCheck.check(c);
        }
        long t0 = System.nanoTime();
        List<CheckReport.ClaimCheck> out = new ArrayList<>();
        double[][] teacher = c.teacher();
        int k = c.k();
        int d = teacher[0].length;
        int kd = k * d;
        int[][] basis = c.basis().orElse(null);
        if (basis != null) {
            String why = symmetryProblem(c.generators(), basis, teacher, k, d);
            out.add(new CheckReport.ClaimCheck("symmetric criticality", why.isEmpty() ? CheckReport.Status.CONFIRMED
                    : CheckReport.Status.FAILED, why.isEmpty() ? "the basis spans the fixed points of a group of "
                    + "symmetries of L (exact check)" : why));
            if (!why.isEmpty()) {
                return new CheckReport(out, (System.nanoTime() - t0) / 1e9);
            }
        }
        ApInterval alpha = ApInterval.of(c.alpha().lo(), c.alpha().hi());
        IndependentLoss loss = new IndependentLoss(teacher, alpha);
        double[] center = c.center();
        int m = center.length;
        ApInterval[] yc = new ApInterval[m];
        ApInterval[] ybox = new ApInterval[m];
        for (int j = 0; j < m; j++) {
            yc[j] = ApInterval.of(center[j]);
            ybox[j] = ApInterval.of(Math.nextDown(center[j] - c.radius()), Math.nextUp(center[j] + c.radius()));
        }
        IndependentLoss.Values atCenter;
        IndependentLoss.Values overBox;
        try {
            atCenter = loss.evaluate(lift(yc, basis, kd));
            overBox = loss.evaluate(lift(ybox, basis, kd));
        } catch (ArithmeticException e) {
            out.add(new CheckReport.ClaimCheck("existence", CheckReport.Status.FAILED, "the box contains a dead neuron "
                    + "or the evaluation is undefined: " + e.getMessage()));
            return new CheckReport(out, (System.nanoTime() - t0) / 1e9);
        }
        ApInterval[] kbox = existence(c, yc, ybox, project(atCenter.gradient(), basis, m),
                restrict(overBox.hessian(), basis, m), out);
        if (kbox == null) {
            return new CheckReport(out, (System.nanoTime() - t0) / 1e9);
        }
        IndependentLoss.Values overK = loss.evaluate(lift(kbox, basis, kd));
        ApInterval l = atCenter.loss();
        ApInterval[] wk = lift(kbox, basis, kd);
        ApInterval[] wc = lift(yc, basis, kd);
        for (int a = 0; a < kd; a++) {
            l = l.add(overK.gradient()[a].multiply(wk[a].subtract(wc[a])));
        }
        boolean lossOk = l.within(c.loss().lo(), c.loss().hi());
        out.add(new CheckReport.ClaimCheck("loss", !c.loss().isBounded() ? CheckReport.Status.NOT_CHECKED
                : lossOk ? CheckReport.Status.CONFIRMED : CheckReport.Status.FAILED,
                "re-checked enclosure " + l + " vs claimed " + c.loss()));
        inertia(c, overK.hessian(), out);
        return new CheckReport(out, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The Krawczyk test with the re-checker's own preconditioner (Gauss-Jordan on mid J): records the existence claim.
     *
     * @return K(X) if it lies in the interior of X, else null
     */
    static ApInterval[] existence(Certificate c, ApInterval[] yc, ApInterval[] ybox, ApInterval[] f,
                                  ApInterval[][] jac, List<CheckReport.ClaimCheck> out) {
        int m = yc.length;
        double[][] cinv = inverse(mid(jac));
        ApInterval[] kbox = new ApInterval[m];
        boolean inside = cinv != null;
        for (int i = 0; i < m && inside; i++) {
            ApInterval s = yc[i];
            for (int j = 0; j < m; j++) {
                s = s.subtract(ApInterval.of(cinv[i][j]).multiply(f[j]));
            }
            for (int j = 0; j < m; j++) {
                ApInterval rij = ApInterval.of(i == j ? 1 : 0);
                for (int l = 0; l < m; l++) {
                    rij = rij.subtract(ApInterval.of(cinv[i][l]).multiply(jac[l][j]));
                }
                s = s.add(rij.multiply(ybox[j].subtract(yc[j])));
            }
            kbox[i] = s;
            inside = ybox[i].interiorContains(s);
        }
        out.add(new CheckReport.ClaimCheck("existence", inside ? CheckReport.Status.CONFIRMED
                : CheckReport.Status.FAILED, inside ? String.format(Locale.ROOT, "K(X) lies in the interior of the "
                + "box of radius %.3g: a unique zero there", c.radius())
                : cinv == null ? "the Jacobian midpoint is singular" : "K(X) is not inside the box"));
        return inside ? kbox : null;
    }

    private static void inertia(Certificate c, ApInterval[][] h, List<CheckReport.ClaimCheck> out) {
        int n = h.length;
        if (c.morseIndex() < 0) {
            out.add(new CheckReport.ClaimCheck("Morse index", CheckReport.Status.NOT_CHECKED, "not claimed"));
            return;
        }
        if (n > MAX_DENSE) {
            out.add(new CheckReport.ClaimCheck("Morse index", CheckReport.Status.NOT_CHECKED, "kd = " + n
                    + " exceeds " + MAX_DENSE + " for the apfloat LDL^T re-check"));
            return;
        }
        double[][] q = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(mid(h), false)).getV().transpose()
                .getData();
        ApInterval[][] qh = new ApInterval[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ApInterval s = ApInterval.ZERO;
                for (int a = 0; a < n; a++) {
                    if (q[i][a] != 0) {
                        s = s.add(ApInterval.of(q[i][a]).multiply(h[a][j]));
                    }
                }
                qh[i][j] = s;
            }
        }
        ApInterval[][] a = new ApInterval[n][n];
        ApInterval[][] g = new ApInterval[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ApInterval s = ApInterval.ZERO;
                ApInterval t = ApInterval.ZERO;
                for (int b = 0; b < n; b++) {
                    if (q[j][b] != 0) {
                        ApInterval qjb = ApInterval.of(q[j][b]);
                        s = s.add(qh[i][b].multiply(qjb));
                        t = t.add(ApInterval.of(q[i][b]).multiply(qjb));
                    }
                }
                a[i][j] = s;
                g[i][j] = t;
            }
        }
        int gNeg = negativePivots(g, g, ApInterval.ZERO);
        if (gNeg != 0) {
            out.add(new CheckReport.ClaimCheck("Morse index", CheckReport.Status.FAILED, "Q Q^T is not proved positive "
                    + "definite"));
            return;
        }
        int index = negativePivots(a, g, ApInterval.ZERO);
        out.add(new CheckReport.ClaimCheck("Morse index", index == c.morseIndex() ? CheckReport.Status.CONFIRMED
                : CheckReport.Status.FAILED, index < 0 ? "a pivot of the LDL^T of Q H Q^T contains 0"
                : "negative pivots of Q H Q^T: " + index + " (claimed " + c.morseIndex() + ")"));
        if (!c.smallestEigenvalue().isBounded()) {
            return;
        }
        int belowLo = negativePivots(a, g, ApInterval.of(c.smallestEigenvalue().lo()));
        int belowHi = negativePivots(a, g, ApInterval.of(c.smallestEigenvalue().hi()));
        boolean ok = belowLo == 0 && belowHi >= 1;
        out.add(new CheckReport.ClaimCheck("smallest eigenvalue", ok ? CheckReport.Status.CONFIRMED
                : CheckReport.Status.FAILED, "eigenvalues below the claimed bounds: " + belowLo + " and " + belowHi
                + " (need 0 and >= 1; -1 means a pivot contains 0)"));
    }

    /**
     * @return the number of negative pivots of the interval \( LDL^T \) of \( A - sG \) (symmetric Gaussian
     *         elimination without pivoting), or -1 if a pivot contains 0
     */
    static int negativePivots(ApInterval[][] a, ApInterval[][] g, ApInterval s) {
        int n = a.length;
        ApInterval[][] m = new ApInterval[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = s.containsZero() && s.lo.signum() == 0 && s.hi.signum() == 0 ? a[i][j]
                        : a[i][j].subtract(s.multiply(g[i][j]));
            }
        }
        int negative = 0;
        for (int p = 0; p < n; p++) {
            ApInterval piv = m[p][p];
            if (piv.containsZero()) {
                return -1;
            }
            if (piv.negative()) {
                negative++;
            }
            for (int i = p + 1; i < n; i++) {
                ApInterval l = m[i][p].divide(piv);
                for (int j = p + 1; j < n; j++) {
                    m[i][j] = m[i][j].subtract(l.multiply(m[p][j]));
                }
            }
        }
        return negative;
    }

    private static ApInterval[] lift(ApInterval[] y, int[][] basis, int kd) {
        if (basis == null) {
            return y.clone();
        }
        ApInterval[] x = new ApInterval[kd];
        Arrays.fill(x, ApInterval.ZERO);
        for (int j = 0; j < basis.length; j++) {
            for (int a = 0; a < kd; a++) {
                if (basis[j][a] != 0) {
                    x[a] = basis[j][a] > 0 ? y[j] : y[j].negate();
                }
            }
        }
        return x;
    }

    private static ApInterval[] project(ApInterval[] g, int[][] basis, int m) {
        if (basis == null) {
            return g.clone();
        }
        ApInterval[] r = new ApInterval[m];
        for (int j = 0; j < m; j++) {
            ApInterval s = ApInterval.ZERO;
            for (int a = 0; a < g.length; a++) {
                if (basis[j][a] != 0) {
                    s = basis[j][a] > 0 ? s.add(g[a]) : s.subtract(g[a]);
                }
            }
            r[j] = s;
        }
        return r;
    }

    private static ApInterval[][] restrict(ApInterval[][] h, int[][] basis, int m) {
        if (basis == null) {
            return h;
        }
        ApInterval[][] r = new ApInterval[m][m];
        for (int i = 0; i < m; i++) {
            ApInterval[] hb = new ApInterval[h.length];
            for (int a = 0; a < h.length; a++) {
                hb[a] = project(h[a], new int[][]{basis[i]}, 1)[0];
            }
            for (int j = 0; j < m; j++) {
                r[j][i] = project(hb, new int[][]{basis[j]}, 1)[0];
            }
        }
        return r;
    }

    static double[][] mid(ApInterval[][] a) {
        double[][] m = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                m[i][j] = a[i][j].mid();
            }
        }
        return m;
    }

    /** @return the inverse by Gauss-Jordan with partial pivoting, or null if singular */
    static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            if (m[piv][col] == 0) {
                return null;
            }
            double[] t = m[col];
            m[col] = m[piv];
            m[piv] = t;
            double p = m[col][col];
            for (int j = 0; j < 2 * n; j++) {
                m[col][j] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && m[r][col] != 0) {
                    double fct = m[r][col];
                    for (int j = 0; j < 2 * n; j++) {
                        m[r][j] -= fct * m[col][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return inv;
    }

    /**
     * @return "" if the generators are row-and-column permutations whose column parts permute the teacher rows
     *         and the basis is the set of orbit indicators of the generated group; otherwise the problem
     */
    static String symmetryProblem(List<int[]> generators, int[][] basis, double[][] teacher, int k, int d) {
        if (generators.isEmpty()) {
            return "a Fix(H) basis without the generators of H: symmetric criticality cannot be checked";
        }
        int[] parent = new int[k * d];
        for (int a = 0; a < parent.length; a++) {
            parent[a] = a;
        }
        for (int[] t : generators) {
            String why = notASymmetry(t, teacher, k, d);
            if (!why.isEmpty()) {
                return why;
            }
            for (int a = 0; a < t.length; a++) {
                union(parent, a, t[a]);
            }
        }
        return basisProblem(basis, parent, k, d);
    }

    /**
     * @return "" if the coordinate map t of M(k,d) is a product of a row and a column permutation whose column part
     *         permutes the teacher's rows (a symmetry of L); otherwise the problem
     */
    static String notASymmetry(int[] t, double[][] teacher, int k, int d) {
        Comparator<double[]> lex = Arrays::compare;
        double[][] sorted = teacher.clone();
        Arrays.sort(sorted, lex);
        if (t.length != k * d) {
            return "a generator acts on " + t.length + " coordinates, not k*d = " + k * d;
        }
        int[] pi = new int[k];
        int[] rho = new int[d];
        for (int i = 0; i < k; i++) {
            pi[i] = t[i * d] / d;
        }
        for (int c = 0; c < d; c++) {
            rho[c] = t[c] % d;
        }
        if (!isPermutation(pi) || !isPermutation(rho)) {
            return "a generator is not a product of a row and a column permutation";
        }
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < d; c++) {
                if (t[i * d + c] != pi[i] * d + rho[c]) {
                    return "a generator is not a product of a row and a column permutation";
                }
            }
        }
        double[][] moved = new double[teacher.length][d];
        for (int j = 0; j < teacher.length; j++) {
            for (int c = 0; c < d; c++) {
                moved[j][rho[c]] = teacher[j][c];
            }
        }
        Arrays.sort(moved, lex);
        for (int j = 0; j < teacher.length; j++) {
            if (!Arrays.equals(moved[j], sorted[j])) {
                return "a generator's column permutation does not permute the teacher's rows: no symmetry of L";
            }
        }
        return "";
    }

    /** @return "" if the basis is the set of orbit indicators of the union-find partition, else the problem */
    private static String basisProblem(int[][] basis, int[] parent, int k, int d) {
        // the basis must consist of the orbit indicators (entries 1 on one orbit), each orbit once
        boolean[] used = new boolean[k * d];
        for (int[] b : basis) {
            int root = -1;
            int count = 0;
            for (int a = 0; a < b.length; a++) {
                if (b[a] == 0) {
                    continue;
                }
                if (b[a] != 1) {
                    return "basis entries of an unsigned action must be 0 or 1";
                }
                int r = find(parent, a);
                if (root >= 0 && r != root) {
                    return "a basis vector spans two orbits";
                }
                root = r;
                count++;
            }
            int size = 0;
            for (int a = 0; a < parent.length; a++) {
                if (find(parent, a) == root) {
                    size++;
                }
            }
            if (root < 0 || count != size || used[root]) {
                return "a basis vector is not the indicator of a whole orbit (or repeats one)";
            }
            used[root] = true;
        }
        for (int a = 0; a < parent.length; a++) {
            if (find(parent, a) == a && !used[a]) {
                return "the basis misses an orbit: it does not span Fix(H)";
            }
        }
        return "";
    }

    private static boolean isPermutation(int[] p) {
        boolean[] seen = new boolean[p.length];
        for (int x : p) {
            if (x < 0 || x >= p.length || seen[x]) {
                return false;
            }
            seen[x] = true;
        }
        return true;
    }

    static int find(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** @return {@link #check} of a certificate, refusing kinds it does not know */
    public static CheckReport checkKnown(Certificate c) {
        if (!Certificate.CRITICAL_POINT.equals(c.kind())) {
            throw new InvalidInputException("cannot re-check certificates of kind '" + c.kind() + "'");
        }
        return check(c);
    }
}
