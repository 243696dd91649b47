package org.landscape.proof;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.landscape.base.InvalidInputException;
import org.landscape.interval.Interval;
import org.landscape.interval.IntervalMatrix;

import java.util.List;

/**
 * Existence and uniqueness of a zero of F in a box by the Krawczyk operator (R. Krawczyk 1969; R. E. Moore 1977;
 * A. Neumaier, Interval Methods for Systems of Equations, 1990, Thm 5.1.8): for a box
 * \( X = \tilde x + [-r, r]^m \), any nonsingular C and an enclosure \( \mathbf{J} \supseteq F'(X) \),
 * \[ K(X) = \tilde x - C F(\tilde x) + (I - C\mathbf{J})(X - \tilde x). \]
 * If \( K(X) \subset \mathrm{int}\, X \) then F has exactly one zero in X, it lies in \( K(X) \), and every matrix of
 * \( \mathbf{J} \) is nonsingular. F needs only to be \( C^1 \) (the loss is \( C^2 \) wherever no neuron is dead,
 * also at parallel pairs). C is the inverse of the double Jacobian at \( \tilde x \) (any C is allowed: it only
 * affects whether the test succeeds). The radius is found by epsilon-inflation: start from
 * \( 10\,|C F(\tilde x)|_\infty \), grow by the observed \( |K - \tilde x| \) and a factor 2, at most
 * {@link Settings#maxInflations} times; after success \( X \leftarrow K(X) \cap X \) is iterated to tighten the
 * enclosure of the zero (the uniqueness box stays the first X). Cost per attempt: one Jacobian enclosure plus
 * \( O(m^3) \) for \( C\mathbf{J} \).
 */
public final class Krawczyk {
    /**
     * Settings.
     *
     * @param maxInflations epsilon-inflation steps, 1..100
     * @param minRadius     smallest box radius tried (> 0)
     * @param maxRadius     largest box radius tried (>= minRadius)
     * @param tightenings   K-iterations after success, 0..20
     */
    public record Settings(int maxInflations, double minRadius, double maxRadius, int tightenings) {
        public Settings {
            if (maxInflations < 1 || maxInflations > 100) {
                throw new InvalidInputException("maxInflations = " + maxInflations + " must be in 1..100");
            }
            if (!(minRadius > 0) || !(maxRadius >= minRadius) || !Double.isFinite(maxRadius)) {
                throw new InvalidInputException("radii must satisfy 0 < minRadius <= maxRadius < infinity, got "
                        + minRadius + ", " + maxRadius);
            }
            if (tightenings < 0 || tightenings > 20) {
                throw new InvalidInputException("tightenings = " + tightenings + " must be in 0..20");
            }
        }

        /** @return a copy with another largest radius */
        public Settings withMaxRadius(double r) {
            return new Settings(maxInflations, minRadius, r, tightenings);
        }
    }

    /** Default: 30 inflations, radii from 1e-15 to 1e-3, 3 tightenings. */
    public static final Settings DEFAULT_SETTINGS = new Settings(30, 1e-15, 1e-3, 3);

    /** Outcome of the test. */
    public enum Status {
        /** \( K(X) \subset \mathrm{int}\,X \): a unique zero in X. */
        PROVED,
        /** The double Jacobian at the center is singular: no preconditioner. */
        SINGULAR_PRECONDITIONER,
        /** No radius up to the largest allowed gave \( K(X) \subset \mathrm{int}\,X \). */
        NOT_CONTRACTING
    }

    /**
     * @param status      the outcome
     * @param center      \( \tilde x \)
     * @param radius      r of the uniqueness box \( X = \tilde x + [-r, r]^m \) (last tried if not proved)
     * @param enclosure   the box containing the zero (K(X) after tightening), empty unless proved
     * @param contraction an upper bound of \( \|I - C\mathbf{J}\|_\infty \) at the last attempt
     * @param attempts    radii tried
     * @param settings    the settings used
     */
    public record Result(Status status, double[] center, double radius, List<Interval> enclosure, double contraction,
                         int attempts, Settings settings) {
        public Result {
            center = center.clone();
            enclosure = List.copyOf(enclosure);
        }

        @Override
        public double[] center() {
            return center.clone();
        }

        /** @return true if proved */
        public boolean proved() {
            return status == Status.PROVED;
        }

        /** @return an upper bound of the largest distance from the center to the enclosure of the zero */
        public double enclosureRadius() {
            double r = 0;
            for (int i = 0; i < enclosure.size(); i++) {
                Interval e = enclosure.get(i);
                r = Math.max(r, Math.max(Math.abs(e.lo() - center[i]), Math.abs(e.hi() - center[i])));
            }
            return Math.nextUp(r);
        }
    }

