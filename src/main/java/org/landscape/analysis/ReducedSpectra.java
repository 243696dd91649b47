package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.model.Models;
import org.landscape.reduced.IsotypicComponents;
import org.landscape.reduced.IsotypicHessian;
import org.landscape.reduced.YoungStructure;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hessian spectrum at a block-structured point from its isotypic blocks ({@link IsotypicHessian}): one small
 * eigenproblem per component of \( M(k,d) \) under the Young-type isotropy, with the irreducible's dimension as
 * multiplicity; cost independent of k (a few milliseconds at any width). Morse index, nullity and the smallest
 * \( |\lambda| \) follow with the blocks' rounding estimate as error bound.
 */
public final class ReducedSpectra {
    private ReducedSpectra() {
    }

    /**
     * @param structure the Young structure of the point's isotropy
     * @param student   W's values on the student orbits (read)
     * @param teacher   V's values on the teacher orbits (read)
     * @param alpha     leaky slope
     * @param found     how the structure was found (becomes the isotropy's evidence)
     * @return the spectrum with isotropy, blocks (labelled by partitions), index, nullity and error bound
     */
    public static HessianSpectrum of(YoungStructure structure, double[] student, double[] teacher, double alpha,
                                     Evidence found) {
        List<IsotypicHessian.Block> raw = IsotypicHessian.of(structure.shape(), student, teacher, Models.kernel(alpha));
        double bound = 0;
        for (IsotypicHessian.Block b : raw) {
            bound = Math.max(bound, b.errorBound());
        }
        double[] sizes = structure.shape().sizes();
        int[] order = YoungIsotropy.labelFactors(structure);
        String suffix = YoungIsotropy.labelSuffix(structure);
        List<IsotypicBlock> blocks = new ArrayList<>();
        int index = 0;
        int nullity = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (IsotypicHessian.Block b : raw) {
            IsotypicComponents.Component c = b.component();
            double dim = c.dimension();
            if (dim > Integer.MAX_VALUE) {
                throw AnalysisMessages.OUT_OF_RANGE.invalid("irreducible dimension", (long) dim,
                        "a width with irreducibles below 2^31 (k up to about 65000)");
            }
            int n = (int) Math.round(dim);
            double[] ev = b.eigenvalues();
            int[] mult = new int[ev.length];
            java.util.Arrays.fill(mult, n);
            for (double x : ev) {
                smallest = Math.min(smallest, Math.abs(x));
                if (x < -bound) {
                    index += n;
                } else if (x <= bound) {
                    nullity += n;
                }
            }
            String label = order.length == 0 ? (suffix.isEmpty() ? "trivial" : suffix.substring(1))
                    : c.label(sizes, order) + suffix;
            blocks.add(new IsotypicBlock(label, n, c.copies(), ev, mult, 0));
        }
        IsotropySubgroup iso = YoungIsotropy.of(structure, found);
        Evidence ev = new Evidence("orbit-reduced isotypic blocks: " + raw.size() + " components of M("
                + structure.k() + "," + structure.d() + ") under " + iso.structure() + ", each from one orbit-sum "
                + "Hessian on the fixed space of a point stabiliser (cost independent of k)", bound,
                "rounding estimate 1e-14 * |orbit terms| + eigensolver backward error (not a proof); " + found.detail());
        return new HessianSpectrum(iso, blocks, index, nullity, smallest, bound, Double.NaN, ev);
    }
}
