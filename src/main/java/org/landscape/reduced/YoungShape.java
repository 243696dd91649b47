package org.landscape.reduced;

import java.util.ArrayList;
import java.util.List;

/**
 * The orbit combinatorics of a Young-type symmetry \( H = S_{n_1} \times \dots \times S_{n_F} \) of the loss, without
 * index sets (so the factor sizes may be real numbers, for families in the width k treated as a real parameter).
 *
 * <p>Each factor \( S_{n_f} \) permutes, by one and the same permutation of its \( n_f \) positions, a list of
 * <em>parts</em>: student-row parts (blocks of rows of W), column parts (blocks of input coordinates) and
 * teacher-row parts (blocks of rows of V). Every row of W, column and row of V lies in exactly one part. A diagonal
 * Young subgroup \( \Delta(S_{p_1} \times \dots \times S_{p_m}) \) with teacher \( I_k \) has one factor per block
 * holding one part of each kind; \( S_\lambda \times S_\mu \) (rows and columns permuted independently) has
 * student-only and column(+teacher)-only factors.
 *
 * <p>Orbits of H on the positions (row, column) of a row part R and a column part Q: if R and Q belong to the same
 * factor f, the diagonal orbit (equal positions, \( n_f \) entries) and the off-diagonal orbit
 * (\( n_f(n_f - 1) \) entries, present when \( n_f > 1 \)); otherwise one orbit of \( n_{f(R)} n_{f(Q)} \) entries.
 * \( \mathrm{Fix}(H) \) is the set of matrices constant on these orbits: its dimension is the number of student
 * orbits. Student orbits are numbered first (row part, then column part, diagonal before off-diagonal), teacher
 * orbits after them in their own numbering. Immutable; cost O(parts^2) to build.
 */
public final class YoungShape {
    /** What a part holds. */
    public enum PartKind {
        /** rows of the student W */
        STUDENT,
        /** input coordinates (columns of W and V) */
        COLUMN,
        /** rows of the teacher V */
        TEACHER
    }

    private final double[] size;
    private final PartKind[] kind;
    private final int[] factor;
    private final int[] rowParts;
    private final int[] columnParts;
    /** [part][column part index][0 = off / other factor, 1 = diagonal] -> orbit number (student or teacher), -1 */
    private final int[][][] orbit;
    private final List<int[]> studentOrbits = new ArrayList<>();
    private final List<int[]> teacherOrbits = new ArrayList<>();

    /**
     * @param size   factor sizes \( n_f \ge 1 \) (integers for a concrete structure, reals for a family in k)
     * @param kind   per part, what it holds
     * @param factor per part, its factor
     */
    public YoungShape(double[] size, PartKind[] kind, int[] factor) {
        if (kind.length != factor.length) {
            throw new IllegalArgumentException("kind and factor differ in length");
        }
        this.size = size.clone();
        this.kind = kind.clone();
        this.factor = factor.clone();
        for (double n : size) {
            if (!(n >= 1) || !Double.isFinite(n)) {
                throw ReducedMessages.FACTOR_SIZE.invalid(n);
            }
        }
        List<Integer> rows = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        for (int p = 0; p < kind.length; p++) {
            if (factor[p] < 0 || factor[p] >= size.length) {
                throw new IllegalArgumentException("part " + p + " has no factor");
            }
            (kind[p] == PartKind.COLUMN ? cols : rows).add(p);
        }
        rowParts = rows.stream().mapToInt(Integer::intValue).toArray();
        columnParts = cols.stream().mapToInt(Integer::intValue).toArray();
        orbit = new int[kind.length][][];
        for (PartKind pass : new PartKind[] {PartKind.STUDENT, PartKind.TEACHER}) {
            List<int[]> list = pass == PartKind.STUDENT ? studentOrbits : teacherOrbits;
            for (int r : rowParts) {
                if (kind[r] != pass) {
                    continue;
                }
                orbit[r] = new int[columnParts.length][2];
                for (int qi = 0; qi < columnParts.length; qi++) {
                    int q = columnParts[qi];
                    if (factor[r] == factor[q]) {
                        orbit[r][qi][1] = list.size();
                        list.add(new int[] {r, q, 1});
                        if (size[factor[r]] > 1) {
                            orbit[r][qi][0] = list.size();
                            list.add(new int[] {r, q, 0});
                        } else {
                            orbit[r][qi][0] = -1;
                        }
                    } else {
                        orbit[r][qi][0] = list.size();
                        orbit[r][qi][1] = -1;
                        list.add(new int[] {r, q, 0});
                    }
                }
            }
        }
    }

