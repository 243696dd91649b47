package org.landscape.analysis;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.landscape.base.Evidence;
import org.landscape.group.PermutationGroup;
import org.landscape.model.Matrices;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Hessian spectrum at a \( \Delta S_k \)-symmetric point \( W = aI + b(J - I) \) (k = n = d, teacher \( I_k \))
 * for large k, from Hessian-vector products only (MATH.md section 4). Under \( \Delta S_k \),
 * \( M(k,k) = 2[k] + 3[k-1,1] + [k-2,2] + [k-2,1,1] \); on each component the Hessian is represented by
 * \( A_{ij} = \langle U_i, H U_j \rangle \), \( G_{ij} = \langle U_i, U_j \rangle \) on the integer pattern vectors
 * of {@link GlobalMinimumStructure} (one vector per copy, images of one vector under equivariant maps), and the
 * block eigenvalues solve \( A x = \lambda G x \); each has multiplicity \( \dim \) of the Specht module
 * (1, k-1, k(k-3)/2, (k-1)(k-2)/2).
 *
 * <p>Error bound per eigenvalue: the residual \( r = H u - \lambda u \) of the Ritz vector \( u = \sum_j x_j U_j \)
 * gives an eigenvalue of H within \( \|r\| / \|u\| \) (Bauer-Fike / Weyl for symmetric H); the reported bound is the
 * largest such residual. Cost: 14 Hessian-vector products plus the two kernel blocks, \( O(k^3) \) with
 * {@link DeltaSymmetricHessian}.
 */
public final class DeltaSymmetricSpectra {
    private DeltaSymmetricSpectra() {
    }

    /** @return the Specht block spectrum at \( W = aI + b(J-I) \) */
    public static HessianSpectrum of(double alpha, int k, double a, double b) {
        DeltaSymmetricHessian h = new DeltaSymmetricHessian(alpha, k, a, b);
        return of(h, k, "O(k^3) Hessian-vector products from the two invariant kernel blocks (pattern deviation "
                + h.patternDeviation() + ")");
    }

