package org.landscape.group;

import org.landscape.base.Evidence;
import org.landscape.base.UnsupportedException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Factory for character tables. For a group with a {@link ProductStructure}
 * \( S_{m_1} \times \dots \times S_{m_r} \) the table is the tensor (Kronecker) product of the
 * Murnaghan–Nakayama tables of the factors: \( \chi_{(\lambda_1,\dots,\lambda_r)}(C_{(\mu_1,\dots,\mu_r)}) =
 * \prod_j \chi^{\lambda_j}(\mu_j) \), class sizes \( \prod_j m_j!/z_{\mu_j} \). Cost: \( O(c^2) \) products for
 * c classes, plus the factor tables.
 */
public final class CharacterTables {
    private CharacterTables() {
    }

    /**
     * @return the character table of {@code g}
     * @throws UnsupportedException if g has no known product-of-symmetric-groups structure (e.g. A5, Z6)
     */
    public static CharacterTable of(PermutationGroup g) {
        ProductStructure ps = g.structure().orElseThrow(() -> new UnsupportedException(
                GroupMessages.NO_CLOSED_FORM_TABLE.format(g.name())));
        List<List<Partition>> classes = new ArrayList<>();
        List<List<Partition>> irreps = new ArrayList<>();
        classes.add(List.of());
        irreps.add(List.of());
        List<BigInteger> sizes = new ArrayList<>(List.of(BigInteger.ONE));
        List<long[]> rows = new ArrayList<>();
        rows.add(new long[] {1});
        for (ProductStructure.Factor f : ps.factors()) {
            int m = f.m();
            List<Partition> irr = Partition.all(m);
            List<Partition> cls = new ArrayList<>(irr);
            Collections.reverse(cls);
            long[][] t = MurnaghanNakayama.table(m, irr, cls);
            BigInteger mFact = factorial(m);
            List<List<Partition>> nc = new ArrayList<>();
            List<BigInteger> ns = new ArrayList<>();
            for (int a = 0; a < classes.size(); a++) {
                for (Partition mu : cls) {
                    List<Partition> l = new ArrayList<>(classes.get(a));
                    l.add(mu);
                    nc.add(l);
                    ns.add(sizes.get(a).multiply(mFact.divide(mu.centralizerOrder())));
                }
            }
            List<List<Partition>> ni = new ArrayList<>();
            List<long[]> nr = new ArrayList<>();
            for (int a = 0; a < irreps.size(); a++) {
                for (int b = 0; b < irr.size(); b++) {
                    List<Partition> l = new ArrayList<>(irreps.get(a));
                    l.add(irr.get(b));
                    ni.add(l);
                    long[] old = rows.get(a);
                    long[] row = new long[old.length * cls.size()];
                    for (int x = 0; x < old.length; x++) {
                        for (int y = 0; y < cls.size(); y++) {
                            row[x * cls.size() + y] = Math.multiplyExact(old[x], t[b][y]);
                        }
                    }
                    nr.add(row);
                }
            }
            classes = nc;
            sizes = ns;
            irreps = ni;
            rows = nr;
        }
        return new CharacterTable(g, classes, irreps, sizes.toArray(new BigInteger[0]), rows.toArray(new long[0][]),
                Evidence.of("Murnaghan-Nakayama rule per symmetric factor, tensor product over " + ps.factors().size()
                        + " factor(s)", 0.0));
    }

    static BigInteger factorial(int m) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= m; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
