package org.landscape.degree;

import java.util.List;

/**
 * The basic degree \( \deg_V = G\text{-}\deg(-\mathrm{Id}, B(V)) = \sum_L n_L (L) \in A(G) \) of an irreducible
 * real representation V, with the data it is computed from (MATH.md §5):
 * \( n_L = [(-1)^{\dim V^L} - \sum_{(K) > (L)} n_K\, n(L,K)\, |W(K)|] / |W(L)| \), going down the lattice.
 *
 * <p>Two different lists are kept apart: the <em>orbit types</em> of \( V \setminus \{0\} \) (classes (L) with
 * \( \dim V^L > \dim V^K \) for every \( (K) > (L) \) with \( n(L,K) > 0 \), and \( \dim V^L > 0 \)) and their
 * maximal elements, versus the support of \( \deg_V \) (classes with non-zero coefficient). They differ in
 * general (e.g. for \( S_5 \)).
 *
 * @param irrep             the irreducible's label in the character table
 * @param irrepIndex        its index in the character table
 * @param dimension         \( \dim V \)
 * @param degree            \( \deg_V \)
 * @param fixedDimensions   \( \dim V^{H_i} \) for every class i
 * @param orbitTypes        the orbit types of \( V \setminus \{0\} \), increasing class index
 * @param maximalOrbitTypes the maximal ones among them
 */
public record BasicDegree(String irrep, int irrepIndex, long dimension, BurnsideElement degree, long[] fixedDimensions,
                          List<Integer> orbitTypes, List<Integer> maximalOrbitTypes) {
    public BasicDegree {
        fixedDimensions = fixedDimensions.clone();
        orbitTypes = List.copyOf(orbitTypes);
        maximalOrbitTypes = List.copyOf(maximalOrbitTypes);
    }

    @Override
    public long[] fixedDimensions() {
        return fixedDimensions.clone();
    }
}
