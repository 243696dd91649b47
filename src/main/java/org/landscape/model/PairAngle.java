package org.landscape.model;

import org.landscape.base.InvalidInputException;

/**
 * The angle between two non-zero vectors, \( \theta = 2\,\mathrm{atan2}(\,\| |v| w - |w| v \|, \| |v| w + |w| v \|\,)
 * \in [0, \pi] \) (Kahan), computed by the model's own pair geometry (unit vectors refined in double-double near
 * \( \theta = 0, \pi \), so the angle to the nearer end keeps full relative accuracy). The one angle formula of the
 * project outside the hot loops, which use {@code PairGeometry} directly. Cost O(d); allocates one scratch object.
 */
public final class PairAngle {
    private PairAngle() {
    }

    /**
     * @param w non-zero (read)
     * @param v non-zero, same length (read)
     * @return \( \theta \in [0, \pi] \)
     */
    public static double theta(double[] w, double[] v) {
        return geometry(w, v).theta;
    }

    /**
     * @param w non-zero (read)
     * @param v non-zero, same length (read)
     * @return \( \sin\theta \), from the angle to the nearer end (\( \sin\varphi \), \( \varphi = \pi - \theta \),
     *         near \( \pi \)), so a nearly antiparallel pair keeps its relative accuracy
     */
    public static double sinTheta(double[] w, double[] v) {
        PairGeometry g = geometry(w, v);
        return Math.sin(g.nearPi ? g.phi : g.theta);
    }

    private static PairGeometry geometry(double[] w, double[] v) {
        if (w.length != v.length) {
            throw new InvalidInputException("the angle needs two vectors of one length: got " + w.length + " and "
                    + v.length);
        }
        PairGeometry g = new PairGeometry(w.length);
        g.set(w, v);
        return g;
    }
}
