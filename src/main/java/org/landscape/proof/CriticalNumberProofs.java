package org.landscape.proof;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.continuation.IsotypicTestFunctions;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.interval.Interval;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.rep.WeightMatrixAction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proved critical numbers of a G-symmetric family of critical points (MATH.md sections 4 and 6; issue 17 item 4):
 * interval Newton (Krawczyk) on the {@link ExtendedSystem} \( (\nabla L = 0 \text{ in Fix}(G),\ H\psi = 0
 * \text{ in Fix}(K),\ \ell^T\psi = 1) \) encloses \( \alpha^* \) and proves the crossing transversal.
 *
 * <p>K is chosen among the subgroup classes of G (largest first) such that \( \mathrm{Fix}(K) \) is
 * \( \mathrm{Fix}(G) \) plus exactly one copy of the multiplicity space of the crossing component V: the dimension
 * count \( \dim\mathrm{Fix}(K) - \dim\mathrm{Fix}(G) = m_V \) is exact (orbit counts), and the complement's share in
 * V is checked numerically (at least 0.999). Then at every G-symmetric point the Hessian restricted to Fix(K) is the
 * trivial block plus one copy of V's block, and a kernel vector outside Fix(G) is a zero of V's block.
 * The center: Newton in Fix(G) at the given alpha, the near-null eigenvector of the Hessian on Fix(K), then Newton
 * on the extended system in double precision. A touch (even-order zero) makes the extended Jacobian singular: not
 * proved, in principle, by this system. L must be \( C^3 \) on the box (no parallel pair). Cost at k = 6: about 2 s.
 */
public final class CriticalNumberProofs {
    /** Smallest share of the complement of Fix(G) in Fix(K) that must lie in the crossing component. */
    public static final double MIN_SHARE = 0.999;

    private CriticalNumberProofs() {
    }

    /**
     * @param teacher   V (read)
     * @param g         the family's symmetry G acting on M(k,d)
     * @param w         a point of the family near the crossing, k x d (read; projected onto Fix(G))
     * @param alpha     the approximate critical number
     * @param component the crossing component's label (as in {@link IsotypicTestFunctions#labels()})
     * @param settings  Krawczyk settings
     * @return the proof outcome
     */
    public static CriticalNumberProof prove(double[][] teacher, WeightMatrixAction g, double[][] w, double alpha,
                                            String component, Krawczyk.Settings settings) {
        long t0 = System.nanoTime();
        int k = w.length;
        int d = w[0].length;
        ExactFixedSubspace fg = ExactFixedSubspace.of(g, teacher);
        IsotypicTestFunctions tf = IsotypicTestFunctions.of(g);
        IsotypicDecomposition.Component comp = tf.component(component);
        Optional<SubgroupClass> kClass = isolating(tf, comp, fg.dimension());
        if (kClass.isEmpty()) {
            return failed(Verdict.notProved("no subgroup K of " + g.group().name() + " has Fix(K) = Fix(G) plus one "
                    + "copy of the multiplicity space of [" + component + "]"), component, "-", t0);
        }
        String kName = kClass.get().structure();
        ExactFixedSubspace fk = ExactFixedSubspace.of(g, kClass.get().generators(), teacher);
        // Newton in Fix(G) at alpha, in the exact basis
        double[] flat = new double[k * d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(w[i], 0, flat, i * d, d);
        }
        LossMap family = new LossMap(teacher, k, Optional.of(fg), Interval.point(alpha));
        double[] y = family.coordinates(flat);
        for (int it = 0; it < 30; it++) {
            double[] step = solve(family.approximateJacobian(y), mids(family.valueAt(y)));
            double size = 0;
            for (int j = 0; j < y.length; j++) {
                y[j] -= step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-15 * (1 + max(y))) {
                break;
            }
        }
        double[] psi = nullVector(teacher, k, fg.lift(y), alpha, fk);
        double[] ell = psi.clone();
        double n2 = 0;
        for (double x : psi) {
            n2 += x * x;
        }
        for (int j = 0; j < ell.length; j++) {
            ell[j] = psi[j] / n2;
        }
        ExtendedSystem ext = new ExtendedSystem(teacher, k, fg, fk, ell);
        int m = ext.dimension();
        double[] z = new double[m];
        System.arraycopy(y, 0, z, 0, y.length);
        System.arraycopy(psi, 0, z, y.length, psi.length);
        z[m - 1] = alpha;
        for (int it = 0; it < 8; it++) {
            double[] step = solve(ext.approximateJacobian(z), ext.residual(z));
            if (step == null) {
                break;
            }
            double size = 0;
            for (int j = 0; j < m; j++) {
                z[j] -= step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-15) {
                break;
            }
        }
        Krawczyk.Result kr;
        try {
            kr = Krawczyk.prove(ext, z, settings);
        } catch (InvalidInputException e) {
            return failed(Verdict.notProved("the box contains a dead neuron: " + e.getMessage()), component, kName, t0);
        }
        if (!kr.proved()) {
            Verdict v = kr.status() == Krawczyk.Status.SINGULAR_PRECONDITIONER
                    ? Verdict.impossible("the extended system is singular at the point: the zero eigenvalue is not "
                    + "simple in Fix(" + kName + ") or its speed d lambda/d alpha vanishes (a touch, or L not C^3)")
                    : Verdict.notProved(String.format(Locale.ROOT, "no box up to radius %.1e contracts (|I - CJ| <= %.3g):"
                    + " a touch or a near-degenerate crossing, or the start is too far from the crossing",
                    kr.radius(), kr.contraction()));
            return failed(v, component, kName, t0);
        }
        Interval[] enc = kr.enclosure().toArray(new Interval[0]);
        Interval a = enc[m - 1];
        List<Interval> point = List.of(ext.lift(java.util.Arrays.copyOf(enc, y.length)));
        double share = share(fk.lift(java.util.Arrays.copyOfRange(z, y.length, y.length + psi.length)), comp);
        Verdict transversal = share >= MIN_SHARE ? Verdict.PROVED : Verdict.notProved(String.format(Locale.ROOT,
                "the kernel vector lies in [%s] only to %.4f", component, share));
        Evidence ev = new Evidence("Krawczyk operator on the extended system (grad L = 0 in Fix(G), H psi = 0 in Fix("
                + kName + "), l.psi = 1); third derivatives by interval jets of the generated evaluators; center in "
                + LossMap.DIGITS + "-digit intervals", a.width(), String.format(Locale.ROOT, "alpha* width %.3g, box "
                + "radius %.3g, |I - CJ| <= %.3g, %d unknowns", a.width(), kr.radius(), kr.contraction(), m));
        List<Interval> kernel = List.of(fk.lift(java.util.Arrays.copyOfRange(enc, y.length, y.length + psi.length)));
        return new CriticalNumberProof(Verdict.PROVED, transversal, a, point, kernel, component, share, kName,
                kr.radius(),
                (System.nanoTime() - t0) / 1e9, ev);
    }

