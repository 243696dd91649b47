package org.landscape.group;

import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The character table of a finite group whose irreducible characters are integer valued (products of
 * symmetric groups): \( \chi_i(C_j) \) for irreducibles i (rows) and conjugacy classes j (columns); column 0 is
 * the identity class, row 0 the trivial character. Every irreducible is realisable over \( \mathbb{R} \)
 * (even over \( \mathbb{Q} \)), so these are also the real irreducible representations.
 *
 * <p>Irreducibles and classes of a product are labelled by tuples of partitions, one per factor, written
 * {@code 3,1x2} (the {@code x} separates factors). Immutable.
 */
public final class CharacterTable {
    private final PermutationGroup group;
    private final List<List<Partition>> classParams;
    private final List<List<Partition>> irrepParams;
    private final BigInteger[] classSizes;
    private final long[][] values;
    private final Evidence evidence;
    private final Map<List<Partition>, Integer> classIndex = new HashMap<>();
    private final Map<String, Integer> irrepIndex = new HashMap<>();

    CharacterTable(PermutationGroup group, List<List<Partition>> classParams, List<List<Partition>> irrepParams,
                   BigInteger[] classSizes, long[][] values, Evidence evidence) {
        this.group = group;
        this.classParams = List.copyOf(classParams);
        this.irrepParams = List.copyOf(irrepParams);
        this.classSizes = classSizes.clone();
        this.values = new long[values.length][];
        for (int i = 0; i < values.length; i++) {
            this.values[i] = values[i].clone();
        }
        this.evidence = evidence;
        for (int j = 0; j < classParams.size(); j++) {
            classIndex.put(classParams.get(j), j);
        }
        for (int i = 0; i < irrepParams.size(); i++) {
            irrepIndex.put(label(irrepParams.get(i)), i);
        }
    }

    static String label(List<Partition> ps) {
        StringBuilder sb = new StringBuilder();
        for (Partition p : ps) {
            sb.append(sb.length() == 0 ? "" : "x").append(p);
        }
        return sb.toString();
    }

    /** @return the group */
    public PermutationGroup group() {
        return group;
    }

    /** @return how the table was computed */
    public Evidence evidence() {
        return evidence;
    }

    /** @return the number of classes (= number of irreducibles) */
    public int size() {
        return values.length;
    }

    /** @return the label of class j, e.g. {@code 2,1,1} or {@code 2,1x1,1} */
    public String classLabel(int j) {
        return label(classParams.get(j));
    }

    /** @return the cycle types (one per factor) labelling class j */
    public List<Partition> classParameters(int j) {
        return classParams.get(j);
    }

    /** @return the label of irreducible i, e.g. {@code 3,1} or {@code 3,1x2} */
    public String irrepLabel(int i) {
        return label(irrepParams.get(i));
    }

    /** @return the partitions (one per factor) labelling irreducible i */
    public List<Partition> irrepParameters(int i) {
        return irrepParams.get(i);
    }

    /** @return \( |C_j| \) */
    public BigInteger classSize(int j) {
        return classSizes[j];
    }

    /** @return \( |G| / |C_j| \), the centraliser order */
    public BigInteger centralizerOrder(int j) {
        return group.order().divide(classSizes[j]);
    }

    /** @return \( \chi_i(C_j) \) */
    public long value(int i, int j) {
        return values[i][j];
    }

    /** @return a copy of row i */
    public long[] character(int i) {
        return values[i].clone();
    }

    /** @return \( \chi_i(1) \), the dimension of irreducible i */
    public long dimension(int i) {
        return values[i][0];
    }

    /**
     * @return the index of the irreducible with this label ({@code 3,2} or {@code 3,1x2})
     * @throws InvalidInputException if no such irreducible, listing the valid labels
     */
    public int irrepIndex(String label) {
        String norm = label.replace("[", "").replace("]", "").replace(" ", "");
        Integer i = irrepIndex.get(norm);
        if (i == null) {
            List<String> all = new ArrayList<>();
            for (int r = 0; r < size(); r++) {
                all.add(irrepLabel(r));
            }
            throw new InvalidInputException(GroupMessages.UNKNOWN_IRREP.format(label, group.name(),
                    String.join(" ", all)));
        }
        return i;
    }

    /** @return the class index of the group element {@code g}, from the cycle types of its factor restrictions */
    public int classOf(Permutation g) {
        List<Partition> key = group.structure().orElseThrow().classLabel(g);
        Integer j = classIndex.get(key);
        if (j == null) {
            throw new InvalidInputException(GroupMessages.NOT_AN_ELEMENT.format(g, group.name()));
        }
        return j;
    }

    /** @return for every element index of {@code group().elements()}, its class index; \( O(|G| n) \) */
    public int[] classOfElements() {
        ElementTable t = group.elements();
        int[] c = new int[t.size()];
        for (int x = 0; x < c.length; x++) {
            c[x] = classOf(t.permutation(x));
        }
        return c;
    }
}
