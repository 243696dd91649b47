package org.landscape.proof;

import org.landscape.analysis.HessianSpectrum;
import org.landscape.analysis.Isotropies;
import org.landscape.analysis.IsotropySubgroup;
import org.landscape.analysis.IsotypicBlock;
import org.landscape.analysis.SymmetryAdaptedSpectra;
import org.landscape.group.ElementTable;
import org.landscape.rep.RealIsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The orthonormal symmetry-adapted basis of the isotropy of a point, split by isotypic component, with the
 * component names of {@code analysis} (e.g. "[4,1]x[1]"), as blocks for {@link SpectrumEnclosures}: the isotropy
 * by {@link Isotropies} (numeric, tolerance 1e-8), the components by {@link RealIsotypicDecomposition}, the names
 * from {@link SymmetryAdaptedSpectra} (same components, same order). Falls back to one block "all" (the identity)
 * when the isotropy is trivial or too large for an element table (order above
 * {@link SymmetryAdaptedSpectra#MAX_GROUP_ORDER}, or k + d above {@link ElementTable#MAX_DEGREE}).
 */
final class SymmetryBlocks {
    private SymmetryBlocks() {
    }

    /**
     * @return the blocks and a one-line description of how they were obtained
     */
    static Blocks of(double[][] w, double[][] teacher, double alpha) {
        int k = w.length;
        int d = w[0].length;
        IsotropySubgroup iso = Isotropies.of(w, teacher, Isotropies.DEFAULT_RELATIVE_TOLERANCE);
        boolean usable = iso.order().compareTo(BigInteger.ONE) > 0
                && iso.order().compareTo(BigInteger.valueOf(SymmetryAdaptedSpectra.MAX_GROUP_ORDER)) <= 0
                && k + d <= ElementTable.MAX_DEGREE;
        if (usable) {
            HessianSpectrum s = SymmetryAdaptedSpectra.of(w, teacher, alpha, iso);
            RealIsotypicDecomposition dec = RealIsotypicDecomposition.of(WeightMatrixAction.of(iso.group(), k, d));
            List<RealIsotypicDecomposition.Component> comps = dec.components();
            if (comps.size() == s.blocks().size()) {
                List<SpectrumEnclosures.Block> blocks = new ArrayList<>();
                for (int c = 0; c < comps.size(); c++) {
                    IsotypicBlock b = s.blocks().get(c);
                    if (b.dimension() != comps.get(c).dimension()) {
                        return identity(k * d, iso);
                    }
                    blocks.add(new SpectrumEnclosures.Block(b.irrep(), b.irrepDimension(), comps.get(c).basis()));
                }
                return new Blocks(blocks, "symmetry-adapted basis of the isotropy " + iso.structure() + " (order "
                        + iso.order() + "), components named as by 'spectrum'");
            }
        }
        return identity(k * d, iso);
    }

    private static Blocks identity(int n, IsotropySubgroup iso) {
        return new Blocks(identity(n).blocks(), "one dense block (isotropy " + iso.structure() + ", order "
                + iso.order() + ", not used)");
    }

    /** @return one block "all" with the identity basis */
    static Blocks identity(int n) {
        double[][] id = new double[n][n];
        for (int a = 0; a < n; a++) {
            id[a][a] = 1;
        }
        return new Blocks(List.of(new SpectrumEnclosures.Block("all", 1, id)), "one dense block");
    }

    /** Blocks with a description. */
    record Blocks(List<SpectrumEnclosures.Block> blocks, String method) {
    }
}
