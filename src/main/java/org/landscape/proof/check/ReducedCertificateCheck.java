package org.landscape.proof.check;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.landscape.proof.Certificate;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-checks an orbit-reduced {@link Certificate} (block-structured points of any width) along the independent path:
 * <ol>
 *   <li>symmetry: every generator of H and of each listed K is a permutation of rows and of columns whose column part
 *       permutes the teacher's rows (a symmetry of L); K maps every coordinate into its H-orbit (so the point, in
 *       Fix(H), is fixed by K and the Hessian commutes with K); the unknowns name every orbit of H once; and every
 *       orbit of H holds a coordinate that is a whole orbit of some K, so the H-translates of the fixed spaces of the
 *       K span M(k,d) and every isotypic component of H meets one of them (exact, by union-find);</li>
 *   <li>existence and loss: {@link IndependentOrbitForms} (apfloat, symbolic formulas interpreted, representative
 *       rows of full length) and the re-checker's own Krawczyk step;</li>
 *   <li>Morse index 0 and the smallest eigenvalue: on each \( \mathrm{Fix}(K) \) the pencil
 *       \( (D^2L[E_o, E_{o'}], \mathrm{diag}|o|) \) over K(X) has as eigenvalues the Hessian's eigenvalues on the
 *       (Hessian-invariant) space \( \mathrm{Fix}(K) \); interval \( LDL^T \) of \( Q(A - sG)Q^T \) (Q from Hipparchus,
 *       \( QGQ^T \) proved positive definite) counts those below s. No eigenvalue below the claimed lower bound on any
 *       \( \mathrm{Fix}(K) \) bounds the whole spectrum from below (step 1), one below the claimed upper bound bounds
 *       the smallest from above. A positive index claim needs isotypic multiplicities: it is refuted when no fixed
 *       space has a negative eigenvalue or one has more than claimed, else not re-checked.</li>
 * </ol>
 */
final class ReducedCertificateCheck {
    private ReducedCertificateCheck() {
    }

    static CheckReport check(Certificate c) {
        long t0 = System.nanoTime();
        List<CheckReport.ClaimCheck> out = new ArrayList<>();
        double[][] teacher = c.teacher();
        int k = c.k();
        int d = teacher[0].length;
        Certificate.Reduced r = c.reduced().orElseThrow();
        List<int[]> h = new ArrayList<>();
        List<List<int[]>> ks = new ArrayList<>();
        String why = expand(r.generators(), k, d, h);
        for (List<int[]> g : r.stabilisers()) {
            List<int[]> maps = new ArrayList<>();
            why = why.isEmpty() ? expand(g, k, d, maps) : why;
            ks.add(maps);
        }
        if (why.isEmpty()) {
            why = symmetryProblem(h, ks, r.unknowns(), teacher, k, d);
        }
        out.add(new CheckReport.ClaimCheck("symmetric criticality", why.isEmpty() ? CheckReport.Status.CONFIRMED
                : CheckReport.Status.FAILED, why.isEmpty() ? "the unknowns are the orbit values of a group of "
                + "symmetries of L; the listed subgroups fix its fixed space and reach every isotypic component "
                + "(exact checks)" : why));
        if (!why.isEmpty()) {
            return new CheckReport(out, seconds(t0));
        }
        ApInterval alpha = ApInterval.of(c.alpha().lo(), c.alpha().hi());
        IndependentLoss loss = new IndependentLoss(teacher, alpha);
        IndependentOrbitForms fix = new IndependentOrbitForms(loss, teacher, k, h);
        int[] unknowns = r.unknowns();
        int m = unknowns.length;
        double[] center = c.center();
        ApInterval[] yc = new ApInterval[m];
        ApInterval[] ybox = new ApInterval[m];
        for (int j = 0; j < m; j++) {
            yc[j] = ApInterval.of(center[j]);
            ybox[j] = ApInterval.of(Math.nextDown(center[j] - c.radius()), Math.nextUp(center[j] + c.radius()));
        }
        IndependentOrbitForms.Values atCenter;
        IndependentOrbitForms.Values overBox;
        try {
            atCenter = fix.evaluate(lift(yc, fix, unknowns, k * d), true, false);
            overBox = fix.evaluate(lift(ybox, fix, unknowns, k * d), false, true);
        } catch (ArithmeticException e) {
            out.add(new CheckReport.ClaimCheck("existence", CheckReport.Status.FAILED, "the box contains a dead neuron "
                    + "or the evaluation is undefined: " + e.getMessage()));
            return new CheckReport(out, seconds(t0));
        }
        ApInterval[] f = new ApInterval[m];
        ApInterval[][] jac = new ApInterval[m][m];
        for (int i = 0; i < m; i++) {
            int oi = fix.orbitOf(unknowns[i]);
            f[i] = atCenter.gradient()[oi];
            for (int j = 0; j < m; j++) {
                jac[i][j] = overBox.form()[oi][fix.orbitOf(unknowns[j])];
            }
        }
        ApInterval[] kbox = CertificateChecker.existence(c, yc, ybox, f, jac, out);
        if (kbox == null) {
            return new CheckReport(out, seconds(t0));
        }
        ApInterval[] wk = lift(kbox, fix, unknowns, k * d);
        IndependentOrbitForms.Values overK = fix.evaluate(wk, false, false);
        ApInterval l = atCenter.loss();
        for (int j = 0; j < m; j++) {
            l = l.add(overK.gradient()[fix.orbitOf(unknowns[j])].multiply(kbox[j].subtract(yc[j])));
        }
        boolean lossOk = l.within(c.loss().lo(), c.loss().hi());
        out.add(new CheckReport.ClaimCheck("loss", !c.loss().isBounded() ? CheckReport.Status.NOT_CHECKED
                : lossOk ? CheckReport.Status.CONFIRMED : CheckReport.Status.FAILED,
                "re-checked enclosure " + l + " vs claimed " + c.loss()));
        inertia(c, loss, teacher, k, ks, wk, out);
        return new CheckReport(out, seconds(t0));
    }

    /**
     * The Morse index and smallest-eigenvalue claims from the pencils on every listed Fix(K). Index 0 is confirmed or
     * refuted; a positive index is refuted when no fixed space has a negative eigenvalue (the index is then 0) or when
     * one fixed space alone has more negative eigenvalues than claimed, else it is not checked (the count needs the
     * isotypic multiplicities).
     */
    private static void inertia(Certificate c, IndependentLoss loss, double[][] teacher, int k, List<List<int[]>> ks,
                                ApInterval[] wk, List<CheckReport.ClaimCheck> out) {
        boolean eigen = c.smallestEigenvalue().isBounded();
        if (c.morseIndex() < 0 && !eigen) {
            out.add(new CheckReport.ClaimCheck("Morse index", CheckReport.Status.NOT_CHECKED, "not claimed"));
            return;
        }
        int atZero = 0;
        int belowLo = 0;
        int belowHi = 0;
        for (List<int[]> g : ks) {
            IndependentOrbitForms forms = new IndependentOrbitForms(loss, teacher, k, g);
            ApInterval[][] a = forms.evaluate(wk, false, true).form();
            Pencil p = pencil(a, forms);
            if (p == null) {
                out.add(new CheckReport.ClaimCheck("Morse index", CheckReport.Status.FAILED, "Q G Q^T is not proved "
                        + "positive definite on a fixed space"));
                return;
            }
            atZero = worst(atZero, p.below(ApInterval.ZERO));
            if (eigen) {
                belowLo = worst(belowLo, p.below(ApInterval.of(c.smallestEigenvalue().lo())));
                belowHi = Math.max(belowHi, p.below(ApInterval.of(c.smallestEigenvalue().hi())));
            }
        }
        int claimed = c.morseIndex();
        if (claimed < 0) {
            out.add(new CheckReport.ClaimCheck("Morse index", CheckReport.Status.NOT_CHECKED, "not claimed"));
        } else if (atZero < 0) {
            out.add(new CheckReport.ClaimCheck("Morse index", CheckReport.Status.FAILED, "a pivot of an LDL^T at s = 0 "
                    + "contains 0"));
        } else if (claimed == 0 || atZero == 0) {
            out.add(new CheckReport.ClaimCheck("Morse index", atZero == claimed ? CheckReport.Status.CONFIRMED
                    : CheckReport.Status.FAILED, "negative eigenvalues on the fixed spaces: " + atZero
                    + (atZero == 0 ? " (the index is 0)" : "") + " (claimed " + claimed + ")"));
        } else {
            out.add(new CheckReport.ClaimCheck("Morse index", atZero > claimed ? CheckReport.Status.FAILED
                    : CheckReport.Status.NOT_CHECKED, "one fixed space has " + atZero
                    + " negative eigenvalue(s) (claimed " + claimed + "); " + (atZero > claimed ? "more than claimed"
                    : "a positive index needs the isotypic multiplicities; the re-checker confirms index 0 and "
                    + "refutes index 0 or a smaller count")));
        }
        if (eigen) {
            boolean ok = belowLo == 0 && belowHi >= 1;
            out.add(new CheckReport.ClaimCheck("smallest eigenvalue", ok ? CheckReport.Status.CONFIRMED
                    : CheckReport.Status.FAILED, "eigenvalues below the claimed bounds on the fixed spaces: " + belowLo
                    + " and " + belowHi + " (need 0 and >= 1; -1 means a pivot contains 0)"));
        }
    }

    /** @return -1 if either count failed, else the larger */
    private static int worst(int a, int b) {
        return a < 0 || b < 0 ? -1 : Math.max(a, b);
    }

    /** \( QAQ^T \) and \( QGQ^T \), G = diag |o|. */
    private record Pencil(ApInterval[][] a, ApInterval[][] g) {
        int below(ApInterval s) {
            return CertificateChecker.negativePivots(a, g, s);
        }
    }

    /** @return the preconditioned pencil, or null if \( QGQ^T \) is not proved positive definite */
    private static Pencil pencil(ApInterval[][] a, IndependentOrbitForms forms) {
        int n = a.length;
        double[] scale = new double[n];
        for (int o = 0; o < n; o++) {
            scale[o] = 1 / Math.sqrt(forms.orbitSize(o));
        }
        double[][] mid = CertificateChecker.mid(a);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mid[i][j] *= scale[i] * scale[j];
            }
        }
        double[][] v = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(mid, false)).getV().transpose()
                .getData();
        double[][] q = new double[n][n];
        for (int e = 0; e < n; e++) {
            for (int o = 0; o < n; o++) {
                q[e][o] = v[e][o] * scale[o];
            }
        }
        ApInterval[][] qa = new ApInterval[n][n];
        ApInterval[][] qg = new ApInterval[n][n];
        for (int i = 0; i < n; i++) {
            ApInterval[] row = new ApInterval[n];
            for (int o = 0; o < n; o++) {
                ApInterval s = ApInterval.ZERO;
                for (int x = 0; x < n; x++) {
                    s = s.add(ApInterval.of(q[i][x]).multiply(a[x][o]));
                }
                row[o] = s;
            }
            for (int j = 0; j < n; j++) {
                ApInterval s = ApInterval.ZERO;
                ApInterval t = ApInterval.ZERO;
                for (int o = 0; o < n; o++) {
                    ApInterval qj = ApInterval.of(q[j][o]);
                    s = s.add(row[o].multiply(qj));
                    t = t.add(ApInterval.of(q[i][o]).multiply(ApInterval.of(forms.orbitSize(o))).multiply(qj));
                }
                qa[i][j] = s;
                qg[i][j] = t;
            }
        }
        return CertificateChecker.negativePivots(qg, qg, ApInterval.ZERO) == 0 ? new Pencil(qa, qg) : null;
    }

    /**
     * Turns permutations of the k + d rows and columns into maps of the kd coordinates.
     *
     * @return "" or the problem
     */
    private static String expand(List<int[]> points, int k, int d, List<int[]> maps) {
        for (int[] p : points) {
            if (p.length != k + d) {
                return "a permutation acts on " + p.length + " points, not k + d = " + (k + d);
            }
            boolean[] seen = new boolean[k + d];
            for (int x = 0; x < k + d; x++) {
                if (p[x] < 0 || p[x] >= k + d || seen[p[x]] || (x < k) != (p[x] < k)) {
                    return "a generator is not a permutation of the rows and of the columns";
                }
                seen[p[x]] = true;
            }
            int[] t = new int[k * d];
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < d; c++) {
                    t[i * d + c] = p[i] * d + (p[k + c] - k);
                }
            }
            maps.add(t);
        }
        return "";
    }

    /** The exact symmetry, orbit and coverage checks of step 1. */
    private static String symmetryProblem(List<int[]> h, List<List<int[]>> ks, int[] unknowns, double[][] teacher,
                                          int k, int d) {
        int kd = k * d;
        if (h.isEmpty()) {
            return "no generators of H: symmetric criticality cannot be checked";
        }
        int[] parent = IndependentOrbitForms.identity(kd);
        for (int[] t : h) {
            String why = CertificateChecker.notASymmetry(t, teacher, k, d);
            if (!why.isEmpty()) {
                return why;
            }
            for (int a = 0; a < kd; a++) {
                CertificateChecker.union(parent, a, t[a]);
            }
        }
        boolean[] named = new boolean[kd];
        for (int u : unknowns) {
            int root = CertificateChecker.find(parent, u);
            if (named[root]) {
                return "two unknowns name the same orbit of H";
            }
            named[root] = true;
        }
        boolean[] covered = new boolean[kd];
        for (List<int[]> g : ks) {
            int[] kp = IndependentOrbitForms.identity(kd);
            for (int[] t : g) {
                String why = CertificateChecker.notASymmetry(t, teacher, k, d);
                if (!why.isEmpty()) {
                    return why;
                }
                for (int a = 0; a < kd; a++) {
                    if (CertificateChecker.find(parent, t[a]) != CertificateChecker.find(parent, a)) {
                        return "a listed subgroup moves a coordinate out of its orbit of H: it does not fix Fix(H)";
                    }
                    CertificateChecker.union(kp, a, t[a]);
                }
            }
            int[] count = new int[kd];
            for (int a = 0; a < kd; a++) {
                count[CertificateChecker.find(kp, a)]++;
            }
            for (int a = 0; a < kd; a++) {
                if (count[CertificateChecker.find(kp, a)] == 1) {
                    covered[CertificateChecker.find(parent, a)] = true;
                }
            }
        }
        for (int a = 0; a < kd; a++) {
            int root = CertificateChecker.find(parent, a);
            if (!named[root]) {
                return "the unknowns miss an orbit of H: they do not span Fix(H)";
            }
            if (!covered[root]) {
                return "no listed subgroup has a one-point orbit in the orbit of coordinate " + a + " of H: the fixed "
                        + "spaces may miss an isotypic component, so the spectrum is not covered";
            }
        }
        return "";
    }

    /** @return W flat: the value of the unknown naming each coordinate's orbit */
    private static ApInterval[] lift(ApInterval[] y, IndependentOrbitForms fix, int[] unknowns, int kd) {
        ApInterval[] byOrbit = new ApInterval[fix.orbits()];
        for (int j = 0; j < unknowns.length; j++) {
            byOrbit[fix.orbitOf(unknowns[j])] = y[j];
        }
        ApInterval[] w = new ApInterval[kd];
        for (int a = 0; a < kd; a++) {
            w[a] = byOrbit[fix.orbitOf(a)];
        }
        return w;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
