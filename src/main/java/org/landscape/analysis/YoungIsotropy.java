package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.group.ElementTable;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.reduced.YoungStructure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The isotropy subgroup of a block-structured point as an {@link IsotropySubgroup}, from its
 * {@link YoungStructure} alone: generators per block (a transposition and a cycle), the order
 * \( \prod_f n_f! \) exactly, and the name used everywhere else: {@code Delta(S24xS6)} for a diagonal Young
 * subgroup of \( S_k \times S_k \), the abstract structure for small groups (as {@link Isotropies}), the product
 * {@code S17 x S3} beyond. No group element is enumerated, so any width works.
 */
public final class YoungIsotropy {
    private YoungIsotropy() {
    }

    /**
     * @param structure the Young structure (its factors act on rows 0..k-1 and columns k..k+d-1)
     * @param evidence  how the structure was found
     * @return the isotropy subgroup
     */
    public static IsotropySubgroup of(YoungStructure structure, Evidence evidence) {
        int k = structure.k();
        int d = structure.d();
        List<Permutation> gens = new ArrayList<>();
        for (int[] g : structure.generators()) {
            gens.add(Permutation.of(g));
        }
        BigInteger order = structure.order();
        PermutationGroup h = PermutationGroup.generatedBy("Isotropy", k + d, gens);
        return new IsotropySubgroup(h, k, d, order, name(structure, h, order), evidence, java.util.Optional.empty());
    }

    /** @return the structure name (see the class comment) */
    static String name(YoungStructure structure, PermutationGroup h, BigInteger order) {
        java.util.Optional<int[]> delta = structure.diagonalParts();
        if (delta.isPresent()) {
            return YoungFamily.deltaName(delta.get());
        }
        if (order.compareTo(BigInteger.valueOf(Isotropies.NAMED_ORDER_LIMIT)) <= 0
                && h.degree() <= ElementTable.MAX_DEGREE) {
            return Isotropies.describe(h, order, structure.k(), structure.d());
        }
        return structure.productName();
    }

    /**
     * Names a Young structure of a square point (k = d, teacher \( I_k \)) in the template syntax at its width, up to
     * conjugation: each factor of size \( m \ge 2 \) must hold one row block and one column block (a diagonal block
     * \( S_m \) inside {@code Delta(...)}), one row block (listed with the rows) or one column block (with the
     * columns); blocks largest first, the rows and columns it fixes as {@code S1}. So a point found elsewhere (a census,
     * {@code critical}) can be followed with {@code family --fix} ({@link YoungFamily}) after writing its growing blocks as {@code S{k-c}}.
     *
     * @param s the structure, e.g. from {@link org.landscape.reduced.BlockStructureDetection}
     * @return e.g. {@code Delta(S14xS6)} for the census point printed {@code S14 x S6}, {@code S4xS1xS3xS2},
     *         {@code Delta(S4)xS1xS1xS2}; empty if k != d or some factor holds other blocks (repeated row blocks)
     */
    public static java.util.Optional<String> familyName(YoungStructure s) {
        if (s.k() != s.d()) {
            return java.util.Optional.empty();
        }
        org.landscape.reduced.YoungShape sh = s.shape();
        List<Integer> both = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        int rowsLeft = s.k();
        int colsLeft = s.d();
        for (int f = 0; f < sh.factors(); f++) {
            int n = (int) sh.size(f);
            int r = sh.partsOf(f, org.landscape.reduced.YoungShape.PartKind.STUDENT);
            int c = sh.partsOf(f, org.landscape.reduced.YoungShape.PartKind.COLUMN);
            if (n < 2 || r + c == 0) {
                continue;
            }
            if (r > 1 || c > 1) {
                return java.util.Optional.empty();
            }
            (r == 1 && c == 1 ? both : r == 1 ? rows : cols).add(n);
            rowsLeft -= r * n;
            colsLeft -= c * n;
        }
        for (List<Integer> l : List.of(both, rows, cols)) {
            l.sort(java.util.Comparator.reverseOrder());
        }
        if (rows.isEmpty() && cols.isEmpty()) {
            int[] parts = new int[both.size() + rowsLeft];
            java.util.Arrays.fill(parts, 1);
            for (int b = 0; b < both.size(); b++) {
                parts[b] = both.get(b);
            }
            return java.util.Optional.of(YoungFamily.deltaName(parts));
        }
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < both.size(); b++) {
            sb.append(b == 0 ? "Delta(S" : "xS").append(both.get(b)).append(b == both.size() - 1 ? ")" : "");
        }
        for (List<Integer> l : List.of(rows, java.util.Collections.nCopies(rowsLeft, 1), cols,
                java.util.Collections.nCopies(colsLeft, 1))) {
            for (int n : l) {
                sb.append(sb.length() == 0 ? "S" : "xS").append(n);
            }
        }
        return java.util.Optional.of(sb.toString());
    }

    /** @return the acting factors of size >= 2, in name order: one partition each in the block labels */
    static int[] labelFactors(YoungStructure structure) {
        return java.util.Arrays.stream(structure.actingFactors()).filter(f -> structure.shape().size(f) >= 2).toArray();
    }

    /**
     * @return the suffix of the block labels for the blocks of size 1 of a diagonal Young subgroup, one {@code x[1]}
     *         each (its name lists them as {@code S1}); empty otherwise
     */
    static String labelSuffix(YoungStructure structure) {
        int ones = structure.diagonalParts().map(p -> (int) java.util.Arrays.stream(p).filter(x -> x == 1).count())
                .orElse(0);
        return "x[1]".repeat(ones);
    }
}
