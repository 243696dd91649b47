package org.landscape.analysis;

import org.landscape.group.MurnaghanNakayama;
import org.landscape.group.Partition;
import org.landscape.group.Permutation;
import org.landscape.rep.WeightMatrixAction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names the isotypic components of \( M(k,k) \) under a diagonal Young isotropy
 * \( H = \Delta(S_{p_1} \times \dots \times S_{p_r}) \) by the irreducibles of \( S_{p_1} \times \dots \times S_{p_r} \),
 * written {@code [4,1]x[1]}. Every irreducible of a product of symmetric groups is real and absolutely irreducible,
 * with character \( \chi_\mu(g) = \prod_b \chi^{\mu_b}(\text{cycle type of } g \text{ on block } b) \)
 * (Murnaghan-Nakayama). A component with m copies of an irreducible of dimension n has character
 * \( \mathrm{tr}(B \rho(g) B^T) = m\,\chi_\mu(g) \) on its orthonormal basis B; the label is the \( \mu \) for which this
 * holds on one representative of every class (to \( 10^{-6} \) times the component's dimension).
 */
final class YoungLabels {
    /** Largest number of classes (products of partition counts) for which labels are computed. */
    static final int MAX_CLASSES = 5000;

    private YoungLabels() {
    }

    /**
     * @param isotropy the isotropy group (must be a diagonal Young subgroup, k = d)
     * @param action   its action on M(k,k)
     * @param bases    orthonormal bases of the components (rows of length kd)
     * @param dims     per component {irreducible dimension, copies}
     * @return one label per component, or empty when the group is not a diagonal Young subgroup, has too many
     *         classes, or some component's character matches no product of Specht characters
     */
    static Optional<List<String>> of(IsotropySubgroup isotropy, WeightMatrixAction action, List<double[][]> bases,
                                     List<int[]> dims) {
        int k = isotropy.k();
        Optional<List<int[]>> young = Isotropies.diagonalYoungOrbits(isotropy.group(), isotropy.order(), k,
                isotropy.d());
        if (young.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> blocks = young.get();
        List<List<Partition>> perBlock = new ArrayList<>();
        long classes = 1;
        for (int[] b : blocks) {
            perBlock.add(Partition.all(b.length));
            classes *= perBlock.get(perBlock.size() - 1).size();
        }
        if (classes > MAX_CLASSES) {
            return Optional.empty();
        }
        List<Partition[]> tuples = tuples(perBlock);
        // characters of the components on one representative per class
        double[][] chi = new double[bases.size()][tuples.size()];
        int n = action.dimension();
        int[] t = new int[n];
        int[] s = new int[n];
        for (int j = 0; j < tuples.size(); j++) {
            action.coordinateAction(representative(tuples.get(j), blocks, k), t, s);
            for (int c = 0; c < bases.size(); c++) {
                double tr = 0;
                for (double[] row : bases.get(c)) {
                    for (int a = 0; a < n; a++) {
                        tr += row[t[a]] * s[a] * row[a];
                    }
                }
                chi[c][j] = tr;
            }
        }
        MurnaghanNakayama mn = new MurnaghanNakayama();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < bases.size(); c++) {
            String found = null;
            int copies = dims.get(c)[1];
            double tol = 1e-6 * Math.max(1, bases.get(c).length);
            for (Partition[] mu : tuples) {
                boolean ok = true;
                for (int j = 0; j < tuples.size() && ok; j++) {
                    long x = 1;
                    for (int b = 0; b < mu.length; b++) {
                        x *= mn.character(mu[b], tuples.get(j)[b]);
                    }
                    ok = Math.abs(chi[c][j] - copies * (double) x) <= tol;
                }
                if (ok) {
                    found = label(mu);
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            labels.add(found);
        }
        return Optional.of(labels);
    }

    private static List<Partition[]> tuples(List<List<Partition>> perBlock) {
        List<Partition[]> out = new ArrayList<>();
        out.add(new Partition[0]);
        for (List<Partition> choices : perBlock) {
            List<Partition[]> next = new ArrayList<>();
            for (Partition[] prefix : out) {
                for (Partition p : choices) {
                    Partition[] x = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                    x[prefix.length] = p;
                    next.add(x);
                }
            }
            out = next;
        }
        return out;
    }

    /** @return a permutation of the 2k rows and columns with cycle type mu[b] on block b, the same on columns */
    private static Permutation representative(Partition[] mu, List<int[]> blocks, int k) {
        int[] img = new int[2 * k];
        for (int i = 0; i < 2 * k; i++) {
            img[i] = i;
        }
        for (int b = 0; b < blocks.size(); b++) {
            int[] pts = blocks.get(b);
            int pos = 0;
            for (int part : mu[b].parts()) {
                for (int j = 0; j < part; j++) {
                    int from = pts[pos + j];
                    int to = pts[pos + (j + 1) % part];
                    img[from] = to;
                    img[k + from] = k + to;
                }
                pos += part;
            }
        }
        return Permutation.of(img);
    }

    private static String label(Partition[] mu) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < mu.length; b++) {
            sb.append(b == 0 ? "[" : "]x[").append(mu[b].toString());
        }
        return sb.append(']').toString();
    }
}
