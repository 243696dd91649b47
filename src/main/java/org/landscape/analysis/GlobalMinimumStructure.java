package org.landscape.analysis;

import org.landscape.base.InvalidInputException;
import org.landscape.compile.KernelProfiles;
import org.landscape.model.Matrices;
import org.landscape.model.NetworkLoss;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact structure of the Hessian at the global minimum \( W = V = I_k \) (k = n = d), obtained by
 * running the numeric model's own Hessian template with <em>probe profiles</em>: at \( W = V = I \)
 * every pair is parallel (\( \theta = 0 \)) or orthogonal (\( \theta = \pi/2 \)), so
 * \[ H = c_0 I + \sum_{\text{sym}} \text{sym} \cdot C_{\text{sym}}, \qquad
 *    \text{sym} \in \{h'(0), s(0), t(0), h'(\pi/2), s(\pi/2), t(\pi/2)\},\ c_0 = \tfrac{1+\alpha^2}{2}, \]
 * with integer matrices \( C_{\text{sym}} \) obtained exactly (in floating point, all entries are small
 * integers) by setting one profile value to 1 and the others to 0. No second copy of the Hessian
 * formula is written: the structure comes from the code that computes every numeric Hessian.
 *
 * <p>The Hessian is then projected on integer pattern vectors of the four Specht components of
 * \( M(k,k) = 2\,[k] + 3\,[k-1,1] + [k-2,2] + [k-2,1,1] \) under \( \Delta S_k \) (\( U \mapsto P U P^T \)):
 * <ul>
 *   <li>[k] (trivial): \( I \), \( J - I \);</li>
 *   <li>[k-1,1] (standard), with \( x = e_1 - e_2 \): \( \mathrm{diag}(x) \), \( x 1^T - \mathrm{diag}(x) \),
 *       \( 1 x^T - \mathrm{diag}(x) \) (images of x under three equivariant maps);</li>
 *   <li>[k-2,2]: \( E_{12}+E_{21}+E_{34}+E_{43}-E_{13}-E_{31}-E_{24}-E_{42} \) (symmetric, zero diagonal and line sums);</li>
 *   <li>[k-2,1,1]: \( E_{12}-E_{21}+E_{23}-E_{32}+E_{31}-E_{13} \) (antisymmetric, zero line sums).</li>
 * </ul>
 * For each component the result is the pair \( (A, G) \), \( A_{ij} = \langle U_i, H U_j\rangle \),
 * \( G_{ij} = \langle U_i, U_j \rangle \), per symbol: the block eigenvalues are the roots of
 * \( \det(A - \lambda G) = 0 \), each with multiplicity \( \dim \) of the irreducible.
 */
public final class GlobalMinimumStructure {
    /** Names of the probe symbols, in order. */
    public static final String[] SYMBOLS = {"hp0", "s0", "t0", "hpQ", "sQ", "tQ"};
    /** Specht components of M(k,k) under Delta S_k, in order. */
    public static final String[] COMPONENTS = {"[k]", "[k-1,1]", "[k-2,2]", "[k-2,1,1]"};

    /** Projected block of one component: {@code a[sym][i][j]} for each probe symbol, plus c0 and Gram. */
    public record ComponentBlock(String component, long[][][] a, long[][] c0, long[][] gram, int dimension,
                                 int multiplicity) {
    }

    private GlobalMinimumStructure() {
    }

    /** @return the projected blocks of the four components for width k (k >= 4) */
    public static List<ComponentBlock> blocks(int k) {
        if (k < 4) {
            throw new InvalidInputException("the four-component structure of M(k,k) needs k >= 4, got " + k);
        }
        int m = k * k;
        double[][] coeff = new double[SYMBOLS.length][];
        double[][] id = Matrices.identity(k);
        for (int s = 0; s < SYMBOLS.length; s++) {
            // alpha = 1: the kernel is the linear part only, whose probe slots we drive; self term c0 = 1
            NetworkLoss loss = new NetworkLoss(1, id, probe(s));
            double[] h = new double[m * m];
            loss.hessian(id, h);
            for (int i = 0; i < m; i++) {
                h[i * m + i] -= 1; // remove the self term c0 * I
            }
            coeff[s] = h;
        }
        List<long[][]> triv = List.<long[][]>of(pattern(k, "I"), pattern(k, "J-I"));
        List<long[][]> std = List.<long[][]>of(pattern(k, "diag"), pattern(k, "row"), pattern(k, "col"));
        List<ComponentBlock> out = new ArrayList<>();
        out.add(project("[k]", triv, coeff, k, 1, 2));
        out.add(project("[k-1,1]", std, coeff, k, k - 1, 3));
        out.add(project("[k-2,2]", List.<long[][]>of(pattern(k, "sym")), coeff, k, k * (k - 3) / 2, 1));
        out.add(project("[k-2,1,1]", List.<long[][]>of(pattern(k, "anti")), coeff, k, (k - 1) * (k - 2) / 2, 1));
        return out;
    }

