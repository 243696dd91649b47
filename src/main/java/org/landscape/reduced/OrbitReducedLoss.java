package org.landscape.reduced;

import org.landscape.base.Require;
import org.landscape.model.KernelEvaluator;

/**
 * Loss, gradient and Hessian of \( L(W; V, \alpha) = \tfrac12 \sum_{i,l} K(w_i, w_l) - \sum_{i,j} K(w_i, v_j)
 * + \tfrac12 \sum_{j,j'} K(v_j, v_{j'}) \) (MATH.md section 3) at a point W of \( \mathrm{Fix}(K) \) for a Young-type
 * group K (a {@link YoungShape}), from one representative pair per K-orbit of pairs of rows, weighted by the orbit
 * size: the cost does not depend on k, n or d.
 *
 * <p><b>Orbit sums.</b> For directions \( U, U' \in \mathrm{Fix}(K) \) every summand of
 * \[ DL[U] = \sum_i c_0\, w_i\cdot u_i + \sum_{i \ne l} \nabla_w K(w_i, w_l)\cdot u_i
 *           - \sum_{i,j} \nabla_w K(w_i, v_j)\cdot u_i, \]
 * \[ D^2L[U,U'] = \sum_i c_0\, u_i\cdot u'_i + \sum_{i \ne l} \big(u_i^T \nabla^2_{ww}K(w_i,w_l)\, u'_i
 *        + u_i^T \nabla^2_{wv}K(w_i,w_l)\, u'_l\big) - \sum_{i,j} u_i^T \nabla^2_{ww} K(w_i, v_j)\, u'_i \]
 * (\( c_0 = K(x,x)/|x|^2 \), the kernel profile at \( \theta = 0 \)) is invariant under K acting on the pair
 * (rows and columns permuted together), so each sum is the sum over orbits of ordered pairs of the orbit size times
 * the summand at one representative. The directions are the orbit indicators \( E_o \) (1 on the entries of
 * student orbit o, 0 elsewhere).
 *
 * <p><b>Isometric embedding.</b> For a representative pair, every row involved (the two rows of W or V and the
 * rows of every \( E_o \)) is constant on each column part except at the (at most two) positions of the pair's
 * own factor(s). The map sending a column part of \( n_g \) columns to its special positions plus one coordinate
 * \( \sqrt{n_g - s}\,\times \) (the common value on the remaining \( n_g - s \) columns) preserves all inner products,
 * so the kernel, its gradient and its Hessian blocks, which are invariant under orthogonal maps, are evaluated by
 * the compiled evaluator of {@code model} ({@link KernelEvaluator}, generated from the symbolic derivation) in a
 * space of dimension at most three times the number of column parts: no formula is written a second time here.
 *
 * <p>Every accumulated quantity also accumulates the absolute values of its terms; {@link OrbitSums} turns them
 * into a rounding-error estimate. Cost O(P^2 (D^2 + m_P^2)) for P row parts, embedding dimension D and
 * \( m_P \) orbits per row part. Not thread-safe (one kernel evaluator).
 */
public final class OrbitReducedLoss {
    /** What to compute. */
    public enum Order {
        /** loss only */
        LOSS,
        /** loss and gradient */
        GRADIENT,
        /** loss, gradient and Hessian */
        HESSIAN
    }

    private final YoungShape shape;
    private final double[] teacher;
    private final KernelEvaluator kernel;
    private final double c0;
    private final int[][] orbitsOfPart;

    /**
     * @param shape   the Young shape of K (W and V must lie in Fix(K))
     * @param teacher the teacher's value on each teacher orbit (read, copied)
     * @param kernel  the compiled kernel at the slope alpha
     */
    public OrbitReducedLoss(YoungShape shape, double[] teacher, KernelEvaluator kernel) {
        if (teacher.length != shape.teacherOrbits()) {
            throw ReducedMessages.PATTERN_LENGTH.invalid(teacher.length, shape.teacherOrbits());
        }
        this.shape = shape;
        this.teacher = Require.finite(teacher.clone(), "teacher pattern");
        this.kernel = kernel;
        this.c0 = kernel.value(new double[] {1}, new double[] {1});
        orbitsOfPart = new int[shape.parts()][];
        for (int p = 0; p < shape.parts(); p++) {
            int c = 0;
            for (int o = 0; o < shape.studentOrbits(); o++) {
                c += shape.studentOrbit(o)[0] == p ? 1 : 0;
            }
            orbitsOfPart[p] = new int[c];
            c = 0;
            for (int o = 0; o < shape.studentOrbits(); o++) {
                if (shape.studentOrbit(o)[0] == p) {
                    orbitsOfPart[p][c++] = o;
                }
            }
        }
    }

