package org.landscape.claims;

import org.hipparchus.fraction.BigFraction;
import org.landscape.solve.EventKind;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.interfaces.IExpr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rigorous critical numbers of the global minimum \( W = V = I_k \): the parameter values in
 * \( [lo, hi] \) where a Specht block is singular, from the exact block determinants of
 * {@link ExactBlock}.
 *
 * <p>Method (no sampling): each irreducible factor of \( \det \) is solved exactly when it is linear
 * or quadratic in the parameter (quadratic formula; the discriminant's sign and the roots are
 * enclosed by exact rational interval arithmetic with \( \pi \in [\pi]_{60} \)); the negative count
 * of each block on each open interval between consecutive roots is the number of sign changes of
 * \( \chi(-\lambda) \) (Descartes' rule, exact for the real-rooted characteristic polynomial of a
 * symmetric pencil), evaluated at a rational point of the interval. A root is a <em>crossing</em>
 * when the counts on its two sides differ, a <em>touch</em> otherwise. Anything that cannot be decided
 * this way (a factor of degree three or more, an interval sign that contains 0) is reported in
 * {@link Result#undecided()}.
 */
public final class GlobalMinimumCriticalNumbers {
    private static final MathContext MC = new MathContext(80);

    /** Result for one width k (or the symbolic statement for all k). */
    public record Result(int k, List<CriticalNumber> numbers, List<String> undecided, Map<String, int[]> indices) {
    }

    private GlobalMinimumCriticalNumbers() {
    }

    /**
     * @param blocks the exact blocks (in the user's parameter a)
     * @param k      width (>= 4)
     * @param lo     lower end of the parameter interval
     * @param hi     upper end
     */
    public static Result at(List<ExactBlock> blocks, int k, double lo, double hi) {
        List<String> undecided = new ArrayList<>();
        Map<String, RationalInterval> kb = Map.of("k", RationalInterval.of(k));
        Map<ExactBlock, List<RootInfo>> rootsOf = new java.util.LinkedHashMap<>();
        for (ExactBlock b : blocks) {
            List<RootInfo> roots = new ArrayList<>();
            for (ExactBlock.Factor f : b.factors()) {
                if (f.degreeInA() == 0) {
                    RationalInterval v = IntervalEvaluator.eval(f.f(), kb);
                    if (v.sign() == 0) {
                        undecided.add(b.component() + ": factor " + Symja.display(f.f()) + " may vanish at k = " + k);
                    }
                    continue;
                }
                roots.addAll(roots(f, kb, b.component(), undecided));
            }
            roots.sort((x, y) -> x.enclosure.lo().compareTo(y.enclosure.lo()));
            rootsOf.put(b, roots);
        }
        // a wider interval, so that roots at the ends are classified from both sides; its ends avoid every root, so
        // that each outer sub-interval has a sample point that is not a root
        List<RationalInterval> all = new ArrayList<>();
        rootsOf.values().forEach(l -> l.forEach(r -> all.add(r.enclosure)));
        BigFraction wideLo = clearOf(fraction(lo - 1), all, -1);
        BigFraction wideHi = clearOf(fraction(hi + 1), all, +1);
        BigFraction cLo = fraction(lo);
        BigFraction cHi = fraction(hi);
        List<CriticalNumber> numbers = new ArrayList<>();
        Map<String, int[]> indexByComponent = new HashMap<>();
        for (Map.Entry<ExactBlock, List<RootInfo>> e : rootsOf.entrySet()) {
            ExactBlock b = e.getKey();
            List<RootInfo> roots = new ArrayList<>(e.getValue());
            roots.removeIf(r -> r.enclosure.hi().compareTo(wideLo) < 0 || r.enclosure.lo().compareTo(wideHi) > 0);
            int[] counts = new int[roots.size() + 1];
            for (int s = 0; s <= roots.size(); s++) {
                BigFraction left = s == 0 ? wideLo : roots.get(s - 1).enclosure.hi();
                BigFraction right = s == roots.size() ? wideHi : roots.get(s).enclosure.lo();
                // the count on this sub-interval matters only if it meets the claim's interval or borders a root in it
                boolean needed = left.compareTo(cHi) <= 0 && right.compareTo(cLo) >= 0
                        || s > 0 && meets(roots.get(s - 1).enclosure, cLo, cHi)
                        || s < roots.size() && meets(roots.get(s).enclosure, cLo, cHi);
                List<String> gap = new ArrayList<>();
                counts[s] = negativeCount(b, left.add(right).divide(2), k, gap);
                if (needed) {
                    undecided.addAll(gap);
                }
            }
            indexByComponent.put(b.component(), counts);
            for (int s = 0; s < roots.size(); s++) {
                RootInfo r = roots.get(s);
                if (!meets(r.enclosure, cLo, cHi)) {
                    continue;
                }
                EventKind kind = counts[s] == counts[s + 1] ? EventKind.TOUCH : EventKind.BRANCH_POINT;
                numbers.add(new CriticalNumber(b.component(), r.exact, r.enclosure, r.multiplicity, kind, counts[s],
                        counts[s + 1], k));
            }
        }
        numbers.sort((x, y) -> Double.compare(x.value(), y.value()));
        return new Result(k, numbers, undecided, indexByComponent);
    }

    private static boolean meets(RationalInterval x, BigFraction lo, BigFraction hi) {
        return x.hi().compareTo(lo) >= 0 && x.lo().compareTo(hi) <= 0;
    }

    /** @return {@code x}, moved outwards (direction -1 or +1) in steps of 1/8 until it lies in no enclosure */
    private static BigFraction clearOf(BigFraction x, List<RationalInterval> enclosures, int direction) {
        BigFraction step = new BigFraction(direction, 8);
        BigFraction y = x;
        for (int guard = 0; guard < 1000; guard++) {
            BigFraction at = y;
            if (enclosures.stream().noneMatch(r -> r.lo().compareTo(at) <= 0 && r.hi().compareTo(at) >= 0)) {
                return y;
            }
            y = y.add(step);
        }
        return y;
    }

    private record RootInfo(String exact, RationalInterval enclosure, int multiplicity) {
    }

    private static List<RootInfo> roots(ExactBlock.Factor f, Map<String, RationalInterval> kb, String comp,
                                        List<String> undecided) {
        IExpr coeffs = Symja.eval("CoefficientList[" + Symja.input(f.f()) + ", a]");
        int deg = coeffs.argSize() - 1;
        List<RootInfo> out = new ArrayList<>();
        if (deg == 1) {
            IExpr root = Symja.eval("Simplify[-(" + Symja.input(coeffs.getAt(1)) + ")/(" + Symja.input(coeffs.getAt(2))
                    + ")]");
            RationalInterval enc = IntervalEvaluator.eval(Symja.eval("(" + Symja.input(root) + ") /. Pi -> p"), kb);
            boolean exact = Symja.eval("FreeQ[" + Symja.input(root) + ", p]").isTrue() && !dependsOnK(root, kb);
            String ex = exact ? Symja.display(Symja.eval("(" + Symja.input(root) + ") /. k -> "
                    + kb.get("k").lo())) : "";
            out.add(new RootInfo(ex, enc, f.multiplicity()));
        } else if (deg == 2) {
            RationalInterval c0 = IntervalEvaluator.eval(coeffs.getAt(1), kb);
            RationalInterval c1 = IntervalEvaluator.eval(coeffs.getAt(2), kb);
            RationalInterval c2 = IntervalEvaluator.eval(coeffs.getAt(3), kb);
            RationalInterval disc = c1.multiply(c1).subtract(c0.multiply(c2).multiply(RationalInterval.of(4)));
            if (disc.sign() < 0) {
                return out;
            }
            if (disc.sign() == 0 || c2.sign() == 0) {
                undecided.add(comp + ": quadratic factor " + Symja.display(f.f()) + " has a discriminant or leading "
                        + "coefficient not separated from 0 at this precision");
                return out;
            }
            RationalInterval sq = sqrt(disc);
            RationalInterval twoA = c2.multiply(RationalInterval.of(2));
            out.add(new RootInfo("", c1.negate().subtract(sq).multiply(twoA.reciprocal()), f.multiplicity()));
            out.add(new RootInfo("", c1.negate().add(sq).multiply(twoA.reciprocal()), f.multiplicity()));
        } else {
            undecided.add(comp + ": factor " + Symja.display(f.f()) + " has degree " + deg
                    + " in the parameter; only degrees 1 and 2 are solved exactly");
        }
        return out;
    }

    private static boolean dependsOnK(IExpr e, Map<String, RationalInterval> kb) {
        return !Symja.eval("FreeQ[" + Symja.input(e) + ", k]").isTrue();
    }

    /** Number of negative eigenvalues of the block pencil at parameter a (Descartes on chi(-lambda)). */
    static int negativeCount(ExactBlock b, BigFraction a, int k, List<String> undecided) {
        Map<String, RationalInterval> bind = Map.of("k", RationalInterval.of(k), "a", RationalInterval.of(a));
        int prev = 0;
        int changes = 0;
        boolean seen = false;
        for (int i = 0; i < b.charCoeffs().size(); i++) {
            RationalInterval c = IntervalEvaluator.eval(b.charCoeffs().get(i), bind);
            if (i % 2 == 1) {
                c = c.negate(); // chi(-lambda)
            }
            if (c.isZero()) {
                continue;
            }
            int s = c.sign();
            if (s == 0) {
                undecided.add(b.component() + ": a characteristic coefficient is not separated from 0 at a = "
                        + a.bigDecimalValue(12, RoundingMode.HALF_EVEN));
                return -1;
            }
            if (seen && s != prev) {
                changes++;
            }
            prev = s;
            seen = true;
        }
        return changes;
    }

    /** Rigorous enclosure of sqrt of a positive interval (80-digit BigDecimal, widened by one unit). */
    static RationalInterval sqrt(RationalInterval x) {
        BigDecimal lo = x.lo().bigDecimalValue(90, RoundingMode.FLOOR).sqrt(MC);
        BigDecimal hi = x.hi().bigDecimalValue(90, RoundingMode.CEILING).sqrt(MC);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(70);
        return new RationalInterval(fraction(lo.subtract(eps)), fraction(hi.add(eps)));
    }

    static BigFraction fraction(double x) {
        return RationalInterval.of(x).lo();
    }

    static BigFraction fraction(BigDecimal b) {
        return b.scale() > 0 ? new BigFraction(b.unscaledValue(), BigInteger.TEN.pow(b.scale()))
                : new BigFraction(b.toBigIntegerExact());
    }
}
