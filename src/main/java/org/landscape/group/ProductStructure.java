package org.landscape.group;

import java.util.ArrayList;
import java.util.List;

/**
 * A group known to be a direct product \( S_{m_1} \times \dots \times S_{m_r} \) in a stated permutation
 * action: factor j acts simultaneously, by the same permutation, on each of its blocks of \( m_j \) points
 * (one block: an ordinary factor; two blocks: a diagonal embedding such as \( \Delta S_k \)). The conjugacy
 * class of an element is the tuple of cycle types of its restrictions to the first block of each factor,
 * which is what makes the character table computable in closed form (Murnaghan–Nakayama per factor).
 *
 * @param factors the factors, each with its blocks (0-based points)
 */
public record ProductStructure(List<Factor> factors) {

    /**
     * One symmetric factor \( S_m \).
     *
     * @param m      the degree of the factor
     * @param blocks blocks of m points each; the factor maps point {@code blocks[b][i]} to {@code blocks[b][pi(i)]}
     */
    public record Factor(int m, int[][] blocks) {
        public Factor {
            int[][] c = new int[blocks.length][];
            for (int b = 0; b < blocks.length; b++) {
                c[b] = blocks[b].clone();
            }
            blocks = c;
        }

        /** @return a copy of block b */
        public int[] block(int b) {
            return blocks[b].clone();
        }

        @Override
        public int[][] blocks() {
            int[][] c = new int[blocks.length][];
            for (int b = 0; b < blocks.length; b++) {
                c[b] = blocks[b].clone();
            }
            return c;
        }
    }

    public ProductStructure {
        factors = List.copyOf(factors);
    }

    /** @return the cycle types of {@code g} restricted to the first block of each factor */
    public List<Partition> classLabel(Permutation g) {
        List<Partition> out = new ArrayList<>(factors.size());
        for (Factor f : factors) {
            int[] blk = f.blocks[0];
            int[] local = new int[f.m];
            int[] pos = new int[g.degree()];
            for (int i = 0; i < f.m; i++) {
                pos[blk[i]] = i;
            }
            for (int i = 0; i < f.m; i++) {
                local[i] = pos[g.image(blk[i])];
            }
            out.add(Permutation.ofUnchecked(local).cycleType());
        }
        return out;
    }

    /**
     * @return true if every factor has exactly two blocks, the first inside the first half of the points and the
     *         second inside the second half: a subgroup of the diagonal \( \Delta S_k \subset S_k \times S_k \)
     */
    public boolean isDiagonalPair(int degree) {
        if (degree % 2 != 0 || factors.isEmpty()) {
            return false;
        }
        int h = degree / 2;
        for (Factor f : factors) {
            if (f.blocks.length != 2) {
                return false;
            }
            for (int i = 0; i < f.m; i++) {
                if (f.blocks[0][i] >= h || f.blocks[1][i] < h || f.blocks[1][i] - h != f.blocks[0][i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @return true if the degree is even and every block lies entirely in the first or entirely in the second half of
     *         the points, both halves being used: a subgroup of \( S_{n/2} \times S_{n/2} \) acting on rows (first
     *         half) and columns (second half), e.g. {@code S4xS4}, {@code DeltaS4}
     */
    public boolean splitsInHalves(int degree) {
        if (degree % 2 != 0 || factors.isEmpty()) {
            return false;
        }
        int h = degree / 2;
        boolean low = false;
        boolean high = false;
        for (Factor f : factors) {
            for (int[] b : f.blocks) {
                int lo = java.util.Arrays.stream(b).min().orElse(0);
                int hi = java.util.Arrays.stream(b).max().orElse(0);
                if (lo < h && hi >= h) {
                    return false;
                }
                low |= hi < h;
                high |= lo >= h;
            }
        }
        return low && high;
    }
}