    /** @return the shape */
    public YoungShape shape() {
        return shape;
    }

    /** @return the leaky slope */
    public double alpha() {
        return kernel.alpha();
    }

    /**
     * @param student W's value on each student orbit (read)
     * @param order   what to compute
     * @return loss, \( DL[E_o] \) and \( D^2L[E_o, E_{o'}] \) with their absolute-sum scales
     */
    public OrbitSums evaluate(double[] student, Order order) {
        if (student.length != shape.studentOrbits()) {
            throw ReducedMessages.PATTERN_LENGTH.invalid(student.length, shape.studentOrbits());
        }
        Require.finite(student, "student pattern");
        int m = shape.studentOrbits();
        boolean grad = order != Order.LOSS;
        boolean hess = order == Order.HESSIAN;
        Accumulator acc = new Accumulator(m, grad, hess);
        int[] rows = shape.rowParts();
        for (int p : rows) {
            if (shape.kind(p) == YoungShape.PartKind.TEACHER) {
                for (int q : rows) {
                    if (shape.kind(q) == YoungShape.PartKind.TEACHER) {
                        pairs(p, q, student, acc, Order.LOSS, 0.5);
                    }
                }
                continue;
            }
            diagonal(p, student, acc, grad, hess);
            for (int q : rows) {
                double sign = shape.kind(q) == YoungShape.PartKind.STUDENT ? 0.5 : -1;
                pairs(p, q, student, acc, order, sign);
            }
        }
        return acc.result();
    }

    /** The i = l terms of student part p: \( \tfrac12 c_0 |w_i|^2 \) and its derivatives. */
    private void diagonal(int p, double[] student, Accumulator acc, boolean grad, boolean hess) {
        Embedding e = new Embedding(new PairOrbit(p, 0, p, 0, PairOrbit.Kind.SAME));
        double[] w = e.row(p, 0, student);
        double n = shape.size(shape.factor(p));
        double ww = dot(w, w);
        acc.loss(0.5 * n * c0 * ww);
        if (!grad) {
            return;
        }
        int[] os = orbitsOfPart[p];
        double[][] dirs = e.directions(p, 0, os);
        for (int a = 0; a < os.length; a++) {
            acc.gradient(os[a], n * c0 * dot(w, dirs[a]));
            if (hess) {
                for (int b = 0; b < os.length; b++) {
                    acc.hessian(os[a], os[b], n * c0 * dot(dirs[a], dirs[b]));
                }
            }
        }
    }

    /**
     * All orbits of ordered pairs (row of part p, row of part q), p a student part (or, for the loss constant, a
     * teacher part), q any row part, weighted by {@code sign} (1/2 for the symmetric sums, -1 for student-teacher).
     */
    private void pairs(int p, int q, double[] student, Accumulator acc, Order order, double sign) {
        if (p == q && shape.kind(p) == YoungShape.PartKind.TEACHER) {
            Embedding e = new Embedding(new PairOrbit(p, 0, p, 0, PairOrbit.Kind.SAME));
            double[] v = e.row(p, 0, student);
            acc.loss(0.5 * shape.size(shape.factor(p)) * c0 * dot(v, v));
        }
        for (PairOrbit o : PairOrbit.between(shape, p, q)) {
            pair(o, o.size(shape), student, acc, order, sign);
        }
    }

