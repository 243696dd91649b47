package org.landscape.degree;

import org.landscape.base.InvalidInputException;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.TableOfMarks;

import java.util.HashMap;
import java.util.Map;

/**
 * The Burnside ring \( A(G) \): the free abelian group on the conjugacy classes \( (H) \) of subgroups, with
 * \( (H)(K) = [G/H \times G/K] \) (MATH.md §5). Products are computed through the table of marks, which is a
 * ring homomorphism to \( \mathbb{Z}^r \) with pointwise product: \( \varphi_L((H)(K)) = m(L,H)\,m(L,K) \), then
 * back-substitution (\( O(r^2) \) per product); {@link #multiplyByRecurrence} gives the same through the
 * recurrence of Balanov–Krawcewicz–Steinlein (2006), \( n_L = [\,n(L,H)|W(H)|\,n(L,K)|W(K)| -
 * \sum_{(L') > (L)} n_{L'} n(L,L') |W(L')|\,] / |W(L)| \). Class i is {@code lattice().get(i)}; the unit is (G).
 * Immutable; arithmetic is exact on {@code long} (overflow throws {@link ArithmeticException}).
 */
public final class BurnsideRing {
    private final SubgroupLattice lattice;
    private final TableOfMarks marks;
    private final String[] names;

    /** @param lattice the subgroup lattice of G (its canonical order indexes the basis) */
    public BurnsideRing(SubgroupLattice lattice) {
        this.lattice = lattice;
        this.marks = lattice.tableOfMarks();
        int r = lattice.size();
        names = new String[r];
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < r; i++) {
            count.merge(lattice.get(i).structure(), 1, Integer::sum);
        }
        for (int i = 0; i < r; i++) {
            String s = lattice.get(i).structure();
            names[i] = count.get(s) > 1 ? s + "_" + i : s;
        }
    }

    /** @return the lattice */
    public SubgroupLattice lattice() {
        return lattice;
    }

    /** @return the rank r (number of classes) */
    public int rank() {
        return lattice.size();
    }

    /** @return the display name of class i: its structure, with the class index appended when the structure repeats */
    public String name(int i) {
        return names[i];
    }

    /** @return the basis element (H_i) */
    public BurnsideElement basis(int i) {
        long[] c = new long[rank()];
        c[i] = 1;
        return new BurnsideElement(this, c);
    }

    /** @return the unit (G) */
    public BurnsideElement unit() {
        return basis(rank() - 1);
    }

    /** @return 0 */
    public BurnsideElement zero() {
        return new BurnsideElement(this, new long[rank()]);
    }

    /** @return the element with these coefficients (copied) */
    public BurnsideElement element(long[] coefficients) {
        if (coefficients.length != rank()) {
            throw new InvalidInputException(DegreeMessages.COEFFICIENT_COUNT.format(rank(), coefficients.length));
        }
        return new BurnsideElement(this, coefficients.clone());
    }

    /** @return the mark vector \( \varphi_L(x) = \sum_K x_K\, m(L, K) \) for every class L */
    public long[] marksOf(BurnsideElement x) {
        int r = rank();
        long[] phi = new long[r];
        long[] c = x.coefficientsView();
        for (int k = 0; k < r; k++) {
            if (c[k] == 0) {
                continue;
            }
            for (int l = 0; l <= k; l++) {
                long m = marks.mark(k, l);
                if (m != 0) {
                    phi[l] = Math.addExact(phi[l], Math.multiplyExact(c[k], m));
                }
            }
        }
        return phi;
    }

    /** @return the element with mark vector phi (exact back-substitution; non-integral input is rejected) */
    public BurnsideElement fromMarks(long[] phi) {
        int r = rank();
        long[] c = new long[r];
        for (int i = r - 1; i >= 0; i--) {
            long s = phi[i];
            for (int l = i + 1; l < r; l++) {
                long m = marks.mark(l, i);
                if (m != 0 && c[l] != 0) {
                    s = Math.subtractExact(s, Math.multiplyExact(c[l], m));
                }
            }
            long w = marks.mark(i, i);
            if (s % w != 0) {
                throw new InvalidInputException(DegreeMessages.NOT_A_MARK_VECTOR.format(name(i)));
            }
            c[i] = s / w;
        }
        return new BurnsideElement(this, c);
    }

    /** @return \( xy \) through the table of marks */
    public BurnsideElement multiply(BurnsideElement x, BurnsideElement y) {
        long[] a = marksOf(x);
        long[] b = marksOf(y);
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.multiplyExact(a[i], b[i]);
        }
        return fromMarks(a);
    }

    /** @return \( xy \) through the recurrence over \( n(L,K) \) and Weyl group orders (see class comment) */
    public BurnsideElement multiplyByRecurrence(BurnsideElement x, BurnsideElement y) {
        int r = rank();
        long[] cx = x.coefficientsView();
        long[] cy = y.coefficientsView();
        long[] w = new long[r];
        for (int i = 0; i < r; i++) {
            w[i] = lattice.get(i).weylOrder();
        }
        long[] n = new long[r];
        for (int l = r - 1; l >= 0; l--) {
            long fx = 0;
            long fy = 0;
            for (int k = l; k < r; k++) {
                long nk = lattice.containment(l, k);
                if (nk != 0) {
                    fx = Math.addExact(fx, Math.multiplyExact(cx[k], nk * w[k]));
                    fy = Math.addExact(fy, Math.multiplyExact(cy[k], nk * w[k]));
                }
            }
            long s = Math.multiplyExact(fx, fy);
            for (int k = l + 1; k < r; k++) {
                long nk = lattice.containment(l, k);
                if (nk != 0 && n[k] != 0) {
                    s = Math.subtractExact(s, Math.multiplyExact(n[k], nk * w[k]));
                }
            }
            if (s % w[l] != 0) {
                throw new IllegalStateException("recurrence not integral at class " + name(l));
            }
            n[l] = s / w[l];
        }
        return new BurnsideElement(this, n);
    }
}
