package org.landscape.proof;

import org.landscape.interval.Interval;
import org.landscape.interval.IntervalMatrix;

import java.util.Optional;

/**
 * Enclosure of the solution set \( \{x : Ax = b,\ A \in \mathbf{A},\ b \in \mathbf{b}\} \) of a small interval
 * linear system: precondition with \( C \approx \mathrm{mid}(\mathbf{A})^{-1} \), then interval Gaussian elimination
 * without pivoting on \( C\mathbf{A} \approx I \) (Neumaier 1990, section 4.5: it succeeds when \( C\mathbf{A} \) is
 * close enough to I, and then every \( A \in \mathbf{A} \) is nonsingular). Cost \( O(m^3) \).
 */
final class IntervalLinearSystems {
    private IntervalLinearSystems() {
    }

    /** @return an enclosure of the solution set, or empty if a pivot contains 0 */
    static Optional<Interval[]> solve(IntervalMatrix a, Interval[] b) {
        int m = b.length;
        Optional<double[][]> pc = Krawczyk.preconditioner(a.mid());
        if (pc.isEmpty()) {
            return Optional.empty();
        }
        IntervalMatrix ca = a.leftMultiply(pc.get());
        Interval[] cb = IntervalMatrix.of(b, m, 1).leftMultiply(pc.get()).times(new Interval[]{Interval.ONE});
        Interval[][] g = new Interval[m][m + 1];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                g[i][j] = ca.get(i, j);
            }
            g[i][m] = cb[i];
        }
        for (int p = 0; p < m; p++) {
            if (g[p][p].containsZero()) {
                return Optional.empty();
            }
            for (int i = p + 1; i < m; i++) {
                Interval l = g[i][p].divide(g[p][p]);
                for (int j = p + 1; j <= m; j++) {
                    g[i][j] = g[i][j].subtract(l.multiply(g[p][j]));
                }
            }
        }
        Interval[] x = new Interval[m];
        for (int i = m - 1; i >= 0; i--) {
            Interval s = g[i][m];
            for (int j = i + 1; j < m; j++) {
                s = s.subtract(g[i][j].multiply(x[j]));
            }
            x[i] = s.divide(g[i][i]);
        }
        return Optional.of(x);
    }
}