    private Krawczyk() {
    }

    /** @return the preconditioner \( C \approx F'(\tilde x)^{-1} \), or empty if singular */
    static java.util.Optional<double[][]> preconditioner(double[][] jac) {
        RealMatrix m = new Array2DRowRealMatrix(jac, false);
        LUDecomposition lu = new LUDecomposition(m, 1e-300);
        if (!lu.getSolver().isNonSingular()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(lu.getSolver().getInverse().getData());
    }

    /**
     * @param map      F (read)
     * @param center   \( \tilde x \), exactly representable (read)
     * @param settings settings
     * @return the result; {@link Status#PROVED} is a theorem under the error model of {@link Interval}
     */
    public static Result prove(EnclosedMap map, double[] center, Settings settings) {
        int m = map.dimension();
        java.util.Optional<double[][]> pc = preconditioner(map.approximateJacobian(center));
        if (pc.isEmpty()) {
            return new Result(Status.SINGULAR_PRECONDITIONER, center, 0, List.of(), Double.POSITIVE_INFINITY, 0,
                    settings);
        }
        double[][] c = pc.get();
        Interval[] f0 = map.valueAt(center);
        Interval[] cf = IntervalMatrix.of(f0, m, 1).leftMultiply(c).times(new Interval[]{Interval.ONE});
        double r = settings.minRadius();
        for (Interval x : cf) {
            r = Math.max(r, 10 * x.mag());
        }
        double contraction = Double.POSITIVE_INFINITY;
        int attempts = 0;
        while (attempts < settings.maxInflations() && r <= settings.maxRadius()) {
            attempts++;
            Interval[] box = box(center, r);
            Step step = operator(map, center, c, cf, box);
            Interval[] k = step.k();
            contraction = step.contraction();
            boolean inside = true;
            double dev = 0;
            for (int i = 0; i < m; i++) {
                inside &= box[i].interiorContains(k[i]);
                dev = Math.max(dev, Math.max(Math.abs(k[i].lo() - center[i]), Math.abs(k[i].hi() - center[i])));
            }
            if (inside) {
                Interval[] enc = k;
                for (int t = 0; t < settings.tightenings(); t++) {
                    Interval[] next = operator(map, center, c, cf, enc).k();
                    for (int i = 0; i < m; i++) {
                        next[i] = next[i].intersect(enc[i]);
                    }
                    enc = next;
                }
                return new Result(Status.PROVED, center, r, List.of(enc), contraction, attempts, settings);
            }
            r = Math.max(2 * r, 1.5 * dev);
            if (!Double.isFinite(dev)) {
                break;
            }
        }
        return new Result(Status.NOT_CONTRACTING, center, Math.min(r, settings.maxRadius()), List.of(), contraction,
                attempts, settings);
    }

    /** One Krawczyk step: K(X) and the bound of \( \|I - C\mathbf{J}\|_\infty \). */
    private record Step(Interval[] k, double contraction) {
    }

    /** K(X) for the box X around the center. */
    private static Step operator(EnclosedMap map, double[] center, double[][] c, Interval[] cf, Interval[] box) {
        int m = center.length;
        IntervalMatrix residualMatrix = map.jacobianOver(box).leftMultiply(c).identityMinus();
        Interval[] dx = new Interval[m];
        for (int i = 0; i < m; i++) {
            dx[i] = box[i].subtract(Interval.point(center[i]));
        }
        Interval[] t = residualMatrix.times(dx);
        Interval[] k = new Interval[m];
        for (int i = 0; i < m; i++) {
            k[i] = Interval.point(center[i]).subtract(cf[i]).add(t[i]);
        }
        return new Step(k, residualMatrix.normInf());
    }

    /** @return \( \tilde x + [-r, r]^m \), rounded outward */
    static Interval[] box(double[] center, double r) {
        Interval[] b = new Interval[center.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = Interval.around(center[i], r);
        }
        return b;
    }
}
