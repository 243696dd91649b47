package org.landscape.reduced;

import org.landscape.model.KernelEvaluator;

/**
 * The orbit sums in double precision: kernel terms from the compiled kernel of {@code model}
 * ({@link KernelEvaluator}, generated from the symbolic derivation), and sums that also accumulate the absolute
 * values of their terms ({@link OrbitSums} turns them into rounding estimates). The contractions add the same
 * products in the same order as a dot product with the embedded indicator directions would. Not thread-safe.
 */
final class DoubleOrbitArithmetic implements OrbitArithmetic<double[], DoubleOrbitArithmetic.Sums> {
    private final KernelEvaluator kernel;
    private final double c0;
    private double[] x;
    private double[] y;

    /** @param kernel the compiled kernel at the slope alpha */
    DoubleOrbitArithmetic(KernelEvaluator kernel) {
        this.kernel = kernel;
        this.c0 = kernel.value(new double[] {1}, new double[] {1});
    }

    /** @return the leaky slope */
    double alpha() {
        return kernel.alpha();
    }

    @Override
    public double[] vector(int n) {
        return new double[n];
    }

    @Override
    public double[] constants(double[] values) {
        return values.clone();
    }

    @Override
    public double[] roots(double[] squares) {
        double[] w = new double[squares.length];
        for (int c = 0; c < w.length; c++) {
            w[c] = squares[c] == 1 ? 1 : Math.sqrt(squares[c]);
        }
        return w;
    }

    @Override
    public double[] embed(double[] values, int[] index, double[] weights) {
        double[] out = new double[index.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = weights[c] * values[index[c]];
        }
        return out;
    }

    @Override
    public Zero zero(double[] v) {
        for (double e : v) {
            if (e != 0) {
                return Zero.NO;
            }
        }
        return Zero.YES;
    }

    @Override
    public void pair(double[] first, double[] second) {
        x = first;
        y = second;
    }

    @Override
    public double[] value() {
        return new double[] {kernel.value(x, y)};
    }

    @Override
    public double[] gradient() {
        double[] g = new double[x.length];
        kernel.gradientW(x, y, g);
        return g;
    }

    @Override
    public double[] hessianWW() {
        double[] h = new double[x.length * x.length];
        kernel.hessianWW(x, y, h);
        return h;
    }

    @Override
    public double[] hessianWV() {
        double[] h = new double[x.length * x.length];
        kernel.hessianWV(x, y, h);
        return h;
    }

    @Override
    public SelfTerms<double[]> selfTerms(double[] v, OrbitReducedLoss.Order order) {
        int dim = v.length;
        double[] value = {0.5 * c0 * OrbitReducedLoss.dot(v, v)};
        double[] g = null;
        double[] h = null;
        if (order != OrbitReducedLoss.Order.LOSS) {
            g = new double[dim];
            for (int c = 0; c < dim; c++) {
                g[c] = c0 * v[c];
            }
        }
        if (order == OrbitReducedLoss.Order.HESSIAN) {
            h = new double[dim * dim];
            for (int c = 0; c < dim; c++) {
                h[c * dim + c] = c0;
            }
        }
        return new SelfTerms<>(value, g, h);
    }

    @Override
    public double[] contract(double[] g, double[] weights, int[] slot, int slots) {
        double[] out = new double[slots];
        for (int c = 0; c < g.length; c++) {
            out[slot[c]] += g[c] * weights[c];
        }
        return out;
    }

    @Override
    public double[] contract(double[] h, double[] weights, int[] rows, int rowSlots, int[] cols, int colSlots) {
        int dim = weights.length;
        double[] out = new double[rowSlots * colSlots];
        double[] t = new double[colSlots];
        for (int r = 0; r < dim; r++) {
            java.util.Arrays.fill(t, 0);
            int o = r * dim;
            for (int c = 0; c < dim; c++) {
                t[cols[c]] += h[o + c] * weights[c];
            }
            int a = rows[r] * colSlots;
            for (int b = 0; b < colSlots; b++) {
                out[a + b] += weights[r] * t[b];
            }
        }
        return out;
    }

    @Override
    public Sums sums(int m, boolean gradient, boolean hessian) {
        return new Sums(m, gradient, hessian);
    }

    /** Sums with their absolute sums. */
    static final class Sums implements OrbitArithmetic.Sums<double[]> {
        private double loss;
        private double lossAbs;
        private final double[] g;
        private final double[] gAbs;
        private final double[][] h;
        private final double[][] hAbs;

        Sums(int m, boolean grad, boolean hess) {
            g = grad ? new double[m] : null;
            gAbs = grad ? new double[m] : null;
            h = hess ? new double[m][m] : null;
            hAbs = hess ? new double[m][m] : null;
        }

        @Override
        public void addLoss(double c, double[] x, int i) {
            double t = c * x[i];
            loss += t;
            lossAbs += Math.abs(t);
        }

        @Override
        public void addGradient(int o, double c, double[] x, int i) {
            double t = c * x[i];
            g[o] += t;
            gAbs[o] += Math.abs(t);
        }

        @Override
        public void addHessian(int a, int b, double c, double[] x, int i) {
            double t = c * x[i];
            h[a][b] += t;
            hAbs[a][b] += Math.abs(t);
        }

        /** @return the sums, the Hessian symmetrised (its absolute sums widened by the asymmetry) */
        OrbitSums result() {
            if (h != null) {
                for (int a = 0; a < h.length; a++) {
                    for (int b = 0; b < a; b++) {
                        double s = 0.5 * (h[a][b] + h[b][a]);
                        double t = Math.max(hAbs[a][b], hAbs[b][a]) + 0.5 * Math.abs(h[a][b] - h[b][a]);
                        h[a][b] = s;
                        h[b][a] = s;
                        hAbs[a][b] = t;
                        hAbs[b][a] = t;
                    }
                }
            }
            return new OrbitSums(loss, lossAbs, g, gAbs, h, hAbs);
        }
    }
}
