package org.landscape.proof;

import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.YoungRefinement;
import org.landscape.reduced.YoungShape;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact integer bases of the multiplicity spaces of the isotypic components of \( M(k,d) \) under a Young-type group
 * \( H = \prod_f S_{n_f} \) (see {@code reduced.IsotypicComponents}), inside the fixed space of a point stabiliser K
 * and in its orbit-indicator basis \( E_o \) (so a basis vector is \( \sum_o a_o E_o \) with integers \( a_o \)).
 *
 * <p>With \( M_\lambda \) the isotypic component of the irreducible \( V_\lambda \), \( \mathrm{Fix}(K) \cap M_\lambda
 * = V_\lambda^K \otimes C_\lambda \) (\( C_\lambda \) the multiplicity space), and \( \dim V_\lambda^K = 1 \) for the
 * K of each component (Gelfand-Tsetlin: {@code reduced.YoungRefinement}). The subspaces are cut out exactly:
 * <ul>
 *   <li>trivial: \( \mathrm{Fix}(H) \), all \( E_o \);</li>
 *   <li>\( [n_f-1,1] \): \( \mathrm{Fix}(K_f) \ominus \mathrm{Fix}(H) \), \( K_f \) fixing position 0 of f;</li>
 *   <li>\( [n_f-1,1]\boxtimes[n_g-1,1] \): \( \mathrm{Fix}(K_{fg}) \ominus (\mathrm{Fix}(K_f) + \mathrm{Fix}(K_g)) \);</li>
 *   <li>\( [n_f-2,2] \), \( [n_f-2,1,1] \): \( \mathrm{Fix}(K_{f,2}) \ominus (\mathrm{Fix}(K_f) + \tau\mathrm{Fix}(K_f)) \),
 *       the part where the transposition \( \tau \) of the two fixed positions acts by +1, resp. -1.</li>
 * </ul>
 * Orthogonality to a coarser fixed space is the linear condition \( \sum_{o \subseteq O} a_o |o| = 0 \) for every
 * coarser orbit O (\( \langle E_o, E_{o'}\rangle = |o|\delta_{oo'} \)), \( \tau \)-parity is \( a_{\tau(o)} = \pm a_o \).
 * The null space of these integer conditions is computed by exact rational elimination (BigInteger), scaled to
 * primitive integer vectors, and its dimension is checked against the number of copies. The Hessian commutes with
 * H, so on such a subspace its form is \( (\text{Gram of the } K\text{-fixed vector}) \otimes B_\lambda \): Sylvester's
 * law gives the inertia of \( B_\lambda \), and the generalized eigenvalues with respect to the Gram matrix
 * \( P\,\mathrm{diag}(|o|)\,P^T \) are the eigenvalues of \( B_\lambda \). Cost: \( O(m_K^3) \) exact operations.
 */
final class IsotypicSubspaces {
    private IsotypicSubspaces() {
    }

    /**
     * An exact multiplicity space.
     *
     * @param component the isotypic component (its refinement K and number of copies)
     * @param basis     integer rows (one per copy), coordinates in the orbit indicators of K; entries below \( 2^{53} \)
     * @param gram      \( P\,\mathrm{diag}(|o|)\,P^T \), exact integers
     */
    record Space(IsotypicComponents.Component component, double[][] basis, BigInteger[][] gram) {
    }

    /** @return the exact multiplicity spaces of the components, in the order given */
    static List<Space> of(List<IsotypicComponents.Component> components) {
        List<Space> out = new ArrayList<>();
        for (IsotypicComponents.Component c : components) {
            out.add(of(c));
        }
        return out;
    }

    /** @return the exact multiplicity space of one component */
    static Space of(IsotypicComponents.Component c) {
        YoungRefinement k = c.refinement();
        YoungShape base = k.base();
        YoungShape fine = k.shape();
        int m = fine.studentOrbits();
        List<BigInteger[]> rows = new ArrayList<>();
        int[] f = c.factors();
        switch (c.kind()) {
            case TRIVIAL -> {
            }
            case STANDARD -> orthogonal(rows, k, k.orbitMap(YoungRefinement.identity(base)));
            case PRODUCT -> {
                orthogonal(rows, k, k.orbitMap(stabiliser(base, f[0])));
                orthogonal(rows, k, k.orbitMap(stabiliser(base, f[1])));
            }
            case TWO_ROW, HOOK -> {
                int[] map0 = k.orbitMap(stabiliser(base, f[0]));
                int[] tau = k.swap(f[0]);
                int[] map1 = new int[m];
                for (int o = 0; o < m; o++) {
                    map1[o] = map0[tau[o]];
                }
                orthogonal(rows, k, map0);
                orthogonal(rows, k, map1);
                int sign = c.kind() == IsotypicComponents.Kind.TWO_ROW ? 1 : -1;
                for (int o = 0; o < m; o++) {
                    BigInteger[] r = zeros(m);
                    r[tau[o]] = r[tau[o]].add(BigInteger.ONE);
                    r[o] = r[o].subtract(BigInteger.valueOf(sign));
                    rows.add(r);
                }
            }
            default -> throw new IllegalStateException("unknown component kind " + c.kind());
        }
        List<BigInteger[]> basis = nullSpace(rows, m);
        if (basis.size() != c.copies()) {
            throw new IllegalStateException("exact multiplicity space of dimension " + basis.size() + ", expected "
                    + c.copies() + " (" + c.kind() + ")");
        }
        double[][] p = new double[basis.size()][m];
        BigInteger[] size = new BigInteger[m];
        for (int o = 0; o < m; o++) {
            size[o] = exact(fine.studentOrbitSize(o));
        }
        BigInteger[][] gram = new BigInteger[basis.size()][basis.size()];
        for (int i = 0; i < basis.size(); i++) {
            for (int o = 0; o < m; o++) {
                p[i][o] = exactDouble(basis.get(i)[o]);
            }
            for (int j = 0; j < basis.size(); j++) {
                BigInteger s = BigInteger.ZERO;
                for (int o = 0; o < m; o++) {
                    s = s.add(basis.get(i)[o].multiply(size[o]).multiply(basis.get(j)[o]));
                }
                gram[i][j] = s;
            }
        }
        return new Space(c, p, gram);
    }

