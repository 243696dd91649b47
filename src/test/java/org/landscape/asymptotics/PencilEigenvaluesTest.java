package org.landscape.asymptotics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eigenvalue series of pencils built with known eigenvalues: \( S = Q D Q^T \) with the rational rotation Q of the
 * 3-4-5 triangle (in the plane of the first two coordinates, then of the last two) and D diagonal with entries of
 * different orders in \( \varepsilon \), T = I; and the same with \( T = M M^T \), \( S = M D M^T \) (a pencil whose
 * eigenvalues are still D's). The expansions must return D's entries exactly, each with its own exponent.
 */
class PencilEigenvaluesTest {
    private static final int P = 12;

    @BeforeAll
    static void symjaFirst() {
        Symja.evaluator();
    }

    private static Series poly(String... cs) {
        IExpr[] e = new IExpr[cs.length];
        for (int i = 0; i < cs.length; i++) {
            e[i] = Symja.eval(cs[i]);
        }
        return Series.of(0, e).exact(P);
    }

    /** @return \( A D B^T \) for rational matrices A, B and diagonal series D */
    private static Series[][] congruence(IExpr[][] a, Series[] d, IExpr[][] b) {
        int r = d.length;
        Series[][] out = new Series[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                Series s = Series.constant(F.C0, P);
                for (int x = 0; x < r; x++) {
                    s = s.plus(d[x].times(Symja.evaluator().eval(F.Times(a[i][x], b[j][x]))));
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    private static IExpr[][] rotation() {
        // (3/5, 4/5) in the plane (0, 1), then in the plane (1, 2): a rational orthogonal matrix
        IExpr[][] r1 = {{F.QQ(3, 5), F.QQ(-4, 5), F.C0}, {F.QQ(4, 5), F.QQ(3, 5), F.C0}, {F.C0, F.C0, F.C1}};
        IExpr[][] r2 = {{F.C1, F.C0, F.C0}, {F.C0, F.QQ(3, 5), F.QQ(-4, 5)}, {F.C0, F.QQ(4, 5), F.QQ(3, 5)}};
        IExpr[][] q = new IExpr[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                IExpr s = F.C0;
                for (int x = 0; x < 3; x++) {
                    s = F.Plus(s, F.Times(r1[i][x], r2[x][j]));
                }
                q[i][j] = Symja.evaluator().eval(s);
            }
        }
        return q;
    }

    /** D = diag(1/(2 pi) eps^-2 + 3, 1/4 - eps^2/pi, -1/2 + eps + eps^3) */
    private static Series[] d() {
        return new Series[] {poly("1/(2*Pi)", "0", "3").shift(-2), poly("1/4", "0", "-1/Pi"),
                poly("-1/2", "1", "0", "1")};
    }

    private static void assertSameEigenvalues(Series[] expected, PencilEigenvalues.Result r) {
        assertEquals(0, r.undetermined(), r.reason());
        List<Series> got = new ArrayList<>();
        r.eigenvalues().forEach(e -> got.add(e.value()));
        assertEquals(expected.length, got.size());
        for (Series e : expected) {
            Series match = got.stream().filter(g -> g.valuation() == e.valuation() && g.precision() >= e.valuation() + 4
                    && java.util.stream.IntStream.range(e.valuation(), e.valuation() + 4).allMatch(j -> Symja.evaluator()
                    .eval(F.Simplify(F.Subtract(g.coefficient(j), e.coefficient(j)))).isZero()))
                    .findFirst().orElseThrow(() -> new AssertionError("no eigenvalue agreeing with " + e
                            + " to 4 terms in " + got));
            assertTrue(match.precision() >= e.valuation() + 4, "known to 4 terms: " + match);
        }
    }

    @Test
    void rotatedDiagonal() {
        IExpr[][] q = rotation();
        Series[] d = d();
        Series[][] s = congruence(q, d, q);
        Series[] ones = {poly("1"), poly("1"), poly("1")};
        Series[][] t = congruence(q, ones, q);
        assertSameEigenvalues(d, PencilEigenvalues.of(s, t));
    }

    @Test
    void generalisedPencil() {
        IExpr[][] m = {{F.C1, F.C2, F.C0}, {F.C0, F.C1, F.CN1}, {F.C1, F.C0, F.C3}};
        Series[] d = d();
        Series[] ones = {poly("1"), poly("1"), poly("1")};
        // (M D M^T) v = lambda (M M^T) v has the eigenvalues of D (M invertible)
        assertSameEigenvalues(d, PencilEigenvalues.of(congruence(m, d, m), congruence(m, ones, m)));
    }

    @Test
    void clusterIsSplit() {
        IExpr[][] q = rotation();
        Series[] d = {poly("1/4", "1"), poly("1/4", "-1", "1/Pi"), poly("2")};
        Series[] ones = {poly("1"), poly("1"), poly("1")};
        // 1/4 + eps and 1/4 - eps + eps^2/pi share their leading term: the cluster is split by substitution
        assertSameEigenvalues(d, PencilEigenvalues.of(congruence(q, d, q), congruence(q, ones, q)));
    }

    @Test
    void exactDoubleEigenvalueKeepsWhatIsKnown() {
        IExpr[][] q = rotation();
        Series[] d = {poly("1/4", "0", "1"), poly("1/4", "0", "1"), poly("2")};
        Series[] ones = {poly("1"), poly("1"), poly("1")};
        PencilEigenvalues.Result r = PencilEigenvalues.of(congruence(q, d, q), congruence(q, ones, q));
        List<PencilEigenvalues.Eigenvalue> quarter = r.eigenvalues().stream()
                .filter(e -> e.value().valuation() == 0 && e.value().coefficient(0).equals(F.C1D4)).toList();
        assertEquals(2, quarter.size(), "the double eigenvalue 1/4 + eps^2 twice: " + r.eigenvalues());
        for (PencilEigenvalues.Eigenvalue e : quarter) {
            for (int j = 1; j < e.value().precision() && j <= 3; j++) {
                IExpr expected = j == 2 ? F.C1 : F.C0;
                assertTrue(Symja.evaluator().eval(F.Subtract(e.value().coefficient(j), expected)).isZero(),
                        "coefficient of eps^" + j + " of " + e.value());
            }
        }
    }

    /**
     * 1/4 - eps and 1/4 + eps^3 with the pencil known only to O(eps^3): the first member separates (its mu = -1 is
     * determined), the second's mu = eps^2 is below what is known, so it keeps the common leading term.
     */
    @Test
    void partlySeparatedCluster() {
        IExpr[][] q = rotation();
        Series[] d = {poly("1/4", "-1"), poly("1/4", "0", "0", "1"), poly("2")};
        Series[] ones = {poly("1"), poly("1"), poly("1")};
        Series[][] s = congruence(q, d, q);
        for (Series[] row : s) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j].truncate(3);
            }
        }
        PencilEigenvalues.Result r = PencilEigenvalues.of(s, congruence(q, ones, q));
        List<PencilEigenvalues.Eigenvalue> quarter = r.eigenvalues().stream()
                .filter(e -> e.value().valuation() == 0 && e.value().coefficient(0).equals(F.C1D4)).toList();
        assertEquals(2, quarter.size(), r.eigenvalues().toString());
        long separated = quarter.stream().filter(e -> e.cluster() == 1 && e.value().precision() >= 2
                && e.value().coefficient(1).equals(F.CN1)).count();
        long leadingOnly = quarter.stream().filter(e -> e.cluster() == 2 && e.value().precision() == 1).count();
        assertEquals(1, separated, "1/4 - eps separated: " + quarter);
        assertEquals(1, leadingOnly, "1/4 + eps^3 keeps its leading term: " + quarter);
    }
}
