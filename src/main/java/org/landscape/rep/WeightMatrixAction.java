package org.landscape.rep;

import org.landscape.base.InvalidInputException;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The action of a permutation group G on weight matrices \( W \in M(k,d) \), flattened row-major
 * (coordinate \( a = i d + c \) for row i, column c), by \( W \mapsto P_\pi W P_\rho^T \), i.e.
 * \( (gW)_{\pi(i), \rho(c)} = s_i W_{i,c} \) (MATH.md §4). Modes, chosen from the degree n of G:
 * <ul>
 * <li>{@link Mode#DIAGONAL}: n = k = d, \( \rho = \pi \) (\( U \mapsto P U P^T \), e.g. \( S_k \) as \( \Delta S_k \));</li>
 * <li>{@link Mode#ROWS_AND_COLUMNS}: n = k + d, points \( 0..k-1 \) are rows, \( k..k+d-1 \) columns
 * (\( S_k \times S_d \), \( \Delta S_k \) given on 2k points);</li>
 * <li>{@link Mode#ROWS_ONLY}: n = k, d != k, columns fixed;</li>
 * <li>{@link Mode#SIGNED_ROWS_AND_COLUMNS}: n = 2k + d; point i (i &lt; k) is \( +e_i \), point k+i is \( -e_i \)
 * (a hyperoctahedral embedding of row permutations with sign flips, for \( \alpha = -1 \)), the last d points columns.</li>
 * </ul>
 * Each group element acts as a signed permutation of the kd coordinates. Immutable.
 */
public final class WeightMatrixAction implements SignedPermutationRepresentation {
    /** How the points of the group map to rows and columns. */
    public enum Mode { DIAGONAL, ROWS_AND_COLUMNS, ROWS_ONLY, SIGNED_ROWS_AND_COLUMNS }

    private final PermutationGroup group;
    private final int k;
    private final int d;
    private final Mode mode;

    private WeightMatrixAction(PermutationGroup group, int k, int d, Mode mode) {
        this.group = group;
        this.k = k;
        this.d = d;
        this.mode = mode;
    }

    /**
     * @return the action on M(k,d), the mode chosen from the degree: k + d (rows and columns), k = d (diagonal),
     *         k (rows only), 2k + d (signed rows, e.g. {@code B4xS4})
     */
    public static WeightMatrixAction of(PermutationGroup g, int k, int d) {
        if (k < 1 || d < 1) {
            throw new InvalidInputException(RepMessages.BAD_SHAPE.format(k, d));
        }
        int n = g.degree();
        if (n == k + d) {
            return new WeightMatrixAction(g, k, d, Mode.ROWS_AND_COLUMNS);
        }
        if (n == k && k == d) {
            return new WeightMatrixAction(g, k, d, Mode.DIAGONAL);
        }
        if (n == k) {
            return new WeightMatrixAction(g, k, d, Mode.ROWS_ONLY);
        }
        if (n == 2 * k + d) {
            return new WeightMatrixAction(g, k, d, Mode.SIGNED_ROWS_AND_COLUMNS);
        }
        throw new InvalidInputException(RepMessages.DEGREE_DOES_NOT_FIT.format(g.name(), n, k, d, k + d, k,
                2 * k + d));
    }

    /**
     * @return the action on M(k,k): rows and columns (k = n/2) for a product group whose blocks lie in the first
     *         (rows) or second (columns) half of the points, such as {@code S4xS4} (the paper's
     *         \( \Gamma = S_k \times S_k \)), {@code DeltaS5}, {@code Delta(S3xS2)}; otherwise the diagonal action
     *         \( U \mapsto PUP^T \) with k = n (e.g. {@code S5}, {@code A5}; write {@code Delta(...)} for a Young
     *         subgroup acting diagonally)
     */
    public static WeightMatrixAction mkk(PermutationGroup g) {
        int n = g.degree();
        boolean pair = g.structure().map(s -> s.isDiagonalPair(n) || s.splitsInHalves(n)).orElse(false);
        return pair ? of(g, n / 2, n / 2) : of(g, n, n);
    }

    private static final Pattern MKD = Pattern.compile("Mkd:(\\d+),(\\d+)");

    /**
     * @param spec {@code Mkk} ({@link #mkk}) or {@code Mkd:K,D} ({@link #of(PermutationGroup, int, int)})
     * @return the action named by {@code spec}, if {@code spec} has one of these forms
     */
    public static Optional<WeightMatrixAction> parse(PermutationGroup g, String spec) {
        if (spec.equalsIgnoreCase("Mkk")) {
            return Optional.of(mkk(g));
        }
        Matcher m = MKD.matcher(spec);
        if (m.matches()) {
            return Optional.of(of(g, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    /** @return the signed action on M(k,d) of a group on 2k + d points (see {@link Mode#SIGNED_ROWS_AND_COLUMNS}) */
    public static WeightMatrixAction signedRows(PermutationGroup g, int k, int d) {
        if (g.degree() != 2 * k + d) {
            throw new InvalidInputException(RepMessages.SIGNED_DEGREE.format(k, d, 2 * k + d, g.degree()));
        }
        return new WeightMatrixAction(g, k, d, Mode.SIGNED_ROWS_AND_COLUMNS);
    }

    /** @return the group */
    @Override
    public PermutationGroup group() {
        return group;
    }

    /** @return the number of rows k */
    public int rows() {
        return k;
    }

    /** @return the number of columns d */
    public int columns() {
        return d;
    }

    /** @return the dimension kd of M(k,d) */
    @Override
    public int dimension() {
        return k * d;
    }

    /** @return the mode */
    public Mode mode() {
        return mode;
    }

    /** @return the same mode and shape for another group on the same points (e.g. a subgroup H) */
    public WeightMatrixAction restrictedTo(PermutationGroup h) {
        if (h.degree() != group.degree()) {
            throw new InvalidInputException(RepMessages.SUBGROUP_DEGREE.format(h.name(), h.degree(), group.degree()));
        }
        return new WeightMatrixAction(h, k, d, mode);
    }

    /**
     * Writes the signed coordinate permutation of g: \( g e_a = sign[a]\, e_{target[a]} \).
     *
     * @param g      the group element (read)
     * @param target written, length kd
     * @param sign   written, length kd, entries +-1
     */
    @Override
    public void coordinateAction(Permutation g, int[] target, int[] sign) {
        for (int i = 0; i < k; i++) {
            int ri;
            int si = 1;
            switch (mode) {
                case SIGNED_ROWS_AND_COLUMNS -> {
                    int p = g.image(i);
                    ri = p < k ? p : p - k;
                    si = p < k ? 1 : -1;
                }
                default -> ri = g.image(i);
            }
            for (int c = 0; c < d; c++) {
                int rc = switch (mode) {
                    case DIAGONAL -> g.image(c);
                    case ROWS_AND_COLUMNS -> g.image(k + c) - k;
                    case ROWS_ONLY -> c;
                    case SIGNED_ROWS_AND_COLUMNS -> g.image(2 * k + c) - 2 * k;
                };
                target[i * d + c] = ri * d + rc;
                sign[i * d + c] = si;
            }
        }
    }

    /** @return the character \( \chi(g) = \mathrm{tr}\,\rho(g) = \sum_{a: g a = \pm a} \pm 1 \) (exact) */
    public long character(Permutation g) {
        int[] t = new int[k * d];
        int[] s = new int[k * d];
        coordinateAction(g, t, s);
        long c = 0;
        for (int a = 0; a < t.length; a++) {
            if (t[a] == a) {
                c += s[a];
            }
        }
        return c;
    }
}
