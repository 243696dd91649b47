package org.landscape.proof;

import org.landscape.interval.Interval;
import org.landscape.interval.IntervalMatrix;
import org.landscape.solve.SymmetricEigenvalues;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Rigorous enclosures of the eigenvalues \( \lambda \) of a symmetric pencil \( Bv = \lambda G v \), B known up to an
 * interval matrix (a Hessian form on an exact subspace) and G an exact positive definite integer Gram matrix, by
 * Sylvester's law of inertia: for every symmetric \( B \in \mathbf{B} \) and every test value s, the number of
 * eigenvalues below s is the number of negative pivots of an \( LDL^T \) factorisation of \( Q(B - sG)Q^T \) for any
 * nonsingular Q, so when no interval pivot contains 0 the count is proved for the whole enclosure.
 *
 * <p>Q is the numerical generalized eigenvector matrix at the midpoint (\( QBQ^T \approx \mathrm{diag}(\mu) \),
 * \( QGQ^T \approx I \)), which makes the factorisation nearly diagonal, so test values can approach each
 * \( \mu_i \) to about the width of the enclosure; Q is proved nonsingular by the positive pivots of \( QGQ^T \).
 * Around each \( \mu_i \) the radius \( \delta \) is doubled from the entry widths until both counts at
 * \( \mu_i \pm \delta \) are proved; overlapping intervals are merged, and the counts (differences of the proved
 * counts) must add up to the dimension, so no eigenvalue lies outside the enclosures. The count at s = 0 proves the
 * inertia. Cost \( O(r^3) \) per test value, r the pencil's size (the number of copies of an irreducible).
 */
public final class PencilEnclosures {
    /** Doublings of the test radius before giving up on an eigenvalue. */
    private static final int MAX_DOUBLINGS = 80;

    private PencilEnclosures() {
    }

    /**
     * A group of eigenvalues.
     *
     * @param enclosure holds exactly {@code count} eigenvalues (with multiplicity), none outside the union
     * @param count     how many
     */
    public record Group(Interval enclosure, int count) {
    }

    /**
     * @param groups    ascending, disjoint; empty if not all eigenvalues were enclosed
     * @param negatives the number of negative eigenvalues, -1 if the pencil may be singular (or the count failed)
     * @param reason    why the enclosures are missing or the inertia is not proved ("" when both succeeded)
     */
    public record Result(List<Group> groups, int negatives, String reason) {
        public Result {
            groups = List.copyOf(groups);
        }

        /** @return true if every eigenvalue lies in one of the groups */
        public boolean enclosed() {
            return !groups.isEmpty();
        }
    }

