package org.landscape.model;

import org.landscape.compile.KernelProfiles;
import org.landscape.compile.generated.LeakyKernelFrame;

/**
 * The per-point work of the network evaluators (MATH.md section 3), organised so that nothing is
 * computed twice: norms and unit rows once per point (O(kd)); one Kahan angle and one profile
 * evaluation per unordered student pair and per student-teacher pair, stored alpha-independently as the
 * eight profile parts \( (g, h', s, t)_{lin}, (g, h', s, t)_{relu} \) (O(k(k+n)d)); then loss, gradient
 * rows, Hessian row blocks and Hessian-vector rows combine the parts with weights
 * \( (a, b) \) as \( a\,part_{lin} + b\,part_{relu} \) (\( (a,b) = (\alpha, (1-\alpha)^2) \) for the loss at
 * \( \alpha \), \( (1,0) \) and \( (0,1) \) for the alpha-independent parts).
 *
 * <p>Columns {@code j < k} are students, {@code j >= k} teachers. Every row-wise method uses the same
 * arithmetic, in the same order, as the original pair-by-pair evaluator, so the results do not depend on
 * whether rows run serially or in parallel. Mutable, owned by one evaluator; not thread-safe itself, but
 * its row methods may run concurrently on distinct rows with distinct scratch.
 */
final class StudentPairs {
    static {
        FrameStructure.require();
    }

    private final KernelProfiles profiles;
    final int n;
    final int d;
    private final double[] normV;
    private final double[][] unitV;
    /** Low parts of the unit rows (double-double), used only for pairs within 2e-3 of 0 or pi. */
    private final double[][] loV;
    /** Low parts of the student's unit rows, computed on first use ({@link #lo}): most points need none. */
    private double[][] loW;
    /** Which rows of {@link #loW} hold the current point's low parts; guarded by {@code this}. */
    private boolean[] loReady;
    /** True when every row loop runs on the calling thread (callers that are parallel over points already). */
    private final boolean serialOnly;
    /**
     * When every teacher unit row is a signed axis vector \( \pm e_a \) (entries exactly +0.0 and one \( \pm 1 \), as for
     * the census teacher \( [I_n\ 0] \)): the teacher indices ordered by axis, else {@code null}. Then
     * {@link #axisPairs} (from d = {@link ModelThresholds#AXIS_ANGLES_MIN_D} on) and {@link #addAxisPair} skip the
     * zero entries without changing a bit.
     */
    private final int[] axisTeachers;
    /** The axis of each teacher row (by teacher index), when {@link #axisTeachers} is not null. */
    private final int[] axisOf;
    /** The axes in the order of {@link #axisTeachers}. */
    private final int[] axisSorted;
    /** Profile parts at theta = 0 (the self pair). */
    final double[] selfParts = new double[8];
    int k;
    double[][] W;
    double[] normW;
    double[][] unitW;
    /** 8 parts per pair, index 8 (i (k+n) + j); for student pairs only j > i is filled. */
    double[] table;
    final Parallel.Scratch serial;