    private static CriticalNumberProof failed(Verdict v, String component, String kName, long t0) {
        return new CriticalNumberProof(v, Verdict.notProved("existence not proved"), Interval.ENTIRE, List.of(),
                List.of(), component, Double.NaN, kName, 0, (System.nanoTime() - t0) / 1e9, new Evidence("extended system",
                Double.NaN, v.reason()));
    }

    /**
     * @return the largest subgroup class K with dim Fix(K) - dim Fix(G) = m_V whose complement lies in V
     */
    static Optional<SubgroupClass> isolating(IsotypicTestFunctions tf, IsotypicDecomposition.Component comp, int dimG) {
        SubgroupLattice lat = tf.lattice();
        List<SubgroupClass> classes = new ArrayList<>(lat.classes());
        classes.sort(Comparator.comparingLong(SubgroupClass::order).reversed());
        for (SubgroupClass c : classes) {
            FixedPointSubspace fix = FixedPointSubspace.of(tf.action(), c.generators());
            if (fix.dimension() - dimG != comp.multiplicity()) {
                continue;
            }
            if (complementShare(fix.basis(), comp) >= MIN_SHARE) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The m_V-th largest squared cosine of the principal angles between Fix(K) (orthonormal basis) and V: at least
     * MIN_SHARE when an m_V-dimensional part of Fix(K) lies in V.
     */
    private static double complementShare(double[][] basis, IsotypicDecomposition.Component comp) {
        double[][] p = comp.basis();
        int n = basis[0].length;
        // project each Fix(K) basis vector onto V: the Gram matrix of the projections has m_V eigenvalues 1
        int mk = basis.length;
        double[][] gram = new double[mk][mk];
        double[][] proj = new double[mk][n];
        for (int i = 0; i < mk; i++) {
            for (double[] row : p) {
                double c = dot(row, basis[i]);
                for (int a = 0; a < n; a++) {
                    proj[i][a] += c * row[a];
                }
            }
        }
        for (int i = 0; i < mk; i++) {
            for (int j = 0; j < mk; j++) {
                gram[i][j] = dot(proj[i], proj[j]);
            }
        }
        double[] ev = SymmetricEigenvalues.decomposition(gram).values();
        int mv = (int) comp.multiplicity();
        return mk >= mv ? ev[mk - mv] : 0;
    }

    /** @return \( |P_V x|^2/|x|^2 \) */
    static double share(double[] x, IsotypicDecomposition.Component comp) {
        double in = 0;
        for (double[] row : comp.basis()) {
            double c = dot(row, x);
            in += c * c;
        }
        double all = dot(x, x);
        return all == 0 ? 0 : in / all;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The eigenvector of the Hessian on Fix(K) (exact basis, generalised problem) with eigenvalue nearest 0. */
    private static double[] nullVector(double[][] teacher, int k, double[] flat, double alpha, ExactFixedSubspace fk) {
        LossMap inK = new LossMap(teacher, k, Optional.of(fk), Interval.point(alpha), false);
        double[][] m = inK.approximateJacobian(fk.coordinates(flat)); // B_K^T H B_K at W (W lies in Fix(K))
        double[][] b = fk.basisRows();
        int mk = b.length;
        double[] scale = new double[mk];
        for (int j = 0; j < mk; j++) {
            scale[j] = 1 / Math.sqrt(dot(b[j], b[j]));
        }
        for (int i = 0; i < mk; i++) {
            for (int j = 0; j < mk; j++) {
                m[i][j] *= scale[i] * scale[j];
            }
        }
        double[][] vec = ApproximateEigenvectors.byDecreasingModulus(m);
        double[] psi = new double[mk];
        for (int j = 0; j < mk; j++) {
            psi[j] = vec[mk - 1][j] * scale[j];
        }
        return psi;
    }

    private static double[] mids(Interval[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i].mid();
        }
        return r;
    }

    private static double max(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** @return the solution of A x = b, or null if A is singular (Hipparchus LU) */
    static double[] solve(double[][] a, double[] b) {
        DecompositionSolver lu = new LUDecomposition(new Array2DRowRealMatrix(a, false), 1e-300).getSolver();
        return lu.isNonSingular() ? lu.solve(new ArrayRealVector(b, false)).toArray() : null;
    }
}
