package org.landscape.bench;

import org.landscape.compile.InterpretedProfiles;
import org.landscape.compile.KernelProfiles;
import org.landscape.compile.generated.LeakyKernelProfiles;
import org.landscape.model.ProfileKernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Issue 3, benchmark 1: one 3 x 3 kernel Hessian \( \nabla^2_{ww} K_\alpha(w, v) \) (alpha = 0.3) per call,
 * on the same 64 pairs (angles in (0.6, pi - 0.6), where every evaluator uses its closed form):
 * the compiled evaluator ({@link ProfileKernel} over the generated profiles), Symja's own numeric
 * evaluation of the same profile expressions ({@link InterpretedProfiles}, {@code evalf}) through the same
 * template, and a hand-written Java method typed here only as the baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class KernelHessianBenchmark {
    private static final int PAIRS = 64;
    private static final double ALPHA = 0.3;
    private final double[][] w = new double[PAIRS][3];
    private final double[][] v = new double[PAIRS][3];
    private final double[] out = new double[9];
    private final double[] prof = new double[8];
    private ProfileKernel compiled;
    private KernelProfiles generated;
    private int next;

    @Setup
    public void setUp() {
        Random rnd = new Random(1);
        for (int p = 0; p < PAIRS; p++) {
            double theta;
            do {
                for (int c = 0; c < 3; c++) {
                    w[p][c] = rnd.nextGaussian();
                    v[p][c] = rnd.nextGaussian();
                }
                double dot = w[p][0] * v[p][0] + w[p][1] * v[p][1] + w[p][2] * v[p][2];
                theta = Math.acos(dot / Math.sqrt(dot(w[p], w[p]) * dot(v[p], v[p])));
            } while (theta < 0.6 || theta > Math.PI - 0.6);
        }
        generated = new LeakyKernelProfiles();
        compiled = new ProfileKernel(ALPHA, generated);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private int pair() {
        next = (next + 1) & (PAIRS - 1);
        return next;
    }

    @Benchmark
    public double[] compiled() {
        int p = pair();
        compiled.hessianWW(w[p], v[p], out);
        return out;
    }

    /** Symja's evaluator, built only in the fork that measures it (the derivation takes 10-20 s). */
    @State(Scope.Thread)
    public static class SymjaState {
        ProfileKernel kernel;

        @Setup
        public void setUp() {
            kernel = new ProfileKernel(ALPHA, new InterpretedProfiles());
        }
    }

    @Benchmark
    public double[] symjaNumeric(SymjaState symja) {
        int p = pair();
        symja.kernel.hessianWW(w[p], v[p], out);
        return out;
    }

    @Benchmark
    public double[] handWritten() {
        int p = pair();
        handWrittenHessianWW(ALPHA, w[p], v[p], out);
        return out;
    }

    /** The generated profile call alone (8 profiles at one angle). */
    @Benchmark
    public double[] profilesOnly() {
        int p = pair();
        generated.nearZero(0.6 + p * 0.01, prof);
        return prof;
    }

    /**
     * Baseline typed by hand: \( \nabla^2_{ww} K = \frac{|v|}{|w|}[\,s(I - \hat w\hat w^T) + h''\, d d^T] \) with the
     * ReLU-part profiles \( s = t = (1-\alpha)^2 \sin\theta/(2\pi) \) (the linear part contributes 0), the
     * Kahan angle and \( d = \hat v - \cos\theta\,\hat w \) from \( \hat w \mp \hat v \).
     */
    static void handWrittenHessianWW(double alpha, double[] w, double[] v, double[] out) {
        double nw = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
        double nv = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        double a0 = w[0] / nw;
        double a1 = w[1] / nw;
        double a2 = w[2] / nw;
        double b0 = v[0] / nv;
        double b1 = v[1] / nv;
        double b2 = v[2] / nv;
        double p0 = a0 - b0;
        double p1 = a1 - b1;
        double p2 = a2 - b2;
        double q0 = a0 + b0;
        double q1 = a1 + b1;
        double q2 = a2 + b2;
        double np = Math.sqrt(p0 * p0 + p1 * p1 + p2 * p2);
        double nq = Math.sqrt(q0 * q0 + q1 * q1 + q2 * q2);
        double theta = 2 * Math.atan2(np, nq);
        double d0;
        double d1;
        double d2;
        if (theta <= Math.PI / 2) {
            double pa = p0 * a0 + p1 * a1 + p2 * a2;
            d0 = pa * a0 - p0;
            d1 = pa * a1 - p1;
            d2 = pa * a2 - p2;
        } else {
            double qa = q0 * a0 + q1 * a1 + q2 * a2;
            d0 = q0 - qa * a0;
            d1 = q1 - qa * a1;
            d2 = q2 - qa * a2;
        }
        double sin2 = d0 * d0 + d1 * d1 + d2 * d2;
        double beta = (1 - alpha) * (1 - alpha);
        double st = beta * Math.sin(theta) / (2 * Math.PI);
        double f = nv / nw;
        double fs = f * st;
        double ft = sin2 > 0 ? f * st / sin2 : 0;
        out[0] = fs * (1 - a0 * a0) + ft * d0 * d0;
        out[1] = -fs * a0 * a1 + ft * d0 * d1;
        out[2] = -fs * a0 * a2 + ft * d0 * d2;
        out[3] = out[1];
        out[4] = fs * (1 - a1 * a1) + ft * d1 * d1;
        out[5] = -fs * a1 * a2 + ft * d1 * d2;
        out[6] = out[2];
        out[7] = out[5];
        out[8] = fs * (1 - a2 * a2) + ft * d2 * d2;
    }
}