    /** @return the refinement of base fixing position 0 of factor f */
    static YoungRefinement stabiliser(YoungShape base, int f) {
        int[] split = new int[base.factors()];
        split[f] = 1;
        return new YoungRefinement(base, split);
    }

    /** Adds the conditions \( \sum_{o:\, map(o) = O} |o|\, a_o = 0 \) for every coarse orbit O. */
    private static void orthogonal(List<BigInteger[]> rows, YoungRefinement k, int[] map) {
        int m = map.length;
        int coarse = 0;
        for (int x : map) {
            coarse = Math.max(coarse, x + 1);
        }
        for (int big = 0; big < coarse; big++) {
            BigInteger[] r = zeros(m);
            for (int o = 0; o < m; o++) {
                if (map[o] == big) {
                    r[o] = exact(k.shape().studentOrbitSize(o));
                }
            }
            rows.add(r);
        }
    }

    private static BigInteger[] zeros(int m) {
        BigInteger[] r = new BigInteger[m];
        java.util.Arrays.fill(r, BigInteger.ZERO);
        return r;
    }

    private static BigInteger exact(double x) {
        if (x != Math.rint(x) || Math.abs(x) >= 0x1p53) {
            throw new IllegalArgumentException("orbit size " + x + " is not an exact integer");
        }
        return BigInteger.valueOf((long) x);
    }

    private static double exactDouble(BigInteger x) {
        if (x.bitLength() > 53) {
            throw new ArithmeticException("basis entry " + x + " is not exactly representable as a double");
        }
        return x.doubleValue();
    }

    /**
     * @return a basis of the rational null space of the integer rows, as primitive integer vectors (reduced row
     *         echelon form by fraction-free elimination; one vector per free column)
     */
    static List<BigInteger[]> nullSpace(List<BigInteger[]> input, int m) {
        List<BigInteger[]> rows = new ArrayList<>();
        for (BigInteger[] r : input) {
            rows.add(r.clone());
        }
        int[] pivotCol = new int[rows.size()];
        int rank = 0;
        for (int col = 0; col < m && rank < rows.size(); col++) {
            int piv = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[col].signum() != 0) {
                    piv = r;
                    break;
                }
            }
            if (piv < 0) {
                continue;
            }
            java.util.Collections.swap(rows, rank, piv);
            BigInteger[] p = rows.get(rank);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] x = rows.get(r);
                if (r == rank || x[col].signum() == 0) {
                    continue;
                }
                BigInteger a = p[col];
                BigInteger b = x[col];
                for (int j = 0; j < m; j++) {
                    x[j] = x[j].multiply(a).subtract(p[j].multiply(b));
                }
                primitive(x);
            }
            pivotCol[rank++] = col;
        }
        boolean[] isPivot = new boolean[m];
        for (int r = 0; r < rank; r++) {
            isPivot[pivotCol[r]] = true;
        }
        List<BigInteger[]> out = new ArrayList<>();
        for (int free = 0; free < m; free++) {
            if (isPivot[free]) {
                continue;
            }
            // a_free = L, a_pivot(r) = -L x_r[free] / x_r[pivot(r)], L = lcm of the pivots
            BigInteger lcm = BigInteger.ONE;
            for (int r = 0; r < rank; r++) {
                BigInteger pv = rows.get(r)[pivotCol[r]].abs();
                lcm = lcm.divide(lcm.gcd(pv)).multiply(pv);
            }
            BigInteger[] v = zeros(m);
            v[free] = lcm;
            for (int r = 0; r < rank; r++) {
                BigInteger[] x = rows.get(r);
                v[pivotCol[r]] = lcm.multiply(x[free]).negate().divide(x[pivotCol[r]]);
            }
            primitive(v);
            out.add(v);
        }
        return out;
    }

    /** Divides an integer vector by the gcd of its entries. */
    private static void primitive(BigInteger[] x) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger e : x) {
            g = g.gcd(e);
        }
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            for (int j = 0; j < x.length; j++) {
                x[j] = x[j].divide(g);
            }
        }
    }
}