    private void pair(PairOrbit orbit, double count, double[] student, Accumulator acc, Order order, double sign) {
        int p = orbit.p();
        int px = orbit.px();
        int q = orbit.q();
        int qx = orbit.qy();
        Embedding e = new Embedding(orbit);
        double[] x = e.row(p, px, student);
        double[] y = e.row(q, qx, student);
        acc.loss(sign * count * kernel.value(x, y));
        if (order == Order.LOSS) {
            return;
        }
        if (isZero(x)) {
            throw ReducedMessages.DEAD_NEURON.invalid(p);
        }
        // DL: sum over ordered pairs of grad_w K(x, y) . e_o(x); the symmetric sum's 1/2 is undone by the
        // two orders of every student pair, so the weight is 1 for students and -1 for teachers
        double weight = sign > 0 ? 1 : -1;
        int dim = x.length;
        double[] g = new double[dim];
        kernel.gradientW(x, y, g);
        int[] op = orbitsOfPart[p];
        double[][] dp = e.directions(p, px, op);
        for (int a = 0; a < op.length; a++) {
            acc.gradient(op[a], weight * count * dot(g, dp[a]));
        }
        if (order != Order.HESSIAN) {
            return;
        }
        double[] hww = new double[dim * dim];
        kernel.hessianWW(x, y, hww);
        double[][] hd = new double[op.length][];
        for (int b = 0; b < op.length; b++) {
            hd[b] = times(hww, dp[b], dim);
        }
        for (int a = 0; a < op.length; a++) {
            for (int b = 0; b < op.length; b++) {
                acc.hessian(op[a], op[b], weight * count * dot(dp[a], hd[b]));
            }
        }
        if (shape.kind(q) != YoungShape.PartKind.STUDENT || isZero(y)) {
            return;
        }
        double[] hwv = new double[dim * dim];
        kernel.hessianWV(x, y, hwv);
        int[] oq = orbitsOfPart[q];
        double[][] dq = e.directions(q, qx, oq);
        for (int b = 0; b < oq.length; b++) {
            double[] h = times(hwv, dq[b], dim);
            for (int a = 0; a < op.length; a++) {
                acc.hessian(op[a], oq[b], count * dot(dp[a], h));
            }
        }
    }

    private static double[] times(double[] h, double[] u, int dim) {
        double[] out = new double[dim];
        for (int r = 0; r < dim; r++) {
            double s = 0;
            int o = r * dim;
            for (int c = 0; c < dim; c++) {
                s += h[o + c] * u[c];
            }
            out[r] = s;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static boolean isZero(double[] x) {
        for (double v : x) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The isometric embedding for one representative pair: per column part, one coordinate per position of the
     * pair's rows in that part's factor, then the rest of the part as one coordinate scaled by
     * \( \sqrt{n_g - s} \).
     */
    private final class Embedding {
        private final int[][] coordinate;
        private final double[] weight;

        Embedding(PairOrbit orbit) {
            coordinate = orbit.coordinates(shape);
            weight = new double[coordinate.length];
            for (int c = 0; c < weight.length; c++) {
                weight[c] = coordinate[c][1] >= 0 ? 1
                        : Math.sqrt(shape.size(shape.factor(shape.columnParts()[coordinate[c][0]])) - coordinate[c][2]);
            }
        }

        private int entryOrbit(int part, int pos, int c) {
            return PairOrbit.entryOrbit(shape, part, pos, coordinate[c]);
        }

        /** @return the embedded row at position pos of a student or teacher part */
        double[] row(int part, int pos, double[] student) {
            double[] values = shape.kind(part) == YoungShape.PartKind.TEACHER ? teacher : student;
            double[] x = new double[coordinate.length];
            for (int c = 0; c < x.length; c++) {
                x[c] = weight[c] * values[entryOrbit(part, pos, c)];
            }
            return x;
        }

        /** @return the embedded row (part, pos) of the indicator of each given student orbit */
        double[][] directions(int part, int pos, int[] orbits) {
            double[][] out = new double[orbits.length][coordinate.length];
            for (int c = 0; c < coordinate.length; c++) {
                int o = entryOrbit(part, pos, c);
                for (int a = 0; a < orbits.length; a++) {
                    if (orbits[a] == o) {
                        out[a][c] = weight[c];
                    }
                }
            }
            return out;
        }
    }

    /** Sums with their absolute sums. */
    private static final class Accumulator {
        private double loss;
        private double lossAbs;
        private final double[] g;
        private final double[] gAbs;
        private final double[][] h;
        private final double[][] hAbs;

        Accumulator(int m, boolean grad, boolean hess) {
            g = grad ? new double[m] : null;
            gAbs = grad ? new double[m] : null;
            h = hess ? new double[m][m] : null;
            hAbs = hess ? new double[m][m] : null;
        }

        void loss(double x) {
            loss += x;
            lossAbs += Math.abs(x);
        }

        void gradient(int o, double x) {
            g[o] += x;
            gAbs[o] += Math.abs(x);
        }

        void hessian(int a, int b, double x) {
            h[a][b] += x;
            hAbs[a][b] += Math.abs(x);
        }

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
