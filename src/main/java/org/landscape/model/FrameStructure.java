package org.landscape.model;

import org.landscape.compile.generated.LeakyKernelFrame;

import java.util.Arrays;

/**
 * The frame structure that the loops of {@link ProfileKernel}, {@link HessianRows} and {@link StudentPairs} are
 * written for, checked once against the generated {@link LeakyKernelFrame} (derived by {@code KernelFrameFormulas}):
 * \[ \nabla_w K = \rho\,(c_0 \hat w + c_1 \hat v), \quad
 *    \nabla^2_{ww} K = \tfrac{\rho}{r}\,(c_I I + c_0 \hat w \hat w^T + c_1 n n^T), \quad
 *    \nabla^2_{wv} K = c_I I + c_0 \hat w \hat v^T + c_1 n m^T, \]
 * \( \nabla_w [K(w,w)] = r\, c_0 \hat w \), \( \nabla^2_w [K(w,w)] = c_I I \), with r = |w|, \( \rho \) = |v|.
 * The coefficients \( c \) are the generated methods; the loops fix only which frame vectors they multiply, with
 * n, m entering as \( d = \sin\theta\, n \), \( e = \sin\theta\, m \) (so the coefficient of \( n n^T \) or
 * \( n m^T \) is divided by \( \sin^2\theta \), and the term is 0 when \( \sin\theta = 0 \), where d = e = 0).
 * If the derived structure ever changes, the model fails at class initialisation, naming the block, instead of
 * assembling a wrong gradient or Hessian. Cost: once per JVM.
 */
final class FrameStructure {
    private static final boolean CHECKED = check();

    private FrameStructure() {
    }

    /** Fails unless the generated structure is the one the model's loops implement. */
    static void require() {
        if (!CHECKED) {
            throw new IllegalStateException("unreachable");
        }
    }

    private static boolean check() {
        int w = LeakyKernelFrame.W_HAT;
        int v = LeakyKernelFrame.V_HAT;
        int n = LeakyKernelFrame.N;
        int m = LeakyKernelFrame.M;
        same("gradient", LeakyKernelFrame.GRADIENT_NORM_POWERS, new int[]{0, 1}, LeakyKernelFrame.GRADIENT_IDENTITY,
                false, new int[][]{LeakyKernelFrame.GRADIENT_VECTORS}, new int[][]{{w, v}});
        same("Hess_ww", LeakyKernelFrame.HESSIAN_WW_NORM_POWERS, new int[]{-1, 1}, LeakyKernelFrame.HESSIAN_WW_IDENTITY,
                true, LeakyKernelFrame.HESSIAN_WW_TERMS, new int[][]{{w, w}, {n, n}});
        same("Hess_wv", LeakyKernelFrame.HESSIAN_WV_NORM_POWERS, new int[]{0, 0}, LeakyKernelFrame.HESSIAN_WV_IDENTITY,
                true, LeakyKernelFrame.HESSIAN_WV_TERMS, new int[][]{{w, v}, {n, m}});
        same("self gradient", LeakyKernelFrame.SELF_GRADIENT_NORM_POWERS, new int[]{1, 0},
                LeakyKernelFrame.SELF_GRADIENT_IDENTITY, false, new int[][]{LeakyKernelFrame.SELF_GRADIENT_VECTORS},
                new int[][]{{w}});
        same("self Hessian", LeakyKernelFrame.SELF_HESSIAN_NORM_POWERS, new int[]{0, 0},
                LeakyKernelFrame.SELF_HESSIAN_IDENTITY, true, LeakyKernelFrame.SELF_HESSIAN_TERMS, new int[0][]);
        return true;
    }

    private static void same(String block, int[] powers, int[] loopPowers, boolean identity, boolean loopIdentity,
                             int[][] terms, int[][] loopTerms) {
        if (!Arrays.equals(powers, loopPowers) || identity != loopIdentity || !Arrays.deepEquals(terms, loopTerms)) {
            throw new IllegalStateException("the derived frame structure of the " + block + " (LeakyKernelFrame: norm "
                    + "powers " + Arrays.toString(powers) + ", identity " + identity + ", terms "
                    + Arrays.deepToString(terms) + ") is not the one the model's loops implement; adapt ProfileKernel, "
                    + "HessianRows and StudentPairs to it");
        }
    }
}
