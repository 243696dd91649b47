import com.fasterxml.jackson.databind.ObjectMapper;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.landscape.analysis.CriticalPoint;
import org.landscape.analysis.CriticalPointSearch;
import org.landscape.analysis.HessianSpectra;
import org.landscape.analysis.HessianSpectrum;
import org.landscape.analysis.ReducedSpectra;
import org.landscape.base.Evidence;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.reduced.YoungStructure;
import org.landscape.solve.SymmetricEigenvalues;

import java.io.File;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Issue 16 timing harness (plain timing, not JMH; see bench/README.md): orbit-reduced spectra at any width against
 * the dense route, and dense symmetric eigenvalues (EJML against Hipparchus, the old dense route). "cold" = first
 * call in this JVM, "warm" = minimum of further calls (the least disturbed measurement on a shared machine).
 * Prints a Markdown table. Run by bench/width-bench.sh.
 */
public final class SpectraBench {
    public static void main(String[] args) throws Exception {
        System.out.println("| case | cold ms | warm min ms | result |");
        System.out.println("|---|---|---|---|");
        Evidence none = new Evidence("bench", 0, "");
        for (int k : new int[] {20, 100, 1000, 10000}) {
            YoungStructure s = YoungStructure.diagonal(k);
            double[] w = diagonalPattern(s.shape().studentOrbits(), s);
            double[] v = teacherPattern(s);
            row("global minimum W = V = I_k, alpha 0.2, reduced blocks, k = " + k, 5,
                    () -> ReducedSpectra.of(s, w, v, 0.2, none), SpectraBench::describe);
        }
        double[][] w30 = read("examples/large-width/spurious-S24xS6-k30.json");
        double[][] v30 = Matrices.identity(30);
        row("k = 30 Delta(S24xS6) minimum: detection + reduced blocks (HessianSpectra.of)", 10,
                () -> HessianSpectra.of(w30, v30, 0), SpectraBench::describe);
        double[][] h30 = hessian(w30, v30, 0);
        row("k = 30: dense Hessian (900 x 900) only", 3, () -> hessian(w30, v30, 0), x -> "");
        row("k = 30: dense eigenvalues, EJML (solve.SymmetricEigenvalues)", 3, () -> SymmetricEigenvalues.spectrum(h30),
                ev -> "min " + ((org.landscape.solve.SymmetricSpectrum) ev).values()[0] + " via "
                + ((org.landscape.solve.SymmetricSpectrum) ev).route());
        row("k = 30: dense eigenvalues, Hipparchus EigenDecompositionSymmetric (old route)", 2,
                () -> hipparchus(h30), ev -> "min " + ((double[]) ev)[0]);
        double[][] w100 = read("examples/large-width/spurious-S94xS6-k100.json");
        double[][] v100 = Matrices.identity(100);
        row("k = 100 Delta(S94xS6) minimum: Newton (detected, orbit-reduced) + spectrum", 10,
                () -> CriticalPointSearch.newton(w100, v100, 0, Optional.empty(), CriticalPointSearch.DEFAULT_SETTINGS),
                c -> describe(((CriticalPoint) c).spectrum().orElseThrow()));
        double[][] w50 = random(50, 50, 7);
        double[][] h50 = hessian(w50, Matrices.identity(50), 0.3);
        row("unstructured k = 50: dense eigenvalues (2500 x 2500), EJML", 2, () -> SymmetricEigenvalues.spectrum(h50),
                ev -> "min " + ((org.landscape.solve.SymmetricSpectrum) ev).values()[0] + " via "
                + ((org.landscape.solve.SymmetricSpectrum) ev).route());
        row("unstructured k = 50: dense eigenvalues (2500 x 2500), Hipparchus", 1, () -> hipparchus(h50),
                ev -> "min " + ((double[]) ev)[0]);
        double[][] h20 = hessian(Matrices.identity(20), Matrices.identity(20), 0.2);
        row("W = V = I_20 (eigenvalue multiplicities up to 171), EJML", 3, () -> SymmetricEigenvalues.spectrum(h20),
                ev -> "min " + ((org.landscape.solve.SymmetricSpectrum) ev).values()[0] + " via "
                + ((org.landscape.solve.SymmetricSpectrum) ev).route());
        row("W = V = I_20, Hipparchus", 1, () -> {
            try {
                return hipparchus(h20);
            } catch (RuntimeException e) {
                return e.getMessage();
            }
        }, r -> r instanceof String ? "fails: " + r : "min " + ((double[]) r)[0]);
    }

    static void row(String name, int reps, Supplier<Object> task, java.util.function.Function<Object, String> what) {
        long t0 = System.nanoTime();
        Object r = task.get();
        double cold = (System.nanoTime() - t0) * 1e-6;
        double warm = Double.POSITIVE_INFINITY;
        for (int i = 0; i < reps; i++) {
            long s = System.nanoTime();
            r = task.get();
            warm = Math.min(warm, (System.nanoTime() - s) * 1e-6);
        }
        System.out.printf("| %s | %.1f | %.2f | %s |%n", name, cold, warm, what.apply(r));
    }

    static String describe(Object o) {
        HessianSpectrum s = (HessianSpectrum) o;
        return "index " + s.index() + ", min |ev| " + String.format("%.9g", s.smallestModulus()) + " +- "
                + String.format("%.1e", s.errorBound()) + ", " + s.blocks().size() + " blocks, dim "
                + s.totalMultiplicity();
    }

    static double[] diagonalPattern(int m, YoungStructure s) {
        double[] p = new double[m];
        for (int o = 0; o < m; o++) {
            p[o] = s.shape().studentOrbit(o)[2];
        }
        return p;
    }

    static double[] teacherPattern(YoungStructure s) {
        double[] p = new double[s.shape().teacherOrbits()];
        for (int o = 0; o < p.length; o++) {
            p[o] = s.shape().teacherOrbit(o)[2];
        }
        return p;
    }

    static double[][] read(String path) throws Exception {
        return new ObjectMapper().readValue(new File(path), double[][].class);
    }

    static double[][] hessian(double[][] w, double[][] v, double alpha) {
        int m = w.length * w[0].length;
        double[] h = new double[m * m];
        Models.loss(alpha, v).hessian(w, h);
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(h, i * m, a[i], 0, m);
        }
        return a;
    }

    static double[] hipparchus(double[][] a) {
        double[] ev = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(a, true)).getEigenvalues().clone();
        Arrays.sort(ev);
        return ev;
    }

    static double[][] random(int k, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] w = new double[k][d];
        for (double[] row : w) {
            for (int c = 0; c < d; c++) {
                row[c] = r.nextGaussian() / Math.sqrt(d);
            }
        }
        return w;
    }
}