    /** @return the number of factors F */
    public int factors() {
        return size.length;
    }

    /** @return \( n_f \) */
    public double size(int f) {
        return size[f];
    }

    /** @return all factor sizes (copy) */
    public double[] sizes() {
        return size.clone();
    }

    /** @return the number of parts */
    public int parts() {
        return kind.length;
    }

    /** @return the kind of part p */
    public PartKind kind(int p) {
        return kind[p];
    }

    /** @return the factor of part p */
    public int factor(int p) {
        return factor[p];
    }

    /** @return the student and teacher row parts, in part order (copy) */
    public int[] rowParts() {
        return rowParts.clone();
    }

    /** @return the column parts, in part order (copy) */
    public int[] columnParts() {
        return columnParts.clone();
    }

    /** @return the position of column part q in {@link #columnParts()} */
    int columnIndex(int q) {
        for (int i = 0; i < columnParts.length; i++) {
            if (columnParts[i] == q) {
                return i;
            }
        }
        throw new IllegalArgumentException("part " + q + " is no column part");
    }

    /** @return dim Fix(H): the number of student orbits */
    public int studentOrbits() {
        return studentOrbits.size();
    }

    /** @return the number of teacher orbits */
    public int teacherOrbits() {
        return teacherOrbits.size();
    }

    /** @return {row part, column part, diagonal ? 1 : 0} of student orbit o (copy) */
    public int[] studentOrbit(int o) {
        return studentOrbits.get(o).clone();
    }

    /** @return {row part, column part, diagonal ? 1 : 0} of teacher orbit o (copy) */
    public int[] teacherOrbit(int o) {
        return teacherOrbits.get(o).clone();
    }

    /**
     * @param rowPart    a student or teacher part
     * @param columnPart a column part
     * @param diagonal   whether the row and column positions are equal (ignored when the parts lie in different
     *                   factors)
     * @return the orbit number (among student orbits for a student part, teacher orbits for a teacher part)
     */
    public int orbit(int rowPart, int columnPart, boolean diagonal) {
        int[] o = orbit[rowPart][columnIndex(columnPart)];
        if (factor[rowPart] != factor[columnPart]) {
            return o[0];
        }
        return diagonal ? o[1] : o[0];
    }

    /** As {@link #orbit} with the column part given by its index in {@link #columnParts()}. */
    int orbitByIndex(int rowPart, int columnIndex, boolean diagonal) {
        int[] o = orbit[rowPart][columnIndex];
        if (factor[rowPart] != factor[columnParts[columnIndex]]) {
            return o[0];
        }
        return diagonal ? o[1] : o[0];
    }

    /**
     * @return the number of entries of student orbit o: \( n_f \) (diagonal), \( n_f(n_f-1) \) (off-diagonal) or
     *         \( n_f n_g \) (different factors)
     */
    public double studentOrbitSize(int o) {
        return orbitSize(studentOrbits.get(o));
    }

    /** @return the number of entries of teacher orbit o */
    public double teacherOrbitSize(int o) {
        return orbitSize(teacherOrbits.get(o));
    }

    private double orbitSize(int[] o) {
        double nr = size[factor[o[0]]];
        double nc = size[factor[o[1]]];
        if (factor[o[0]] != factor[o[1]]) {
            return nr * nc;
        }
        return o[2] == 1 ? nr : nr * (nr - 1);
    }

    /** @return the number of student-row parts times their size: k */
    public double studentRows() {
        return count(PartKind.STUDENT);
    }

    /** @return the number of columns d */
    public double columns() {
        return count(PartKind.COLUMN);
    }

    /** @return the number of teacher rows n */
    public double teacherRows() {
        return count(PartKind.TEACHER);
    }

    private double count(PartKind which) {
        double s = 0;
        for (int p = 0; p < kind.length; p++) {
            if (kind[p] == which) {
                s += size[factor[p]];
            }
        }
        return s;
    }

    /** @return true if factor f holds a student or column part (it acts on M(k,d)) */
    public boolean acts(int f) {
        for (int p = 0; p < kind.length; p++) {
            if (factor[p] == f && kind[p] != PartKind.TEACHER) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of parts of the given kind in factor f */
    public int partsOf(int f, PartKind which) {
        int c = 0;
        for (int p = 0; p < kind.length; p++) {
            if (factor[p] == f && kind[p] == which) {
                c++;
            }
        }
        return c;
    }
}
