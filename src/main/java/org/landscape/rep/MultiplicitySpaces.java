package org.landscape.rep;

import org.landscape.solve.SymmetricEigenvalues;
import org.landscape.solve.SymmetricSpectrum;
import org.landscape.group.ElementTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits an isotypic component \( V^m \cong V \otimes \mathbb{R}^m \) of an absolutely irreducible V (dim n) into
 * n mutually orthogonal m-dimensional subspaces \( E_1, \dots, E_n \), each invariant under every equivariant
 * matrix A, with A acting on each as a matrix similar to the same m x m matrix B (internal).
 *
 * <p>A random symmetric element \( Y = \sum_g c_g (\rho(g) + \rho(g)^T) \) of the group algebra acts on the
 * component as \( \hat Y \otimes I_m \) with \( \hat Y \) a generic symmetric n x n matrix, so its eigenspaces are
 * n spaces of dimension m; A commutes with Y and preserves them (Schur). Cost \( O(|S| \cdot r^2 \cdot kd) \) with
 * \( |S| = \min(|G|, 256) \) sampled elements and \( r = mn \).
 */
final class MultiplicitySpaces {
    private MultiplicitySpaces() {
    }

    /**
     * @param q the component's orthonormal basis (r rows), read
     * @return the same space re-based: n consecutive groups of m orthonormal rows (E_1 first)
     */
    static double[][] split(SignedPermutationRepresentation act, double[][] q, int m, int n) {
        if (n == 1) {
            return q;
        }
        ElementTable e = act.group().elements();
        int dim = act.dimension();
        int r = q.length;
        for (long seed = 1; seed <= 4; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed * 7919L);
            int samples = Math.min(e.size(), 256);
            double[][] y = new double[r][r];
            int[] t = new int[dim];
            int[] s = new int[dim];
            double[] gq = new double[dim];
            for (int k = 0; k < samples; k++) {
                int x = samples == e.size() ? k : rnd.nextInt(e.size());
                double c = rnd.nextDouble() - 0.5;
                act.coordinateAction(e.permutation(x), t, s);
                for (int b = 0; b < r; b++) {
                    Arrays.fill(gq, 0);
                    for (int a = 0; a < dim; a++) {
                        gq[t[a]] += s[a] * q[b][a];
                    }
                    for (int a2 = 0; a2 < r; a2++) {
                        double dot = 0;
                        for (int a = 0; a < dim; a++) {
                            dot += q[a2][a] * gq[a];
                        }
                        y[a2][b] += c * dot;
                        y[b][a2] += c * dot;
                    }
                }
            }
            SymmetricSpectrum spectrum = SymmetricEigenvalues.jacobi(y);
            double[] vals = spectrum.values();
            double[][] vecs = spectrum.vectors();
            Integer[] order = new Integer[r];
            for (int i = 0; i < r; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(vals[a], vals[b]));
            double scale = 1e-300;
            for (double v : vals) {
                scale = Math.max(scale, Math.abs(v));
            }
            List<List<Integer>> clusters = new ArrayList<>();
            double last = Double.NaN;
            for (int i : order) {
                if (clusters.isEmpty() || Math.abs(vals[i] - last) > 1e-7 * scale) {
                    clusters.add(new ArrayList<>());
                }
                clusters.get(clusters.size() - 1).add(i);
                last = vals[i];
            }
            boolean ok = clusters.size() == n;
            for (List<Integer> cl : clusters) {
                ok &= cl.size() == m;
            }
            if (!ok) {
                continue;
            }
            double[][] out = new double[r][dim];
            int row = 0;
            for (List<Integer> cl : clusters) {
                for (int i : cl) {
                    for (int b = 0; b < r; b++) {
                        double w = vecs[i][b];
                        for (int a = 0; a < dim; a++) {
                            out[row][a] += w * q[b][a];
                        }
                    }
                    row++;
                }
            }
            return out;
        }
        throw new IllegalStateException("could not split an isotypic component into " + n + " spaces of dimension " + m);
    }
}
