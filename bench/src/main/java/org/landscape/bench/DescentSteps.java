package org.landscape.bench;

import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Census descent steps at a fixed width, timed by the CPU time of the thread (a shared machine disturbs wall
 * time more than CPU time): start 0 of {@code census --k K --alpha ALPHA --seed 1} (the census's start and step
 * rule, written out here with the public API), {@code pre} steps once, then {@code rounds} rounds of
 * {@code steps} steps each from that same iterate; prints the minimum and median CPU time per step and a hash of
 * the bits of the last iterate and loss (equal hashes: the same trajectory, bit for bit). Also the CPU time of a
 * loss alone and of a gradient after it (profiles reused). Run the same class against two builds to compare them.
 * <pre>java -cp CLASSES:bench/target/bench-classes org.landscape.bench.DescentSteps [k pre steps rounds]</pre>
 */
public final class DescentSteps {
    private DescentSteps() {
    }

    private static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();

    /** State of {@link #setup} for {@link #round}: the evaluator, the iterate after the first steps, its step. */
    private static NetworkLoss loss;
    private static double[][] w0;
    private static double eta0;
    private static double[][] last;

    /** Start 0 of the census at width k (alpha = 0, teacher I_k, seed 1), then {@code pre} descent steps. */
    public static void setup(int k, int pre) {
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            v[i][i] = 1;
        }
        long seed = new SplittableRandom(1).nextLong();
        double[][] w = new double[k][k];
        Random g = new Random(seed);
        double sd = 1 / Math.sqrt(k);
        for (double[] row : w) {
            for (int c = 0; c < row.length; c++) {
                row[c] = sd * g.nextGaussian();
            }
        }
        loss = Models.serialLoss(0, v);
        double[] eta = {1.0 / (2 * k)};
        w0 = descend(loss, w, eta, pre);
        eta0 = eta[0];
    }

    /** @return CPU microseconds of this thread per step, over {@code steps} steps from the iterate of {@link #setup} */
    public static double round(int steps) {
        double[] eta = {eta0};
        long c0 = BEAN.getCurrentThreadCpuTime();
        last = descend(loss, copy(w0), eta, steps);
        return (BEAN.getCurrentThreadCpuTime() - c0) / 1e3 / steps;
    }

    /** @return a hash of the bits of the last iterate of {@link #round} and of its loss */
    public static long hash() {
        long h = Double.doubleToLongBits(loss.loss(last));
        for (double[] row : last) {
            h = 31 * h + Arrays.hashCode(row);
        }
        return h;
    }

    public static void main(String[] args) {
        int k = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int pre = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        setup(k, pre);
        double[] t = new double[rounds];
        for (int r = 0; r < rounds + 2; r++) {
            double per = round(steps);
            if (r >= 2) {
                t[r - 2] = per;
            }
        }
        Arrays.sort(t);
        double[] grad = new double[k * k];
        double[] tl = new double[rounds];
        double[] tg = new double[rounds];
        double[][] a = copy(last);
        double[][] b = copy(last);
        b[0][0] = Math.nextUp(b[0][0]);
        for (int r = 0; r < rounds + 2; r++) {
            long c0 = BEAN.getCurrentThreadCpuTime();
            double s = 0;
            for (int c = 0; c < 50; c++) {
                s += loss.loss(c % 2 == 0 ? a : b);
            }
            long c1 = BEAN.getCurrentThreadCpuTime();
            for (int c = 0; c < 50; c++) {
                loss.gradient(b, grad);
            }
            long c2 = BEAN.getCurrentThreadCpuTime();
            if (r >= 2) {
                tl[r - 2] = (c1 - c0) / 1e3 / 50;
                tg[r - 2] = (c2 - c1) / 1e3 / 50;
            }
            sink += s + grad[0];
        }
        Arrays.sort(tl);
        Arrays.sort(tg);
        System.out.printf("k %d: %d steps after %d: CPU us/step min %.1f median %.1f | loss min %.1f us, "
                + "gradient (profiles reused) min %.1f us | hash %016x%n",
                k, steps, pre, t[0], t[rounds / 2], tl[0], tg[0], hash());
    }

    private static double sink;

    /** The census's step rule (Census.descend without the polish and stopping tests). */
    static double[][] descend(NetworkLoss loss, double[][] w, double[] eta, int steps) {
        int k = w.length;
        int d = w[0].length;
        double[] g = new double[k * d];
        double l = loss.loss(w);
        double[][] trial = new double[k][d];
        for (int step = 0; step < steps; step++) {
            loss.gradient(w, g);
            double g2 = 0;
            for (double x : g) {
                g2 += x * x;
            }
            while (true) {
                for (int i = 0; i < k; i++) {
                    for (int c = 0; c < d; c++) {
                        trial[i][c] = w[i][c] - eta[0] * g[i * d + c];
                    }
                }
                double lt = loss.loss(trial);
                if (lt <= l - 0.5 * eta[0] * g2) {
                    l = lt;
                    double[][] tmp = w;
                    w = trial;
                    trial = tmp;
                    eta[0] *= 2;
                    break;
                }
                eta[0] *= 0.5;
            }
        }
        return w;
    }

    static double[][] copy(double[][] x) {
        double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i].clone();
        }
        return y;
    }
}
