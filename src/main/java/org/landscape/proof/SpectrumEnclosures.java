package org.landscape.proof;

import org.landscape.interval.Interval;
import org.landscape.interval.IntervalMatrix;
import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.solve.SymmetricSpectrum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rigorous enclosures of the eigenvalues of every symmetric matrix in an interval matrix \( \mathbf{H} \)
 * (the Hessian over a box), by approximate diagonalisation, Gershgorin and Ostrowski:
 * <ol>
 *   <li>rows Q: approximate eigenvectors of \( \mathrm{mid}\,\mathbf{H} \) inside each block of a given orthonormal
 *       (symmetry-adapted) basis, or of the whole matrix ({@link SymmetricEigenvalues#decomposition});</li>
 *   <li>\( \mathbf{A} = Q \mathbf{H} Q^T \) and \( E = QQ^T - I \) in interval arithmetic,
 *       \( \varepsilon \ge \|E\|_\infty \ge \|E\|_2 \); \( \varepsilon < 1 \) proves Q nonsingular;</li>
 *   <li>Gershgorin discs of \( \mathbf{A} \); a connected component of m discs holds exactly m eigenvalues of each
 *       \( A = QHQ^T \), and the components, sorted, hold the eigenvalues in order;</li>
 *   <li>Ostrowski (Horn and Johnson, Thm 4.5.9): \( \lambda_i(QHQ^T) = \theta_i \lambda_i(H) \) with
 *       \( \theta_i \in [\lambda_{\min}(QQ^T), \lambda_{\max}(QQ^T)] \subseteq [1-\varepsilon, 1+\varepsilon] \), so each
 *       component maps to an enclosure of the same eigenvalues of H; Sylvester's law of inertia gives the Morse
 *       index as the number of eigenvalues in components below 0. A component that contains 0 means the index is
 *       not proved (a singular Hessian, or an enclosure too wide).</li>
 * </ol>
 * Blocks: each row of Q belongs to one block; a component is attributed to the blocks of its rows. The
 * attribution follows the numerical symmetry-adapted basis; the enclosures and the counts are rigorous whatever
 * the basis. Cost \( O(n^3) \) for n = dim.
 */
public final class SpectrumEnclosures {
    /**
     * A block of an orthonormal basis.
     *
     * @param label          the isotypic component's name (e.g. "[4,1]x[1]"), or "all"
     * @param irrepDimension dim of the irreducible (eigenvalues come in groups of this size)
     * @param basis          orthonormal rows spanning the block (read)
     */
    public record Block(String label, int irrepDimension, double[][] basis) {
    }

    /**
     * Eigenvalues of H in one enclosure.
     *
     * @param enclosure encloses eigenvalues \( \lambda_{first}, \ldots, \lambda_{first + count - 1} \) of H
     *                  (ascending order)
     * @param first     index of the first (0-based, ascending)
     * @param count     how many
     * @param blocks    labels of the blocks of its rows
     */
    public record Cluster(Interval enclosure, int first, int count, List<String> blocks) {
        public Cluster {
            blocks = List.copyOf(blocks);
        }
    }

    private SpectrumEnclosures() {
    }

    /**
     * @param h      the interval matrix, symmetric in the sense that it contains the symmetric matrices of interest
     * @param blocks an orthonormal basis split into blocks (rows in total = dim), or a single block "all"
     * @return the enclosed spectrum
     */
    public static EnclosedSpectrum of(IntervalMatrix h, List<Block> blocks) {
        int n = h.rows();
        Eigenbasis e = approximateEigenbasis(h.mid(), blocks);
        double[][] q = e.rows();
        String[] rowBlock = e.labels();
        IntervalMatrix a = h.leftMultiply(q).rightMultiplyTranspose(q);
        double eps = orthogonalityDefect(q);
        Interval[] discs = a.gershgorinDiscs();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(discs[x].lo(), discs[y].lo()));
        List<Cluster> clusters = new ArrayList<>();
        int i = 0;
        int first = 0;
        while (i < n) {
            double lo = discs[order[i]].lo();
            double hi = discs[order[i]].hi();
            Set<String> labels = new LinkedHashSet<>();
            labels.add(rowBlock[order[i]]);
            int j = i + 1;
            while (j < n && discs[order[j]].lo() <= hi) {
                hi = Math.max(hi, discs[order[j]].hi());
                labels.add(rowBlock[order[j]]);
                j++;
            }
            clusters.add(new Cluster(ostrowski(Interval.of(lo, hi), eps), first, j - i, new ArrayList<>(labels)));
            first += j - i;
            i = j;
        }
        return new EnclosedSpectrum(clusters, eps, n);
    }

    /**
     * Approximate eigenvectors of a symmetric matrix, block by block.
     *
     * @param rows   orthonormal rows (approximately)
     * @param labels the block of each row
     * @param values the approximate eigenvalue of each row
     */
    record Eigenbasis(double[][] rows, String[] labels, double[] values) {
    }

    /**
     * @param mid    a symmetric matrix (read)
     * @param blocks an orthonormal basis split into blocks
     * @return approximate eigenvectors inside each block ({@link SymmetricEigenvalues#decomposition} of the block's restriction)
     */
    static Eigenbasis approximateEigenbasis(double[][] mid, List<Block> blocks) {
        int n = mid.length;
        double[][] q = new double[n][];
        String[] rowBlock = new String[n];
        double[] vals = new double[n];
        int row = 0;
        for (Block b : blocks) {
            double[][] bq = b.basis();
            int m = bq.length;
            double[][] small = new double[m][m];
            double[][] hb = new double[m][n];
            for (int i = 0; i < m; i++) {
                for (int a = 0; a < n; a++) {
                    double s = 0;
                    for (int c = 0; c < n; c++) {
                        s += mid[a][c] * bq[i][c];
                    }
                    hb[i][a] = s;
                }
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int a = 0; a < n; a++) {
                        s += bq[i][a] * hb[j][a];
                    }
                    small[i][j] = s;
                }
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < i; j++) {
                    double s = 0.5 * (small[i][j] + small[j][i]);
                    small[i][j] = s;
                    small[j][i] = s;
                }
            }
            SymmetricSpectrum spectrum = SymmetricEigenvalues.decomposition(small);
            double[] values = spectrum.descendingValues();
            double[][] vec = spectrum.descendingVectors();
            for (int e = 0; e < m; e++) {
                double[] r = new double[n];
                for (int j = 0; j < m; j++) {
                    double c = vec[e][j];
                    for (int a = 0; a < n; a++) {
                        r[a] += c * bq[j][a];
                    }
                }
                rowBlock[row] = b.label();
                vals[row] = values[e];
                q[row++] = r;
            }
        }
        if (row != n) {
            throw new IllegalArgumentException("the blocks have " + row + " rows in total, the matrix " + n);
        }
        return new Eigenbasis(q, rowBlock, vals);
    }

    /** @return an upper bound of \( \|QQ^T - I\|_\infty \) */
    static double orthogonalityDefect(double[][] q) {
        return IntervalMatrix.point(q).rightMultiplyTranspose(q).identityMinus().normInf();
    }

    /**
     * Maps an enclosure of eigenvalues of \( QHQ^T \) to one of the same eigenvalues of H:
     * \( \lambda(H) = \lambda(QHQ^T)/\theta \), \( \theta \in [1 - \varepsilon, 1 + \varepsilon] \).
     */
    static Interval ostrowski(Interval x, double eps) {
        if (!(eps < 1)) {
            return Interval.ENTIRE;
        }
        Interval theta = Interval.of(1 - Math.nextUp(eps), 1 + Math.nextUp(eps)).hull(Interval.ONE);
        Interval lo = Interval.point(x.lo()).divide(theta);
        Interval hi = Interval.point(x.hi()).divide(theta);
        return Interval.of(lo.lo(), hi.hi());
    }
}
