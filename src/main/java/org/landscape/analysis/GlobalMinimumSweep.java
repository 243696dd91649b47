package org.landscape.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hessian spectrum at the global minimum \( W = V = I_k \) per Specht component ({@link GlobalMinimumSpectrum},
 * compiled blocks) on the grid \( \alpha_i = \mathrm{lo} + i\,\mathrm{step} \le \mathrm{hi} \) for each width k.
 * Cost: one compiled block evaluation and a generalised eigenproblem of size at most 3 per component, alpha and k.
 *
 * @param ks          the widths, in the order given
 * @param components  the Specht components' labels, in block order
 * @param blockSizes  the size of each component's block (the number of its eigenvalues)
 * @param alphas      the grid (the same for every width)
 * @param dimensions  per width (index as {@code ks}), the dimension of each component
 * @param eigenvalues per width, per grid point, per component: the eigenvalues
 */
public record GlobalMinimumSweep(List<Integer> ks, List<String> components, int[] blockSizes, double[] alphas,
                                 List<int[]> dimensions, List<double[][][]> eigenvalues) {
    /**
     * @param lo   first alpha
     * @param hi   last alpha (included up to rounding, \( 10^{-9} \) of a step)
     * @param step grid step, positive
     * @return the spectra of {@code s} on the grid for every width in {@code ks} (each at least 4)
     */
    public static GlobalMinimumSweep of(GlobalMinimumSpectrum s, List<Integer> ks, double lo, double hi, double step) {
        List<String> comps = new ArrayList<>();
        s.blocks().forEach(b -> comps.add(b.component()));
        int[] sizes = new int[comps.size()];
        for (int c = 0; c < sizes.length; c++) {
            sizes[c] = s.blocks().get(c).size();
        }
        int n = (int) Math.floor((hi - lo) / step + 1e-9) + 1;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = lo + i * step;
        }
        List<int[]> dims = new ArrayList<>();
        List<double[][][]> ev = new ArrayList<>();
        for (int k : ks) {
            dims.add(GlobalMinimumSpectrum.dimensions(k));
            double[][][] e = new double[n][][];
            for (int i = 0; i < n; i++) {
                e[i] = s.eigenvaluesCompiled(xs[i], k);
            }
            ev.add(e);
        }
        return new GlobalMinimumSweep(List.copyOf(ks), List.copyOf(comps), sizes, xs, dims, ev);
    }
}