    /**
     * @param b the pencil's left matrix, r x r, containing the symmetric matrices of interest
     * @param g the exact positive definite Gram matrix, r x r
     * @return the enclosures and the inertia
     */
    static Result of(IntervalMatrix b, BigInteger[][] g) {
        int r = g.length;
        double[][] gd = new double[r][r];
        Interval[] gi = new Interval[r * r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                gd[i][j] = g[i][j].doubleValue();
                gi[i * r + j] = Interval.rational(g[i][j], BigInteger.ONE);
            }
        }
        double[][] q = generalizedEigenvectors(b.mid(), gd);
        IntervalMatrix qb = b.leftMultiply(q).rightMultiplyTranspose(q);
        IntervalMatrix qg = IntervalMatrix.of(gi, r, r).leftMultiply(q).rightMultiplyTranspose(q);
        if (negativePivots(qg, qg, Interval.ZERO) != 0) {
            return new Result(List.of(), -1, "the approximate eigenvectors are not proved independent");
        }
        double[] mu = new double[r];
        double scale = 0;
        double width = 0;
        for (int i = 0; i < r; i++) {
            mu[i] = qb.get(i, i).mid() / qg.get(i, i).mid();
            scale = Math.max(scale, Math.abs(mu[i]));
            for (int j = 0; j < r; j++) {
                width = Math.max(width, qb.get(i, j).width() + Math.abs(mu[i]) * qg.get(i, j).width());
            }
        }
        java.util.Arrays.sort(mu);
        double start = Math.max(width, 1e-15 * Math.max(scale, Double.MIN_NORMAL));
        List<double[]> intervals = new ArrayList<>();
        for (double m : mu) {
            double delta = start;
            int doublings = 0;
            while (count(qb, qg, m - delta) < 0 || count(qb, qg, m + delta) < 0) {
                delta *= 2;
                if (++doublings > MAX_DOUBLINGS) {
                    return new Result(List.of(), inertia(qb, qg), "an eigenvalue near " + m + " could not be "
                            + "separated (the enclosure of the form is too wide)");
                }
            }
            intervals.add(new double[] {m - delta, m + delta});
        }
        intervals.sort((x, y) -> Double.compare(x[0], y[0]));
        List<Group> groups = new ArrayList<>();
        int total = 0;
        int i = 0;
        while (i < intervals.size()) {
            double lo = intervals.get(i)[0];
            double hi = intervals.get(i)[1];
            int j = i + 1;
            while (j < intervals.size() && intervals.get(j)[0] <= hi) {
                hi = Math.max(hi, intervals.get(j)[1]);
                j++;
            }
            int n = count(qb, qg, hi) - count(qb, qg, lo);
            if (n > 0) {
                groups.add(new Group(Interval.of(lo, hi), n));
                total += n;
            }
            i = j;
        }
        int negatives = inertia(qb, qg);
        if (total != r) {
            return new Result(List.of(), negatives, "the proved counts add up to " + total + " of " + r
                    + " eigenvalues");
        }
        return new Result(groups, negatives, negatives < 0 ? "an eigenvalue enclosure contains 0" : "");
    }

    /** @return the number of eigenvalues below 0, or -1 if not proved (a pivot of the factorisation contains 0) */
    private static int inertia(IntervalMatrix qb, IntervalMatrix qg) {
        return negativePivots(qb, qg, Interval.ZERO);
    }

    /** @return the number of eigenvalues below s (s exactly representable), or -1 if not proved */
    private static int count(IntervalMatrix qb, IntervalMatrix qg, double s) {
        return negativePivots(qb, qg, Interval.point(s));
    }

    /**
     * @return the number of negative pivots of the interval \( LDL^T \) of \( A - sG \) (symmetric elimination without
     *         pivoting), or -1 if a pivot contains 0
     */
    static int negativePivots(IntervalMatrix a, IntervalMatrix g, Interval s) {
        int n = a.rows();
        Interval[][] m = new Interval[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = a.get(i, j).subtract(s.multiply(g.get(i, j)));
            }
        }
        int negative = 0;
        for (int p = 0; p < n; p++) {
            Interval piv = m[p][p];
            if (piv.containsZero()) {
                return -1;
            }
            if (piv.hi() < 0) {
                negative++;
            }
            for (int i = p + 1; i < n; i++) {
                Interval l = m[i][p].divide(piv);
                for (int j = p + 1; j < n; j++) {
                    m[i][j] = m[i][j].subtract(l.multiply(m[p][j]));
                }
            }
        }
        return negative;
    }

    /**
     * @return rows q_i with \( q_i B q_j \approx \mu_i \delta_{ij} \), \( q_i G q_j \approx \delta_{ij} \) (double;
     *         need not be accurate: they only precondition the proved factorisations)
     */
    static double[][] generalizedEigenvectors(double[][] b, double[][] g) {
        int r = g.length;
        double[][] l = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j <= i; j++) {
                double s = g[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(s, Double.MIN_NORMAL)) : s / l[j][j];
            }
        }
        double[][] li = new double[r][r];
        for (int c = 0; c < r; c++) {
            for (int i = 0; i < r; i++) {
                double s = i == c ? 1 : 0;
                for (int k = 0; k < i; k++) {
                    s -= l[i][k] * li[k][c];
                }
                li[i][c] = s / l[i][i];
            }
        }
        double[][] c = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                double s = 0;
                for (int x = 0; x < r; x++) {
                    for (int y = 0; y < r; y++) {
                        s += li[i][x] * 0.5 * (b[x][y] + b[y][x]) * li[j][y];
                    }
                }
                c[i][j] = s;
            }
        }
        double[][] v = SymmetricEigenvalues.decomposition(c).descendingVectors();
        double[][] q = new double[r][r];
        for (int e = 0; e < r; e++) {
            for (int j = 0; j < r; j++) {
                double s = 0;
                for (int i = 0; i < r; i++) {
                    s += v[e][i] * li[i][j];
                }
                q[e][j] = s;
            }
        }
        return q;
    }
}