    private static ComponentBlock project(String name, List<long[][]> us, double[][] coeff, int k, int dim, int mult) {
        int r = us.size();
        long[][][] a = new long[SYMBOLS.length][r][r];
        long[][] gram = new long[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                gram[i][j] = dot(us.get(i), us.get(j));
                for (int s = 0; s < SYMBOLS.length; s++) {
                    a[s][i][j] = quadratic(coeff[s], us.get(i), us.get(j), k);
                }
            }
        }
        return new ComponentBlock(name, a, gram, gram, dim, mult);
    }

    private static long dot(long[][] x, long[][] y) {
        long s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < x.length; c++) {
                s += x[i][c] * y[i][c];
            }
        }
        return s;
    }

    /** <x, H y> with H flat (k^2 x k^2), exact: H entries are small integers. */
    private static long quadratic(double[] h, long[][] x, long[][] y, int k) {
        int m = k * k;
        double s = 0;
        for (int r = 0; r < m; r++) {
            long xr = x[r / k][r % k];
            if (xr == 0) {
                continue;
            }
            for (int c = 0; c < m; c++) {
                long yc = y[c / k][c % k];
                if (yc != 0) {
                    s += xr * h[r * m + c] * yc;
                }
            }
        }
        long rounded = Math.round(s);
        if (Math.abs(s - rounded) > 1e-9) {
            throw new IllegalStateException("probe Hessian entry is not an integer: " + s);
        }
        return rounded;
    }

    /** Integer pattern matrix of the given kind (see class Javadoc). */
    /**
     * The integer pattern vectors of the class Javadoc, one list per component of {@link #COMPONENTS}: they span one
     * copy of each component's multiplicity space exactly (images of one vector of the irreducible under independent
     * equivariant maps), so at any \( \Delta S_k \)-symmetric point their span is invariant under the Hessian.
     *
     * @param k the width (k >= 4)
     * @return {@code [component][vector][i][c]}, entries in {-1, 0, 1}
     */
    public static long[][][][] patternVectors(int k) {
        if (k < 4) {
            throw new InvalidInputException("the four-component structure of M(k,k) needs k >= 4, got " + k);
        }
        String[][] kinds = {{"I", "J-I"}, {"diag", "row", "col"}, {"sym"}, {"anti"}};
        long[][][][] r = new long[kinds.length][][][];
        for (int c = 0; c < kinds.length; c++) {
            r[c] = new long[kinds[c].length][][];
            for (int v = 0; v < kinds[c].length; v++) {
                r[c][v] = pattern(k, kinds[c][v]);
            }
        }
        return r;
    }

    static long[][] pattern(int k, String kind) {
        long[][] u = new long[k][k];
        long[] x = new long[k];
        x[0] = 1;
        x[1] = -1;
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < k; c++) {
                u[i][c] = switch (kind) {
                    case "I" -> i == c ? 1 : 0;
                    case "J-I" -> i == c ? 0 : 1;
                    case "diag" -> i == c ? x[i] : 0;
                    case "row" -> i == c ? 0 : x[i];
                    case "col" -> i == c ? 0 : x[c];
                    default -> 0;
                };
            }
        }
        if (kind.equals("sym")) {
            int[][] plus = {{0, 1}, {1, 0}, {2, 3}, {3, 2}};
            int[][] minus = {{0, 2}, {2, 0}, {1, 3}, {3, 1}};
            for (int[] p : plus) {
                u[p[0]][p[1]] = 1;
            }
            for (int[] p : minus) {
                u[p[0]][p[1]] = -1;
            }
        } else if (kind.equals("anti")) {
            int[][] plus = {{0, 1}, {1, 2}, {2, 0}};
            for (int[] p : plus) {
                u[p[0]][p[1]] = 1;
                u[p[1]][p[0]] = -1;
            }
        }
        return u;
    }

    /** Probe profiles: the linear-part slot of one symbol is 1 at its angle class, all else 0. */
    private static KernelProfiles probe(int symbol) {
        return new KernelProfiles() {
            @Override
            public void nearZero(double theta, double[] out) {
                java.util.Arrays.fill(out, 0);
                int cls;
                if (theta < 1e-12) {
                    cls = 0;
                } else if (Math.abs(theta - Math.PI / 2) < 1e-12) {
                    cls = 1;
                } else {
                    throw new IllegalStateException("unexpected angle " + theta + " at W = V = I");
                }
                int slot = symbol % 3 + 1; // hp -> 1, s -> 2, t -> 3
                if (symbol / 3 == cls) {
                    out[slot] = 1;
                }
            }

            @Override
            public void nearPi(double phi, double[] out) {
                throw new IllegalStateException("no antiparallel pair at W = V = I");
            }

            @Override
            public String provenance() {
                return "probe profile " + SYMBOLS[symbol];
            }
        };
    }
}
