package org.landscape.analysis;

/**
 * A Hessian-vector product \( u \mapsto \nabla^2_W L(W)\, u \) at a fixed point W, without forming the
 * \( kd \times kd \) matrix (flat index \( i d + c \)).
 *
 * <p>Seam: {@link DeltaSymmetricHessian} implements it at \( \Delta S_k \)-symmetric points in \( O(k^2 d) \);
 * {@link #dense} forms the matrix (small sizes, tests). A general \( O(k(k+n)d) \) product over the kernel blocks
 * (branch {@code perf}: {@code NetworkLoss.hessianTimes(W, u, out)}) plugs in as
 * {@code (u, out) -> loss.hessianTimes(W, u, out)}.
 */
@FunctionalInterface
public interface HessianVectorProduct {
    /**
     * @param u   read, length kd
     * @param out written, length kd (no aliasing with u)
     */
    void times(double[] u, double[] out);

    /** @return the product with a dense, row-major kd x kd matrix (read, not copied: a view) */
    static HessianVectorProduct dense(double[] h, int kd) {
        return (u, out) -> {
            for (int a = 0; a < kd; a++) {
                double s = 0;
                int o = a * kd;
                for (int b = 0; b < kd; b++) {
                    s += h[o + b] * u[b];
                }
                out[a] = s;
            }
        };
    }
}
