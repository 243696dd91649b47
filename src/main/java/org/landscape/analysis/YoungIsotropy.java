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
