package org.landscape.rep;

import org.landscape.base.InvalidInputException;
import org.landscape.degree.BasicDegree;
import org.landscape.degree.BasicDegrees;
import org.landscape.degree.BurnsideRing;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.PermutationGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The basic degrees \( \deg_{W} \in A(G) \) of every real irreducible W of G (MATH.md section 5), with the source
 * of the irreducibles chosen here once (STYLE 4): the closed-form character table ({@link CharacterTables#of}) when
 * G has a known structure (products of symmetric groups, diagonals), otherwise the real irreducibles read off the
 * regular representation ({@link RealIrreducibles}, \( |G| \le \) {@value RealIrreducibles#MAX_ORDER}), whose
 * fixed-point dimensions are exact integers. {@link #source()} says which was used.
 *
 * @param ring    the Burnside ring of G (its lattice fixes the class indices)
 * @param degrees one basic degree per real irreducible, in the order of the table or of {@code W1, W2, ...}
 * @param source  how the irreducibles were obtained
 */
public record IrreducibleDegrees(BurnsideRing ring, List<BasicDegree> degrees, String source) {
    /** Source text when the real irreducibles of the regular representation are used. */
    public static final String REGULAR_SOURCE = "real irreducibles W1.. from the regular representation (numeric "
            + "characters, exact fixed dimensions)";

    public IrreducibleDegrees {
        degrees = List.copyOf(degrees);
    }

    /**
     * @param g    the group
     * @param ring its Burnside ring ({@code new BurnsideRing(SubgroupLattices.of(g))})
     * @return the basic degrees of all real irreducibles of g. Cost: that of the character table, or
     *         \( O(|G|^3) \) for the regular representation
     */
    public static IrreducibleDegrees of(PermutationGroup g, BurnsideRing ring) {
        if (g.structure().isPresent()) {
            CharacterTable t = CharacterTables.of(g);
            return new IrreducibleDegrees(ring, BasicDegrees.all(ring, t), t.evidence().method());
        }
        RealIrreducibles ri = RealIrreducibles.of(g);
        long[][] fix = ri.fixedDimensions(ring.lattice());
        List<BasicDegree> all = new ArrayList<>();
        for (int i = 0; i < fix.length; i++) {
            RealIrreducibles.Irreducible w = ri.irreducibles().get(i);
            all.add(BasicDegrees.fromFixedDimensions(ring, w.label(), w.dimension(), fix[i]));
        }
        return new IrreducibleDegrees(ring, all, REGULAR_SOURCE);
    }

    /**
     * @param label an irreducible's label; brackets and spaces are ignored ({@code [3, 2]} is {@code 3,2})
     * @return its position in {@link #degrees()}, if there is one
     */
    public OptionalInt find(String label) {
        String norm = label.replace("[", "").replace("]", "").replace(" ", "");
        for (int i = 0; i < degrees.size(); i++) {
            if (degrees.get(i).irrep().equals(norm)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** @return the position of {@code label} in {@link #degrees()}; an unknown label is an input error naming them all */
    public int index(String label) {
        OptionalInt i = find(label);
        if (i.isEmpty()) {
            throw new InvalidInputException("unknown irreducible '" + label + "': use one of "
                    + String.join(" ", labels()));
        }
        return i.getAsInt();
    }

    /**
     * @param specs entries {@code LABEL} or {@code LABEL=m} (m an integer, default 1; a label may repeat and its counts
     *              add up)
     * @return the multiplicity of each irreducible, in the order of {@link #degrees()}
     */
    public long[] multiplicities(List<String> specs) {
        long[] m = new long[degrees.size()];
        for (String s : specs) {
            String[] p = s.split("=");
            long k = 1;
            if (p.length == 2) {
                try {
                    k = Long.parseLong(p[1].trim());
                } catch (NumberFormatException e) {
                    throw RepMessages.BAD_COUNT.invalid(s);
                }
            }
            m[index(p[0].trim())] += k;
        }
        return m;
    }

    /**
     * @param classes indices of subgroup classes of the ring's lattice (e.g. the predicted orbit types of a crossing)
     * @param space   the weight-matrix space
     * @return \( \mathrm{Fix}(H) \subset \) {@code space} for a representative H of each class, in order
     */
    public List<FixedPointSubspace> fixedSubspaces(List<Integer> classes, WeightMatrixAction space) {
        List<FixedPointSubspace> out = new ArrayList<>();
        for (int c : classes) {
            out.add(FixedPointSubspace.of(space, ring.lattice().get(c).generators()));
        }
        return out;
    }

    /** @return the labels of the irreducibles, in order */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        degrees.forEach(b -> labels.add(b.irrep()));
        return labels;
    }
}
