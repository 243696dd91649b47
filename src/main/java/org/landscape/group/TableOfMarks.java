package org.landscape.group;

import org.landscape.base.InvalidInputException;

import java.math.BigInteger;

/**
 * The table of marks of G: \( m_{ij} = |(G/H_i)^{H_j}| \), the number of fixed points of \( H_j \) on the
 * cosets of \( H_i \), equivalently \( m_{ij} = n(H_j, H_i)\,|N_G(H_i) : H_i| \) with \( n(L,K) \) the number of
 * conjugates of K containing L (GAP {@code MarksTom}, Burnside 1911). With classes in the lattice's canonical order
 * (by order) it is lower triangular with diagonal \( m_{ii} = |W(H_i)| \). Immutable.
 */
public final class TableOfMarks {
    private final long[][] marks;

    TableOfMarks(long[][] marks) {
        this.marks = new long[marks.length][];
        for (int i = 0; i < marks.length; i++) {
            this.marks[i] = marks[i].clone();
        }
    }

    /** @return the number of classes */
    public int size() {
        return marks.length;
    }

    /** @return \( m_{ij} = |(G/H_i)^{H_j}| \) */
    public long mark(int i, int j) {
        return marks[i][j];
    }

    /** @return a copy of row i: the marks of the G-set \( G/H_i \) */
    public long[] row(int i) {
        return marks[i].clone();
    }

    /**
     * Writes a mark vector \( \varphi \) (values \( \varphi(H_j) \) of a virtual G-set) as a combination
     * \( \sum_i c_i [G/H_i] \): solves \( \sum_i c_i m_{ij} = \varphi_j \) by forward substitution from the top
     * class down (the table is triangular), exactly. \( O(r^2) \) for r classes.
     *
     * @throws InvalidInputException if the vector is not the mark vector of a virtual G-set (non-integral c)
     */
    public BigInteger[] decompose(BigInteger[] phi) {
        int r = marks.length;
        if (phi.length != r) {
            throw new InvalidInputException(GroupMessages.MARK_VECTOR_LENGTH.format(phi.length, r));
        }
        BigInteger[] c = new BigInteger[r];
        for (int i = r - 1; i >= 0; i--) {
            // column i: phi_i = sum_{l >= i} c_l m_{l i}
            BigInteger s = phi[i];
            for (int l = i + 1; l < r; l++) {
                if (marks[l][i] != 0) {
                    s = s.subtract(c[l].multiply(BigInteger.valueOf(marks[l][i])));
                }
            }
            BigInteger[] qr = s.divideAndRemainder(BigInteger.valueOf(marks[i][i]));
            if (qr[1].signum() != 0) {
                throw new InvalidInputException(GroupMessages.NOT_A_MARK_VECTOR.format(i));
            }
            c[i] = qr[0];
        }
        return c;
    }
}
