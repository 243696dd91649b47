package org.landscape.interval;

import org.landscape.interval.generated.IntervalKernelFrame;
import org.landscape.interval.generated.IntervalKernelProfiles;

/**
 * Enclosed geometry and profiles of a pair \( (w, v) \) of boxes (MATH.md section 3), for every pair of points in
 * them: the norms \( r = |w| \), \( \rho = |v| \), the unit vectors, the angle by Kahan's formula
 * \( \theta = 2\,\mathrm{atan2}(|\hat w - \hat v|, |\hat w + \hat v|) \) (or \( \varphi = \pi - \theta \) by the swapped
 * formula when the pair is nearer antiparallel), the in-plane normals
 * \( n = d/|d| \), \( d = \hat v - \cos\theta\,\hat w \), and \( m = e/|e| \), \( e = \hat w - \cos\theta\,\hat v \),
 * with \( d, e \) computed without cancellation as \( -(\hat w - \hat v) + (1 - \cos\theta)\,\hat w \) and
 * \( (\hat w - \hat v) + (1 - \cos\theta)\,\hat v \), \( 1 - \cos\theta = |\hat w - \hat v|^2/2 \) (near \( \pi \):
 * from \( \hat w + \hat v \) and \( 1 + \cos\theta = |\hat w + \hat v|^2/2 \)), and the profiles \( g, h', s, t \) of \( K_\alpha \) (generated evaluators).
 * If the box contains parallel or antiparallel pairs (\( |d| \) encloses 0) the normals are not defined there:
 * {@link #degenerate} is set and the frame terms in n, m are bounded by their coefficient times [-1, 1] (for jets
 * their derivatives are unknown). A scratch object for one thread; O(d) per pair.
 *
 * @param <T> the enclosure type
 */
final class PairFrame<T extends Enclosure<T>> {
    final EnclosureField<T> f;
    final int dim;
    final T[] wHat;
    final T[] vHat;
    final T[] n;
    final T[] m;
    /** Inputs of the generated frame formulas: r, rho, theta, g, hp, s, t, alpha. */
    final T[] x;
    /** The same with w and v swapped (r and rho exchanged): the pair seen from v. */
    final T[] swapped;
    private final T[] prof;
    private final T[] p;
    private final T[] q;
    private final T[] weights;
    boolean degenerate;
    private final T two;

    PairFrame(EnclosureField<T> f, int dim) {
        this.f = f;
        this.dim = dim;
        wHat = f.newArray(dim);
        vHat = f.newArray(dim);
        n = f.newArray(dim);
        m = f.newArray(dim);
        p = f.newArray(dim);
        q = f.newArray(dim);
        x = f.newArray(8);
        swapped = f.newArray(8);
        prof = f.newArray(8);
        weights = f.newArray(2);
        two = f.of(2);
    }

    /** @return an enclosure of \( |x| \), x = {@code a[off .. off + dim)} */
    T norm(T[] a, int off) {
        T s = a[off].square();
        for (int c = 1; c < dim; c++) {
            s = s.add(a[off + c].square());
        }
        return s.sqrt();
    }

    /**
     * Sets the frame of the pair ({@code w[wOff..]}, {@code v[vOff..]}) at slope {@code alpha}. Both boxes must
     * exclude 0 (checked by the caller).
     */
    void set(T[] w, int wOff, T[] v, int vOff, T alpha, T r, T rho) {
        for (int c = 0; c < dim; c++) {
            wHat[c] = w[wOff + c].divide(r);
            vHat[c] = v[vOff + c].divide(rho);
            p[c] = wHat[c].subtract(vHat[c]);
            q[c] = wHat[c].add(vHat[c]);
        }
        T np = norm(p, 0);
        T nq = norm(q, 0);
        boolean nearPi = np.value().mid() > nq.value().mid();
        T theta;
        T halfSin2; // 1 - cos(theta) = |w_hat - v_hat|^2 / 2 near 0; 1 + cos(theta) = |w_hat + v_hat|^2 / 2 near pi
        if (!nearPi) {
            theta = two.multiply(np.atan2(nq));
            halfSin2 = np.square().divide(two);
            IntervalKernelProfiles.nearZero(f, theta, prof);
        } else {
            T phi = two.multiply(nq.atan2(np));
            theta = f.pi().subtract(phi);
            halfSin2 = nq.square().divide(two);
            IntervalKernelProfiles.nearPi(f, phi, prof);
        }
        // d = v_hat - u w_hat, e = w_hat - u v_hat without cancellation
        for (int c = 0; c < dim; c++) {
            if (!nearPi) {
                n[c] = halfSin2.multiply(wHat[c]).subtract(p[c]);
                m[c] = p[c].add(halfSin2.multiply(vHat[c]));
            } else {
                n[c] = q[c].subtract(halfSin2.multiply(wHat[c]));
                m[c] = q[c].subtract(halfSin2.multiply(vHat[c]));
            }
        }
        T nd = norm(n, 0);
        T ne = norm(m, 0);
        degenerate = nd.value().containsZero() || ne.value().containsZero();
        if (!degenerate) {
            for (int c = 0; c < dim; c++) {
                n[c] = n[c].divide(nd);
                m[c] = m[c].divide(ne);
            }
        }
        IntervalKernelFrame.partWeights(f, alpha, weights);
        x[0] = r;
        x[1] = rho;
        x[2] = theta;
        for (int j = 0; j < 4; j++) {
            x[3 + j] = weights[0].multiply(prof[j]).add(weights[1].multiply(prof[4 + j]));
        }
        x[7] = alpha;
        System.arraycopy(x, 0, swapped, 0, 8);
        swapped[0] = rho;
        swapped[1] = r;
    }

    /** @return frame vector {@code index} (IntervalKernelFrame.W_HAT, ...), seen from w or, if swapped, from v */
    T[] vector(int index, boolean fromV) {
        int i = fromV ? swap(index) : index;
        return switch (i) {
            case IntervalKernelFrame.W_HAT -> wHat;
            case IntervalKernelFrame.V_HAT -> vHat;
            case IntervalKernelFrame.N -> n;
            default -> m;
        };
    }

    /** @return true if the frame vector is a normal (undefined where the pair is parallel) */
    static boolean isNormal(int index) {
        return index == IntervalKernelFrame.N || index == IntervalKernelFrame.M;
    }

    private static int swap(int index) {
        return switch (index) {
            case IntervalKernelFrame.W_HAT -> IntervalKernelFrame.V_HAT;
            case IntervalKernelFrame.V_HAT -> IntervalKernelFrame.W_HAT;
            case IntervalKernelFrame.N -> IntervalKernelFrame.M;
            default -> IntervalKernelFrame.N;
        };
    }
}
