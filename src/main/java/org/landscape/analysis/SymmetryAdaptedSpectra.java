package org.landscape.analysis;

import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.base.Evidence;
import org.landscape.group.ElementTable;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.rep.RealIrreducibles;
import org.landscape.rep.RealIsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Symmetry-adapted Hessian spectra (MATH.md section 4): at W with isotropy \( H = \Gamma_W \) the Hessian commutes
 * with the action of H on \( M(k,d) \), so in an orthonormal symmetry-adapted basis \( Q \) (rows: the real isotypic
 * components of {@link RealIsotypicDecomposition}) \( Q \nabla^2 L\, Q^T \) is block diagonal, one block
 * \( B_i^T \nabla^2 L B_i \) of size \( m_i n_i \) per component \( V_i^{m_i} \), whose eigenvalues come in groups of
 * \( n_i \) equal values (Schur). Each group is reported once with multiplicity \( n_i \).
 *
 * <p>The dense Hessian is formed (\( kd \le \) {@link #MAX_DENSE}); the symmetry-adapted basis needs
 * \( |H| \le \) {@link #MAX_GROUP_ORDER} and \( k + d \le 16 \), otherwise one block "all" holds the dense spectrum.
 * Cost \( O(|H| kd + (kd)^3) \). Block-structured points of any width take the orbit-reduced route instead
 * ({@link HessianSpectra}, {@link ReducedSpectra}).
 */
public final class SymmetryAdaptedSpectra {
    /** Largest kd for which the dense Hessian is formed. */
    public static final int MAX_DENSE = 1600;
    /** Largest isotropy order for which the isotypic decomposition is computed (element table, class sums). */
    public static final int MAX_GROUP_ORDER = 50_000;

    private SymmetryAdaptedSpectra() {
    }

    /** @return the spectrum at W with the isotropy found at the default tolerance */
    public static HessianSpectrum of(double[][] w, double[][] teacher, double alpha) {
        return of(w, teacher, alpha, Isotropies.of(w, teacher, Isotropies.DEFAULT_RELATIVE_TOLERANCE));
    }

    /**
     * @param w        student (read)
     * @param teacher  teacher (read)
     * @param alpha    leaky slope
     * @param isotropy a subgroup of the isotropy of W (any subgroup gives a valid, coarser splitting)
     * @return the block spectrum, checked against the dense one
     */
    public static HessianSpectrum of(double[][] w, double[][] teacher, double alpha, IsotropySubgroup isotropy) {
        Matrices.checkRectangular(w, "student W");
        int k = w.length;
        int d = w[0].length;
        int kd = k * d;
        if (kd > MAX_DENSE) {
            throw AnalysisMessages.DENSE_TOO_LARGE.invalid(kd, MAX_DENSE);
        }
        NetworkLoss loss = Models.loss(alpha, teacher);
        double[] h = new double[kd * kd];
        loss.hessian(w, h);
        double hNorm = 0;
        for (double x : h) {
            hNorm += x * x;
        }
        hNorm = Math.sqrt(hNorm);
        double[] dense = eigenvalues(h, kd);
        List<double[][]> bases = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<int[]> dims = new ArrayList<>(); // {n_i, m_i}
        boolean symmetric = isotropy.order().compareTo(BigInteger.valueOf(MAX_GROUP_ORDER)) <= 0
                && isotropy.order().compareTo(BigInteger.ONE) > 0 && k + d <= ElementTable.MAX_DEGREE;
        String method;
        if (symmetric) {
            WeightMatrixAction action = WeightMatrixAction.of(isotropy.group(), k, d);
            RealIsotypicDecomposition dec = RealIsotypicDecomposition.of(action);
            List<RealIsotypicDecomposition.Identification> ids = null;
            if (isotropy.order().intValue() <= RealIrreducibles.MAX_ORDER) {
                ids = dec.identify(RealIrreducibles.of(isotropy.group()));
            }
            for (int c = 0; c < dec.components().size(); c++) {
                RealIsotypicDecomposition.Component comp = dec.components().get(c);
                bases.add(comp.basis());
                if (ids != null) {
                    RealIsotypicDecomposition.Identification id = ids.get(c);
                    labels.add(id.irrep());
                    dims.add(new int[] {id.irrepDimension(), (int) id.multiplicity()});
                } else {
                    int m = (int) Math.round(Math.sqrt(comp.characterNorm()));
                    labels.add(comp.isTrivial() ? "trivial" : "C" + (c + 1));
                    dims.add(new int[] {comp.dimension() / Math.max(m, 1), m});
                }
            }
            java.util.Optional<List<String>> young = YoungLabels.of(isotropy, action, bases, dims);
            if (young.isPresent()) {
                labels.clear();
                labels.addAll(young.get());
            }
            method = "Hessian in the symmetry-adapted basis of the isotropy " + isotropy.structure() + " (order "
                    + isotropy.order() + "): " + dec.evidence().method() + "; block eigenvalues by "
                    + "solve.SymmetricEigenvalues (EJML; Hipparchus and Jacobi as fallbacks)";
        } else {
            double[][] id = new double[kd][kd];
            for (int a = 0; a < kd; a++) {
                id[a][a] = 1;
            }
            bases.add(id);
            labels.add("all");
            dims.add(new int[] {1, kd});
            method = "dense Hessian spectrum (isotropy order " + isotropy.order() + " not used)";
        }
        // block-diagonal part and the off-diagonal remainder (Weyl bound)
        double[][] q = new double[kd][];
        int[] compOf = new int[kd];
        int row = 0;
        for (int c = 0; c < bases.size(); c++) {
            for (double[] b : bases.get(c)) {
                compOf[row] = c;
                q[row++] = b;
            }
        }
        if (row != kd) {
            throw new IllegalStateException("symmetry-adapted basis has " + row + " vectors, expected " + kd);
        }
        double[][] hq = new double[kd][kd]; // H Q^T columns: hq[r] = H q_r
        for (int r = 0; r < kd; r++) {
            for (int a = 0; a < kd; a++) {
                double s = 0;
                int o = a * kd;
                for (int b = 0; b < kd; b++) {
                    s += h[o + b] * q[r][b];
                }
                hq[r][a] = s;
            }
        }
        double[][] t = new double[kd][kd]; // Q H Q^T
        for (int r1 = 0; r1 < kd; r1++) {
            for (int r2 = r1; r2 < kd; r2++) {
                double s = dot(q[r1], hq[r2]);
                t[r1][r2] = s;
                t[r2][r1] = s;
            }
        }
        double off2 = 0;
        for (int r1 = 0; r1 < kd; r1++) {
            for (int r2 = 0; r2 < kd; r2++) {
                if (compOf[r1] != compOf[r2]) {
                    off2 += t[r1][r2] * t[r1][r2];
                }
            }
        }
        List<IsotypicBlock> blocks = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        double maxSpread = 0;
        int start = 0;
        for (int c = 0; c < bases.size(); c++) {
            int size = bases.get(c).length;
            double[] blk = new double[size * size];
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    blk[i * size + j] = t[start + i][start + j];
                }
            }
            double[] ev = eigenvalues(blk, size);
            for (double e : ev) {
                all.add(e);
            }
            int ni = dims.get(c)[0];
            if (size % ni != 0) {
                ni = 1;
            }
            int groups = size / ni;
            double[] vals = new double[groups];
            int[] mult = new int[groups];
            double spread = 0;
            for (int g = 0; g < groups; g++) {
                double s = 0;
                for (int j = 0; j < ni; j++) {
                    s += ev[g * ni + j];
                }
                vals[g] = s / ni;
                mult[g] = ni;
                spread = Math.max(spread, ev[g * ni + ni - 1] - ev[g * ni]);
            }
            maxSpread = Math.max(maxSpread, spread);
            blocks.add(new IsotypicBlock(labels.get(c), ni, dims.get(c)[1], vals, mult, spread));
            start += size;
        }
        double weyl = Math.sqrt(off2) + 10.0 * kd * Math.ulp(1.0) * hNorm;
        double[] merged = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double diff = 0;
        for (int j = 0; j < kd; j++) {
            diff = Math.max(diff, Math.abs(merged[j] - dense[j]));
        }
        double bound = weyl + maxSpread;
        int index = 0;
        int nullity = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (IsotypicBlock b : blocks) {
            double[] e = b.eigenvalues();
            for (int j = 0; j < e.length; j++) {
                smallest = Math.min(smallest, Math.abs(e[j]));
                if (e[j] < -bound) {
                    index += b.multiplicities()[j];
                } else if (e[j] <= bound) {
                    nullity += b.multiplicities()[j];
                }
            }
        }
        Evidence ev = new Evidence(method, bound, "Weyl bound from the off-block coupling of Q H Q^T plus 10 kd eps |H|_F"
                + " plus the largest spread inside a multiplicity group (" + maxSpread + "); largest difference to the "
                + "dense spectrum " + diff);
        return new HessianSpectrum(isotropy, blocks, index, nullity, smallest, bound, diff, ev);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** @return all eigenvalues of the dense Hessian at W, ascending (a cross-check for structured routes) */
    static double[] denseEigenvalues(double[][] w, double[][] teacher, double alpha) {
        int kd = w.length * w[0].length;
        double[] h = new double[kd * kd];
        Models.loss(alpha, teacher).hessian(w, h);
        return eigenvalues(h, kd);
    }

    /** @return the eigenvalues of the symmetric flat n x n matrix, ascending ({@link SymmetricEigenvalues}) */
    static double[] eigenvalues(double[] flat, int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * n, m[i], 0, n);
        }
        return SymmetricEigenvalues.of(m);
    }
}
