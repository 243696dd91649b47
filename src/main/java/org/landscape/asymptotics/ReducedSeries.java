package org.landscape.asymptotics;

import org.landscape.reduced.PairOrbit;
import org.landscape.reduced.YoungShape;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The orbit-reduced gradient equations and loss of a Young family (see {@code reduced.OrbitReducedLoss}) as series in
 * \( \varepsilon = k^{-1/2} \): the same sums over orbits of pairs of rows, with the orbit sizes and the embedding
 * weights \( n_g - s \) written in \( \varepsilon \) (the growing block has \( n = \varepsilon^{-2} - c \)), the dot
 * products exact, and the kernel profiles expanded at the limiting angle of each pair ({@link ProfileTaylor}):
 * \[ DL[E_o] = \sum_i c_0\, w_i \cdot e_{o,i} + \sum_{\text{pairs}} \pm |o_{xy}|\,\big(|y|\, s(\theta)\, \tfrac{w_x\cdot e_o}{|w_x|}
 *    + h'(\theta)\, y\cdot e_o\big), \qquad \nabla_w K(w, y) = |y|\,[\,s\,\hat w + h'\,\hat y\,]. \]
 * The angle is expanded without cancellation: near 0 and \( \pi \) through \( \theta = 2\arcsin(|\hat w \mp \hat y|/2) \)
 * (the exact zero of \( 2 \mp 2u \) is recognised symbolically), near \( \pi/2 \) through \( \arcsin u \).
 */
final class ReducedSeries {
    /** Taylor order of the profiles and angle functions (enough for expansions to about eps^12). */
    static final int TAYLOR = 12;
    private final YoungShape shape;
    private final Series[] size;
    private final Series[] student;
    private final double[] teacher;
    private final String alpha;
    private final int precision;

    /**
     * @param shape     the orbit combinatorics (at any large width: only which orbits exist is used)
     * @param size      each factor's size as a series in epsilon
     * @param student   each student orbit's value as a series
     * @param teacher   each teacher orbit's value (exact small integers: the teacher is \( I_k \))
     * @param alpha     the slope, exact Symja input
     * @param precision the absolute precision wanted for constants
     */
    ReducedSeries(YoungShape shape, Series[] size, Series[] student, double[] teacher, String alpha, int precision) {
        this.shape = shape;
        this.size = size;
        this.student = student;
        this.teacher = teacher;
        this.alpha = alpha;
        this.precision = precision;
    }

    private Series value(int part, int orbit) {
        if (shape.kind(part) == YoungShape.PartKind.TEACHER) {
            return Series.constant(F.ZZ(Math.round(teacher[orbit])), precision);
        }
        return student[orbit];
    }

    private Series weight2(int[] coordinate) {
        if (coordinate[1] >= 0) {
            return Series.constant(F.C1, precision);
        }
        int g = shape.factor(shape.columnParts()[coordinate[0]]);
        return size[g].minus(Series.constant(F.ZZ(coordinate[2]), precision));
    }

    /** @return \( x \cdot y \) for rows (p, px) and (q, qy) of the pair's embedding */
    private Series dot(PairOrbit pair, int p, int px, int q, int qy) {
        Series s = Series.constant(F.C0, precision);
        for (int[] c : pair.coordinates(shape)) {
            Series vx = value(p, PairOrbit.entryOrbit(shape, p, px, c));
            Series vy = value(q, PairOrbit.entryOrbit(shape, q, qy, c));
            s = s.plus(weight2(c).times(vx).times(vy));
        }
        return s;
    }

    /** @return \( e_o \cdot y \): the indicator of student orbit o in row (p, px) against row (q, qy) */
    private Series indicatorDot(PairOrbit pair, int o, int p, int px, int q, int qy) {
        Series s = Series.constant(F.C0, precision);
        for (int[] c : pair.coordinates(shape)) {
            if (PairOrbit.entryOrbit(shape, p, px, c) == o) {
                s = s.plus(weight2(c).times(value(q, PairOrbit.entryOrbit(shape, q, qy, c))));
            }
        }
        return s;
    }

    private Series orbitSize(PairOrbit pair) {
        Series nf = size[shape.factor(pair.p())];
        return switch (pair.kind()) {
            case CROSS -> nf.times(size[shape.factor(pair.q())]);
            case SAME -> nf;
            case DIFFERENT -> nf.times(nf.minus(Series.constant(F.C1, precision)));
        };
    }

    /** The angle of a pair as a small series around its limit, with the profiles' expansion point. */
    record Angle(ProfileTaylor.Point point, Series delta) {
    }

    private Angle angle(Series xy, Series xx, Series yy) {
        return angle(xy.divide(xx.times(yy).sqrt()));
    }

    /**
     * @param u the cosine of the pair's angle, \( \hat x \cdot \hat y \), as a series
     * @return the angle as a small series around its limit 0, pi/2 or pi
     */
    static Angle angle(Series u) {
        IExpr u0 = u.valuation() > 0 ? F.C0 : u.coefficient(0);
        if (u.valuation() < 0) {
            throw new ExpansionException("a cosine grows without bound: the limits of the pattern values are wrong");
        }
        if (u0.isZero()) {
            // theta = pi/2 - arcsin(u)
            return new Angle(ProfileTaylor.Point.RIGHT, u.compose(ProfileTaylor.elementary("ArcSin[x]", TAYLOR)).times(F.CN1));
        }
        if (u0.isOne() || u0.isMinusOne()) {
            int s = u0.isOne() ? -1 : 1;
            Series r2 = Series.constant(F.C2, u.precision()).plus(u.times(F.ZZ(2L * s)));
            return chord(u0.isOne() ? ProfileTaylor.Point.ZERO : ProfileTaylor.Point.PI, r2);
        }
        throw new ExpansionException("a pair of neurons tends to the angle ArcCos[" + u0 + "]: only limits at 0, "
                + "pi/2 and pi are expanded");
    }

