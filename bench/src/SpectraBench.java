import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.landscape.analysis.DeltaSymmetricSpectra;
import org.landscape.analysis.HessianSpectrum;
import org.landscape.model.Matrices;
import org.landscape.model.Models;

import java.util.Arrays;

/**
 * Issue 6 timing harness (plain timing, not JMH: JMH is not in the offline repository). Delta S_k block spectrum
 * at W = V = I_k (alpha = 0.2) for several k, and at k = 20 the dense route on the same Hessian (form the
 * 400 x 400 matrix, Hipparchus EigenDecompositionSymmetric). "cold" = first call in this JVM, "warm" = median of
 * further calls. Prints a Markdown table.
 */
public final class SpectraBench {
    public static void main(String[] args) {
        double alpha = 0.2;
        System.out.println("| case | cold ms | warm median ms | result |");
        System.out.println("|---|---|---|---|");
        for (int k : new int[] {20, 50, 100, 200}) {
            double[] t = new double[7];
            HessianSpectrum s = null;
            for (int rep = 0; rep < t.length; rep++) {
                long t0 = System.nanoTime();
                s = DeltaSymmetricSpectra.of(alpha, k, 1, 0);
                t[rep] = (System.nanoTime() - t0) * 1e-6;
            }
            System.out.printf("| Delta S_k blocks, k = %d (dim %d) | %.1f | %.1f | index %d, min |ev| %.6g +- %.1e |%n",
                    k, k * k, t[0], median(t), s.index(), s.smallestModulus(), s.errorBound());
        }
        int k = 20;
        int m = k * k;
        double[] t = new double[5];
        double minAbs = 0;
        for (int rep = 0; rep < t.length; rep++) {
            long t0 = System.nanoTime();
            double[] h = new double[m * m];
            Models.loss(alpha, Matrices.identity(k)).hessian(Matrices.identity(k), h);
            double[][] a = new double[m][m];
            for (int i = 0; i < m; i++) {
                System.arraycopy(h, i * m, a[i], 0, m);
            }
            double[] ev;
            try {
                ev = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(a, false)).getEigenvalues();
            } catch (RuntimeException e) {
                if (rep == 0) System.out.println("| dense Hipparchus EigenDecompositionSymmetric, k = 20 | - | - | " + e.getMessage() + " (commons-math3 fails too; Jacobi fall-back timed below) |");
                ev = org.landscape.analysis.SymmetricEigenvalues.of(a);
            }
            minAbs = Arrays.stream(ev).map(Math::abs).min().orElse(Double.NaN);
            t[rep] = (System.nanoTime() - t0) * 1e-6;
        }
        System.out.printf("| dense Hessian + dense eigen, k = 20 (dim 400) | %.1f | %.1f | min |ev| %.6g |%n", t[0],
                median(t), minAbs);
    }

    static double median(double[] t) {
        double[] w = Arrays.copyOfRange(t, 1, t.length);
        Arrays.sort(w);
        return w[w.length / 2];
    }
}