    StudentPairs(double[][] teacher, KernelProfiles profiles, boolean serialOnly) {
        this.profiles = profiles;
        this.serialOnly = serialOnly;
        this.n = teacher.length;
        this.d = teacher[0].length;
        this.normV = new double[n];
        this.unitV = new double[n][d];
        this.loV = new double[n][d];
        units(teacher, normV, unitV);
        for (int j = 0; j < n; j++) {
            lowPart(teacher[j], normV[j], unitV[j], loV[j]);
        }
        profiles.nearZero(0, selfParts);
        this.serial = new Parallel.Scratch(d);
        int[] axes = new int[n];
        boolean allAxes = true;
        for (int j = 0; j < n && allAxes; j++) {
            axes[j] = axis(unitV[j]);
            allAxes = axes[j] >= 0;
        }
        if (allAxes) {
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(j -> axes[j]));
            axisTeachers = new int[n];
            axisSorted = new int[n];
            for (int m = 0; m < n; m++) {
                axisTeachers[m] = order[m];
                axisSorted[m] = axes[order[m]];
            }
            axisOf = axes;
        } else {
            axisTeachers = null;
            axisSorted = null;
            axisOf = null;
        }
    }

    /** @return a if {@code u} is \( \pm e_a \) with every other entry exactly +0.0, else -1 */
    private static int axis(double[] u) {
        int a = -1;
        for (int c = 0; c < u.length; c++) {
            if (Math.abs(u[c]) == 1 && a < 0) {
                a = c;
            } else if (Double.doubleToRawLongBits(u[c]) != 0L) {
                return -1;
            }
        }
        return a;
    }

    private static void units(double[][] x, double[] norms, double[][] unit) {
        for (int i = 0; i < x.length; i++) {
            double nx = PairGeometry.norm(x[i]);
            norms[i] = nx;
            for (int c = 0; c < x[i].length; c++) {
                unit[i][c] = nx == 0 ? 0 : x[i][c] / nx;
            }
        }
    }

    private static void lowPart(double[] x, double nx, double[] unit, double[] lo) {
        if (nx != 0) {
            PairGeometry.unitLo(x, unit, lo);
        } else {
            java.util.Arrays.fill(lo, 0);
        }
    }

    /** @return the work estimate for {@link Parallel#forRows}, or 0 (serial) for a serial-only evaluator */
    double work(double flops) {
        return serialOnly ? 0 : flops;
    }

    /** Loads a student (read, kept as a view during the call): norms and unit rows, O(kd). */
    void load(double[][] student) {
        if (normW == null || student.length != k) {
            k = student.length;
            normW = new double[k];
            unitW = new double[k][d];
            loW = new double[k][d];
            loReady = new boolean[k];
            table = new double[8 * k * (k + n)];
        }
        W = student;
        units(student, normW, unitW);
        synchronized (this) {
            java.util.Arrays.fill(loReady, false);
        }
    }

    /** Fills the profile table: one angle and one profile call per pair, O(k(k+n)d), rows in parallel when large. */
    void computeProfiles() {
        double work = work(6.0 * k * (k / 2.0 + n) * d);
        Parallel.forRows(k, work, serial, (from, to, s) -> {
            boolean axisAngles = axisTeachers != null && d >= ModelThresholds.AXIS_ANGLES_MIN_D;
            int end = axisAngles ? k : k + n;
            for (int i = from; i < to; i++) {
                int j = i + 1;
                for (; j + 3 < end; j += 4) {
                    PairGeometry.angle4(unitW[i], unit(j), unit(j + 1), unit(j + 2), unit(j + 3), s.angles);
                    for (int m = 0; m < 4; m++) {
                        if (s.angles[2 * m + 1] < PairGeometry.EXTENDED_BELOW) {
                            s.geo.angle(unitW[i], lo(i), unit(j + m), lo(j + m));
                            fillPair(i, j + m, s.geo.nearPi, s.geo.nearPi ? s.geo.phi : s.geo.theta, s);
                        } else {
                            fillPair(i, j + m, s.angles[2 * m] != 0, s.angles[2 * m + 1], s);
                        }
                    }
                }
                for (; j < end; j++) {
                    s.geo.angle(unitW[i], unit(j));
                    if ((s.geo.nearPi ? s.geo.phi : s.geo.theta) < PairGeometry.EXTENDED_BELOW) {
                        s.geo.angle(unitW[i], lo(i), unit(j), lo(j));
                    }
                    fillPair(i, j, s.geo.nearPi, s.geo.nearPi ? s.geo.phi : s.geo.theta, s);
                }
                if (axisAngles) {
                    axisPairs(i, s);
                }
            }
        });
    }

    /**
     * The pairs of student row i with an axis teacher \( \pm e_a \) ({@link #axisTeachers}): the same angles, bit for
     * bit, as {@link PairGeometry#angle4}. There \( |\hat w_i \mp \hat v|^2 \) is summed over c in order with
     * terms \( (u_c \mp \hat v_c)^2 \), which equal \( u_c^2 \) exactly except at c = a (\( u_c - 0.0 = u_c \), also
     * for -0.0). So one pass over c serves every teacher: a running sum of \( u_c^2 \) gives each teacher's sums up
     * to its axis, the axis term is added, and from there the teacher's two sums take the same \( u_c^2 \) in the same
     * order (a loop over the teachers, which vectorises). O(nd) additions instead of O(nd) products and differences
     * in dependent chains; then the same atan2, refinement near 0 and pi, and profiles as the general loop.
     */
    private void axisPairs(int i, Parallel.Scratch s) {
        s.ensureAxis(n);
        double[] pp = s.axisPp;
        double[] qq = s.axisQq;
        double[] u = unitW[i];
        double acc = 0;
        int m = 0;
        for (int c = 0; c < d; c++) {
            double sq = u[c] * u[c];
            for (int t = 0; t < m; t++) {
                pp[t] += sq;
                qq[t] += sq;
            }
            while (m < n && axisSorted[m] == c) {
                double v = unitV[axisTeachers[m]][c];
                double p = u[c] - v;
                double q = u[c] + v;
                pp[m] = acc + p * p;
                qq[m] = acc + q * q;
                m++;
            }
            acc += sq;
        }
        for (m = 0; m < n; m++) {
            int j = k + axisTeachers[m];
            PairGeometry.finish(pp[m], qq[m], s.angles, 0);
            if (s.angles[1] < PairGeometry.EXTENDED_BELOW) {
                s.geo.angle(unitW[i], lo(i), unit(j), lo(j));
                fillPair(i, j, s.geo.nearPi, s.geo.nearPi ? s.geo.phi : s.geo.theta, s);
            } else {
                fillPair(i, j, s.angles[0] != 0, s.angles[1], s);
            }
        }
    }

    private void fillPair(int i, int j, boolean nearPi, double angle, Parallel.Scratch s) {
        int o = 8 * (i * (k + n) + j);
        if (normW[i] == 0 || norm(j) == 0) {
            java.util.Arrays.fill(table, o, o + 8, 0);
            return;
        }
        if (nearPi) {
            profiles.nearPi(angle, s.prof);
        } else {
            profiles.nearZero(angle, s.prof);
        }
        System.arraycopy(s.prof, 0, table, o, 8);
    }

    /** @return offset of the parts of pair (i, j) in {@link #table}, using the symmetry of student pairs */
    int at(int i, int j) {
        return j < k && j < i ? 8 * (j * (k + n) + i) : 8 * (i * (k + n) + j);
    }

    double norm(int j) {
        return j < k ? normW[j] : normV[j - k];
    }

    double[] unit(int j) {
        return j < k ? unitW[j] : unitV[j - k];
    }

    /**
     * The low parts of unit row j (student rows computed on first use for the current point: only pairs within
     * {@link PairGeometry#EXTENDED_BELOW} of 0 or pi need them). Thread-safe: row loops may call it concurrently.
     */
    double[] lo(int j) {
        if (j >= k) {
            return loV[j - k];
        }
        synchronized (this) {
            if (!loReady[j]) {
                lowPart(W[j], normW[j], unitW[j], loW[j]);
                loReady[j] = true;
            }
            return loW[j];
        }
    }

    /**
     * \( \tfrac12\sum_{i,l} K(w_i,w_l) - \sum_{i,j} K(w_i,v_j) \) with \( K = |x||y|(a\,g_{lin} + b\,g_{relu}) \),
     * summed with compensation ({@link CompensatedSum}). O(k(k+n)).
     */
    double studentLoss(double a, double b) {
        CompensatedSum sum = new CompensatedSum();
        double gSelf = a * selfParts[0] + b * selfParts[4];
        for (int i = 0; i < k; i++) {
            sum.add(0.5 * (normW[i] * normW[i] * gSelf));
            for (int l = i + 1; l < k; l++) {
                int o = at(i, l);
                sum.add(normW[i] * normW[l] * (a * table[o] + b * table[o + 4]));
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                int o = at(i, k + j);
                sum.add(-normW[i] * normV[j] * (a * table[o] + b * table[o + 4]));
            }
        }
        return sum.value();
    }

    /** As the original {@code lossParts}: all ordered pairs, scale 1/2 for students, -1 for teachers; compensated. */
    void studentLossParts(double[] acc) {
        CompensatedSum lin = new CompensatedSum();
        CompensatedSum relu = new CompensatedSum();
        lin.add(acc[0]);
        relu.add(acc[1]);
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                if (normW[i] == 0 || normW[l] == 0) {
                    continue;
                }
                int o = at(i, l);
                double[] src = l == i ? selfParts : table;
                int so = l == i ? 0 : o;
                lin.add(0.5 * normW[i] * normW[l] * src[so]);
                relu.add(0.5 * normW[i] * normW[l] * src[so + 4]);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                if (normW[i] == 0 || normV[j] == 0) {
                    continue;
                }
                int o = at(i, k + j);
                lin.add(-1 * normW[i] * normV[j] * table[o]);
                relu.add(-1 * normW[i] * normV[j] * table[o + 4]);
            }
        }
        acc[0] = lin.value();
        acc[1] = relu.value();
    }

    /**
     * Writes gradient row i: \( self\, w_i + \sum_{l\ne i} \nabla_w K(w_i, w_l) - \sum_j \nabla_w K(w_i, v_j) \) with
     * \( \nabla_w K(w, x) = |x|\,(c_0 \hat w + c_1 \hat x) \), the derived coefficients of {@link LeakyKernelFrame}
     * (today \( c_0 = s \), \( c_1 = h' \); structure in {@link FrameStructure}), O((k+n)d).
     */
    void gradientRow(int i, double a, double b, double self, double[] out) {
        int o0 = i * d;
        double[] wi = W[i];
        double[] ui = unitW[i];
        for (int c = 0; c < d; c++) {
            out[o0 + c] = self * wi[c];
        }
        // j in increasing order, as one loop over j != i would: the same sums in the same order
        for (int j = 0; j < i; j++) {
            addPair(out, o0, normW[j], table, 8 * (j * (k + n) + i), a, b, ui, unitW[j]);
        }
        for (int j = i + 1; j < k; j++) {
            addPair(out, o0, normW[j], table, 8 * (i * (k + n) + j), a, b, ui, unitW[j]);
        }
        for (int j = 0; j < n; j++) {
            if (axisOf != null) {
                addAxisPair(out, o0, -normV[j], table, 8 * (i * (k + n) + k + j), a, b, ui, axisOf[j], unitV[j]);
            } else {
                addPair(out, o0, -normV[j], table, 8 * (i * (k + n) + k + j), a, b, ui, unitV[j]);
            }
        }
    }

    /**
     * {@link #addPair} for an axis teacher \( \hat x = \pm e_{ax} \): off the axis \( c_v \hat x_c = c_v \cdot 0.0 \) is
     * the same signed zero z for every c, added as before, so the entries are the same bits without the products.
     */
    private void addAxisPair(double[] out, int o0, double f, double[] t, int o, double a, double b, double[] ui,
                             int ax, double[] ux) {
        if (f == 0) {
            return;
        }
        double g = a * t[o] + b * t[o + 4];
        double hp = a * t[o + 1] + b * t[o + 5];
        double s = a * t[o + 2] + b * t[o + 6];
        double tt = a * t[o + 3] + b * t[o + 7];
        double cw = LeakyKernelFrame.gradient0(g, hp, s, tt);
        double cx = LeakyKernelFrame.gradient1(g, hp, s, tt);
        double z = cx * 0.0;
        for (int c = 0; c < ax; c++) {
            out[o0 + c] += f * (cw * ui[c] + z);
        }
        out[o0 + ax] += f * (cw * ui[ax] + cx * ux[ax]);
        for (int c = ax + 1; c < d; c++) {
            out[o0 + c] += f * (cw * ui[c] + z);
        }
    }

    /** {@code out[o0 + c] += f (c_w ui[c] + c_v ux[c])}, the derived frame coefficients of the pair's combined profiles; nothing for a zero row. */
    private void addPair(double[] out, int o0, double f, double[] t, int o, double a, double b, double[] ui,
                         double[] ux) {
        if (f == 0) {
            return;
        }
        double g = a * t[o] + b * t[o + 4];
        double hp = a * t[o + 1] + b * t[o + 5];
        double s = a * t[o + 2] + b * t[o + 6];
        double tt = a * t[o + 3] + b * t[o + 7];
        double cw = LeakyKernelFrame.gradient0(g, hp, s, tt);
        double cx = LeakyKernelFrame.gradient1(g, hp, s, tt);
        for (int c = 0; c < d; c++) {
            out[o0 + c] += f * (cw * ui[c] + cx * ux[c]);
        }
    }

    /** Geometry and combined profiles (g, h', s, t into {@code s.prof[0..3]}) of pair (i, j) for second derivatives. */
    PairGeometry pair(int i, int j, double a, double b, Parallel.Scratch s) {
        PairGeometry pg = s.geo;
        pg.setUnits(unitW[i], lo(i), normW[i], unit(j), lo(j), norm(j));
        int o = at(i, j);
        s.prof[0] = a * table[o] + b * table[o + 4];
        s.prof[1] = a * table[o + 1] + b * table[o + 5];
        s.prof[2] = a * table[o + 2] + b * table[o + 6];
        s.prof[3] = a * table[o + 3] + b * table[o + 7];
        return pg;
    }
}