    /**
     * @param point ZERO or PI
     * @param d2    the squared chord \( |\hat x \mp \hat y|^2 = 2 \mp 2u \) (minus at ZERO, plus at PI), a small series
     * @return the angle \( \theta \) (at ZERO) or \( \varphi = \pi - \theta \) (at PI) as
     *         \( 2 \arcsin(\sqrt{d^2}/2) \), without the cancellation of \( \arccos u \)
     */
    static Angle chord(ProfileTaylor.Point point, Series d2) {
        Series half = d2.sqrt().times(F.C1D2);
        return new Angle(point, half.compose(ProfileTaylor.elementary("ArcSin[x]", TAYLOR)).times(F.C2));
    }

    /** @return the profile f at the angle (a series) */
    private Series profile(String f, Angle a) {
        return profile(f, a, alpha);
    }

    /** @return the profile f ("g", "hp", "s" or "t") of the kernel at slope alpha, at the angle a (a series) */
    static Series profile(String f, Angle a, String alpha) {
        IExpr[] taylor = ProfileTaylor.of(f, a.point(), alpha, TAYLOR);
        // theta - pi/2 = delta at RIGHT; theta = delta at ZERO; phi = delta at PI (the profile's own variable)
        return a.delta().compose(taylor);
    }

    /** @return \( DL[E_o] \) for every student orbit o */
    Series[] gradient() {
        int m = shape.studentOrbits();
        Series[] g = new Series[m];
        for (int o = 0; o < m; o++) {
            g[o] = Series.constant(F.C0, precision);
        }
        IExpr c0 = ProfileTaylor.of("g", ProfileTaylor.Point.ZERO, alpha, 2)[0];
        for (int p : shape.rowParts()) {
            if (shape.kind(p) != YoungShape.PartKind.STUDENT) {
                continue;
            }
            PairOrbit self = new PairOrbit(p, 0, p, 0, PairOrbit.Kind.SAME);
            Series rows = size[shape.factor(p)];
            for (int o : orbitsOf(p)) {
                g[o] = g[o].plus(rows.times(indicatorDot(self, o, p, 0, p, 0)).times(c0));
            }
            for (int q : shape.rowParts()) {
                IExpr sign = shape.kind(q) == YoungShape.PartKind.STUDENT ? F.C1 : F.CN1;
                for (PairOrbit pair : PairOrbit.between(shape, p, q)) {
                    Series xx = dot(pair, p, pair.px(), p, pair.px());
                    Series yy = dot(pair, q, pair.qy(), q, pair.qy());
                    Series xy = dot(pair, p, pair.px(), q, pair.qy());
                    Angle a = angle(xy, xx, yy);
                    Series s = profile("s", a);
                    Series hp = profile("hp", a);
                    Series ratio = yy.sqrt().divide(xx.sqrt());
                    Series count = orbitSize(pair).times(sign);
                    for (int o : orbitsOf(p)) {
                        Series term = ratio.times(s).times(indicatorDot(pair, o, p, pair.px(), p, pair.px()))
                                .plus(hp.times(indicatorDot(pair, o, p, pair.px(), q, pair.qy())));
                        g[o] = g[o].plus(count.times(term));
                    }
                }
            }
        }
        return g;
    }

    /** @return the loss \( \tfrac12 \sum K(w_i, w_l) - \sum K(w_i, v_j) + \tfrac12 \sum K(v_j, v_{j'}) \) */
    Series loss() {
        IExpr c0 = ProfileTaylor.of("g", ProfileTaylor.Point.ZERO, alpha, 2)[0];
        Series l = Series.constant(F.C0, precision);
        for (int p : shape.rowParts()) {
            boolean teacherRow = shape.kind(p) == YoungShape.PartKind.TEACHER;
            PairOrbit self = new PairOrbit(p, 0, p, 0, PairOrbit.Kind.SAME);
            l = l.plus(size[shape.factor(p)].times(dot(self, p, 0, p, 0)).times(F.Times(F.C1D2, c0)));
            for (int q : shape.rowParts()) {
                boolean teacherCol = shape.kind(q) == YoungShape.PartKind.TEACHER;
                if (teacherRow && !teacherCol) {
                    continue;
                }
                IExpr weight = teacherRow || !teacherCol ? F.C1D2 : F.CN1;
                for (PairOrbit pair : PairOrbit.between(shape, p, q)) {
                    Series xx = dot(pair, p, pair.px(), p, pair.px());
                    Series yy = dot(pair, q, pair.qy(), q, pair.qy());
                    Series xy = dot(pair, p, pair.px(), q, pair.qy());
                    Series k = xx.sqrt().times(yy.sqrt()).times(profile("g", angle(xy, xx, yy)));
                    l = l.plus(orbitSize(pair).times(k).times(weight));
                }
            }
        }
        return l;
    }

    private int[] orbitsOf(int part) {
        return java.util.stream.IntStream.range(0, shape.studentOrbits())
                .filter(o -> shape.studentOrbit(o)[0] == part).toArray();
    }
}