    /**
     * @param w       a \( \Delta S_k \)-symmetric student (read): equal diagonal, equal off-diagonal entries
     * @param teacher must be \( I_k \)
     * @return the Specht block spectrum
     */
    public static HessianSpectrum of(double[][] w, double[][] teacher, double alpha) {
        Matrices.checkRectangular(w, "student W");
        int k = w.length;
        if (w[0].length != k || teacher.length != k || teacher[0].length != k) {
            throw AnalysisMessages.DELTA_SHAPE.invalid(k, w[0].length, teacher.length, teacher[0].length);
        }
        double a = w[0][0];
        double b = w[0][1];
        double scale = Math.max(Math.abs(a), Math.abs(b));
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double want = i == j ? a : b;
                double tv = i == j ? 1 : 0;
                if (Math.abs(w[i][j] - want) > 1e-12 * scale || teacher[i][j] != tv) {
                    throw AnalysisMessages.NOT_DELTA_SYMMETRIC.invalid(i, j);
                }
            }
        }
        return of(alpha, k, a, b);
    }

    /** @return the spectrum from any Hessian-vector product at a Delta S_k-symmetric point of M(k,k) */
    public static HessianSpectrum of(HessianVectorProduct h, int k, String productMethod) {
        int m = k * k;
        int[] dims = GlobalMinimumSpectrum.dimensions(k);
        List<List<double[]>> patterns = patterns(k);
        List<IsotypicBlock> blocks = new ArrayList<>();
        double bound = 0;
        int index = 0;
        double smallest = Double.POSITIVE_INFINITY;
        double[] hu = new double[m];
        List<double[]> eigs = new ArrayList<>();
        for (int comp = 0; comp < 4; comp++) {
            List<double[]> us = patterns.get(comp);
            int r = us.size();
            double[][] hus = new double[r][];
            for (int j = 0; j < r; j++) {
                h.times(us.get(j), hu);
                hus[j] = hu.clone();
            }
            double[][] am = new double[r][r];
            double[][] gm = new double[r][r];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < r; j++) {
                    am[i][j] = dot(us.get(i), hus[j]);
                    gm[i][j] = dot(us.get(i), us.get(j));
                }
            }
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < i; j++) {
                    double s = 0.5 * (am[i][j] + am[j][i]);
                    am[i][j] = s;
                    am[j][i] = s;
                }
            }
            RealMatrix l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(gm), 1e-14, 1e-14).getL();
            RealMatrix li = MatrixUtils.inverse(l);
            RealMatrix c = li.multiply(MatrixUtils.createRealMatrix(am)).multiply(li.transpose());
            EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(
                    c.add(c.transpose()).scalarMultiply(0.5).getData()));
            double[] ev = eig.getEigenvalues();
            double[] vals = new double[r];
            int[] mult = new int[r];
            for (int q = 0; q < r; q++) {
                double lambda = ev[q];
                // Ritz vector u = sum_j x_j U_j with x = L^{-T} z
                double[] x = li.transpose().operate(eig.getEigenvector(q)).toArray();
                double[] u = new double[m];
                double[] hx = new double[m];
                for (int j = 0; j < r; j++) {
                    for (int p = 0; p < m; p++) {
                        u[p] += x[j] * us.get(j)[p];
                        hx[p] += x[j] * hus[j][p];
                    }
                }
                double res = 0;
                double nu = 0;
                for (int p = 0; p < m; p++) {
                    double e = hx[p] - lambda * u[p];
                    res += e * e;
                    nu += u[p] * u[p];
                }
                bound = Math.max(bound, Math.sqrt(res / nu));
                vals[q] = lambda;
                mult[q] = dims[comp];
            }
            java.util.Arrays.sort(vals);
            eigs.add(vals);
            blocks.add(new IsotypicBlock(GlobalMinimumStructure.COMPONENTS[comp].replace("k-2", String.valueOf(k - 2))
                    .replace("k-1", String.valueOf(k - 1)).replace("[k]", "[" + k + "]"), dims[comp], r, vals, mult, 0));
        }
        bound += 10.0 * m * Math.ulp(1.0) * normEstimate(eigs);
        int nullity = 0;
        for (int comp = 0; comp < 4; comp++) {
            for (double v : eigs.get(comp)) {
                smallest = Math.min(smallest, Math.abs(v));
                if (v < -bound) {
                    index += dims[comp];
                } else if (v <= bound) {
                    nullity += dims[comp];
                }
            }
        }
        IsotropySubgroup iso = new IsotropySubgroup(diagonalSymmetric(k), k, k,
                factorial(k), "DeltaS" + k, new Evidence("W = aI + b(J-I) checked entrywise",
                1e-12, "the subgroup used is Delta S_k; the full isotropy is larger only when a = b"), java.util.Optional.empty());
        Evidence ev = new Evidence("Specht blocks of M(k,k) under Delta S_k from pattern vectors (generalised "
                + "eigenproblem A x = lambda G x, Cholesky of G, Hipparchus); " + productMethod, bound,
                "largest Ritz residual |H u - lambda u| / |u| plus 10 k^2 eps |lambda|_max");
        return new HessianSpectrum(iso, blocks, index, nullity, smallest, bound, Double.NaN, ev);
    }

    private static double normEstimate(List<double[]> eigs) {
        double x = 0;
        for (double[] e : eigs) {
            for (double v : e) {
                x = Math.max(x, Math.abs(v));
            }
        }
        return x;
    }

    /** @return \( \Delta S_k \) on 2k points (rows, columns), generated by a transposition and a k-cycle */
    static PermutationGroup diagonalSymmetric(int k) {
        return YoungFamily.diagonalYoung(k);
    }

    private static BigInteger factorial(int k) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** The pattern vectors of the four components, flattened i*k + c (see {@link GlobalMinimumStructure}). */
    static List<List<double[]>> patterns(int k) {
        int m = k * k;
        double[] id = new double[m];
        double[] jmi = new double[m];
        double[] diag = new double[m];
        double[] row = new double[m];
        double[] col = new double[m];
        double[] x = new double[k];
        x[0] = 1;
        x[1] = -1;
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < k; c++) {
                id[i * k + c] = i == c ? 1 : 0;
                jmi[i * k + c] = i == c ? 0 : 1;
                diag[i * k + c] = i == c ? x[i] : 0;
                row[i * k + c] = x[i] - (i == c ? x[i] : 0); // x 1^T - diag(x)
                col[i * k + c] = x[c] - (i == c ? x[i] : 0); // 1 x^T - diag(x)
            }
        }
        double[] sym = new double[m];
        int[][] plus = {{0, 1}, {1, 0}, {2, 3}, {3, 2}};
        int[][] minus = {{0, 2}, {2, 0}, {1, 3}, {3, 1}};
        for (int[] p : plus) {
            sym[p[0] * k + p[1]] = 1;
        }
        for (int[] p : minus) {
            sym[p[0] * k + p[1]] = -1;
        }
        double[] anti = new double[m];
        int[][] ap = {{0, 1}, {1, 2}, {2, 0}};
        for (int[] p : ap) {
            anti[p[0] * k + p[1]] = 1;
            anti[p[1] * k + p[0]] = -1;
        }
        return List.of(List.of(id, jmi), List.of(diag, row, col), List.of(sym), List.of(anti));
    }
}
