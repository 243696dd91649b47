package org.landscape.asymptotics;

import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Exact normal form of the coefficients of the asymptotic series: polynomials in the unknown expansion coefficients
 * (Symja symbols) with coefficients in the field \( \mathbb{Q}(\pi) \),
 * \[ c = \sum_m \frac{N_m(\pi)}{D_m(\pi)}\, x^m, \qquad \gcd(N_m, D_m) = 1,\ D_m \in \mathbb{Z}[\pi] \text{ primitive with
 *    positive leading coefficient}, \]
 * computed with univariate polynomial arithmetic over \( \mathbb{Q} \) ({@link PiPolynomial}) instead of Symja's
 * {@code Together}, which took 0.5 s to 30 s per coefficient at order 2 of the type-A expansion. \( \pi \) is
 * transcendental, so two coefficients are equal exactly when their normal forms are: an exact zero is recognised.
 * Expressions outside this ring (square roots, a symbol in a denominator, other constants) are left to Symja: the
 * parse returns empty. Immutable values; the class has static entry points only.
 */
final class PiRational {
    private PiRational() {
    }

    /** Not in the ring (a square root, a symbol in a denominator, another constant). */
    private static final class Outside extends RuntimeException {
        Outside() {
            super(null, null, false, false);
        }
    }

    /** A coefficient N/D in Q(pi), reduced, D primitive in Z[pi] with positive leading coefficient. */
    private record Fraction(PiPolynomial num, PiPolynomial den) {
        static final Fraction ZERO = new Fraction(PiPolynomial.ZERO, PiPolynomial.ONE);
        static final Fraction ONE = new Fraction(PiPolynomial.ONE, PiPolynomial.ONE);

        static Fraction of(PiPolynomial num, PiPolynomial den) {
            if (den.isZero()) {
                throw new ArithmeticException("division by zero in Q(pi)");
            }
            if (num.isZero()) {
                return ZERO;
            }
            if (den.degree() > 0) {
                PiPolynomial g = PiPolynomial.gcd(num, den);
                if (g.degree() > 0) {
                    num = num.divide(g)[0];
                    den = den.divide(g)[0];
                }
            }
            // scale so that den is primitive in Z[pi] with positive leading coefficient
            BigFraction s = den.content().reciprocal();
            if (den.lead().signum() < 0) {
                s = s.negate();
            }
            return new Fraction(num.times(s), den.times(s));
        }

        boolean isZero() {
            return num.isZero();
        }

        Fraction plus(Fraction o) {
            if (den.equals(o.den)) {
                return of(num.plus(o.num), den);
            }
            PiPolynomial g = PiPolynomial.gcd(den, o.den);
            PiPolynomial a = g.degree() > 0 ? o.den.divide(g)[0] : o.den;
            PiPolynomial b = g.degree() > 0 ? den.divide(g)[0] : den;
            return of(num.times(a).plus(o.num.times(b)), den.times(a));
        }

        Fraction times(Fraction o) {
            return of(num.times(o.num), den.times(o.den));
        }

        Fraction inverse() {
            return of(den, num);
        }

        Fraction negate() {
            return new Fraction(num.times(BigFraction.MINUS_ONE), den);
        }
    }

    /** A polynomial in the unknowns with coefficients in Q(pi): monomial (symbol name -> exponent) -> coefficient. */
    private record Element(Map<Map<String, Integer>, Fraction> terms) {
        static Element constant(Fraction f) {
            Map<Map<String, Integer>, Fraction> t = new TreeMap<>(PiRational::compare);
            if (!f.isZero()) {
                t.put(new TreeMap<>(), f);
            }
            return new Element(t);
        }

        static Element variable(String name) {
            Map<Map<String, Integer>, Fraction> t = new TreeMap<>(PiRational::compare);
            TreeMap<String, Integer> m = new TreeMap<>();
            m.put(name, 1);
            t.put(m, Fraction.ONE);
            return new Element(t);
        }

        Element plus(Element o) {
            Map<Map<String, Integer>, Fraction> t = new TreeMap<>(PiRational::compare);
            t.putAll(terms);
            for (Map.Entry<Map<String, Integer>, Fraction> e : o.terms.entrySet()) {
                Fraction s = t.containsKey(e.getKey()) ? t.get(e.getKey()).plus(e.getValue()) : e.getValue();
                if (s.isZero()) {
                    t.remove(e.getKey());
                } else {
                    t.put(e.getKey(), s);
                }
            }
            return new Element(t);
        }

        Element times(Element o) {
            Element r = constant(Fraction.ZERO);
            for (Map.Entry<Map<String, Integer>, Fraction> a : terms.entrySet()) {
                Map<Map<String, Integer>, Fraction> t = new TreeMap<>(PiRational::compare);
                for (Map.Entry<Map<String, Integer>, Fraction> b : o.terms.entrySet()) {
                    TreeMap<String, Integer> m = new TreeMap<>(a.getKey());
                    b.getKey().forEach((s, n) -> m.merge(s, n, Integer::sum));
                    Fraction f = a.getValue().times(b.getValue());
                    t.merge(m, f, Fraction::plus);
                }
                r = r.plus(new Element(t));
            }
            return r;
        }

        Element inverse() {
            if (terms.size() != 1 || !terms.keySet().iterator().next().isEmpty()) {
                throw new Outside();
            }
            return constant(terms.values().iterator().next().inverse());
        }

        Element power(long n) {
            if (n < 0) {
                return inverse().power(-n);
            }
            Element r = constant(Fraction.ONE);
            Element b = this;
            while (n > 0) {
                if ((n & 1) == 1) {
                    r = r.times(b);
                }
                n >>= 1;
                if (n > 0) {
                    b = b.times(b);
                }
            }
            return r;
        }
    }

    private static int compare(Map<String, Integer> a, Map<String, Integer> b) {
        return a.toString().compareTo(b.toString());
    }

    /**
     * @param e a Symja expression
     * @return e in the normal form of the class comment, as a Symja expression; empty when e is not a polynomial in
     *         symbols over Q(pi)
     */
    static Optional<IExpr> normal(IExpr e) {
        Map<String, ISymbol> symbols = new TreeMap<>();
        Element x;
        try {
            x = parse(e, symbols);
        } catch (Outside | ArithmeticException notInRing) {
            return Optional.empty();
        }
        return Optional.of(toExpr(x, symbols));
    }

    /**
     * @param e     a Symja expression
     * @param rules symbol -> value (each a polynomial in other symbols over Q(pi))
     * @return e with the rules applied once, in normal form; empty when e or a value lies outside the ring
     */
    static Optional<IExpr> substitute(IExpr e, Map<IExpr, IExpr> rules) {
        Map<String, ISymbol> symbols = new TreeMap<>();
        Map<String, Element> values = new java.util.HashMap<>();
        Element x;
        try {
            for (Map.Entry<IExpr, IExpr> r : rules.entrySet()) {
                values.put(r.getKey().toString(), parse(r.getValue(), symbols, Map.of()));
            }
            x = parse(e, symbols, values);
        } catch (Outside | ArithmeticException notInRing) {
            return Optional.empty();
        }
        return Optional.of(toExpr(x, symbols));
    }

    /**
     * Solves a linear system exactly over Q(pi) by Gauss-Jordan elimination.
     *
     * @param equations expressions e_i, each meaning e_i = 0, affine in the unknowns
     * @param unknowns  the unknowns (Symja symbols); the equations may contain no other symbols
     * @return the unique solution, in normal form; empty when an equation is not affine in the unknowns over Q(pi),
     *         the system is inconsistent, or the solution is not unique
     */
    static Optional<Map<IExpr, IExpr>> solveLinear(List<IExpr> equations, List<IExpr> unknowns) {
        int n = unknowns.size();
        Map<String, Integer> column = new java.util.HashMap<>();
        for (int j = 0; j < n; j++) {
            column.put(unknowns.get(j).toString(), j);
        }
        List<Fraction[]> rows = new ArrayList<>();
        try {
            for (IExpr e : equations) {
                Element x = parse(e, new TreeMap<>());
                Fraction[] row = new Fraction[n + 1];
                Arrays.fill(row, Fraction.ZERO);
                for (Map.Entry<Map<String, Integer>, Fraction> t : x.terms().entrySet()) {
                    Map<String, Integer> m = t.getKey();
                    if (m.isEmpty()) {
                        row[n] = t.getValue().negate();
                    } else if (m.size() == 1 && m.values().iterator().next() == 1
                            && column.containsKey(m.keySet().iterator().next())) {
                        row[column.get(m.keySet().iterator().next())] = t.getValue();
                    } else {
                        return Optional.empty();
                    }
                }
                rows.add(row);
            }
        } catch (Outside | ArithmeticException notInRing) {
            return Optional.empty();
        }
        int r = 0;
        int[] pivotRow = new int[n];
        for (int c = 0; c < n; c++) {
            int p = -1;
            for (int i = r; i < rows.size(); i++) {
                if (!rows.get(i)[c].isZero()) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                return Optional.empty(); // a free unknown: not unique
            }
            java.util.Collections.swap(rows, r, p);
            Fraction inv = rows.get(r)[c].inverse();
            Fraction[] pr = rows.get(r);
            for (int j = 0; j <= n; j++) {
                pr[j] = pr[j].times(inv);
            }
            for (int i = 0; i < rows.size(); i++) {
                Fraction f = rows.get(i)[c];
                if (i == r || f.isZero()) {
                    continue;
                }
                Fraction[] ri = rows.get(i);
                Fraction minus = f.negate();
                for (int j = 0; j <= n; j++) {
                    if (!pr[j].isZero()) {
                        ri[j] = ri[j].plus(pr[j].times(minus));
                    }
                }
            }
            pivotRow[c] = r++;
        }
        for (int i = r; i < rows.size(); i++) {
            if (!rows.get(i)[n].isZero()) {
                return Optional.empty(); // inconsistent
            }
        }
        Map<IExpr, IExpr> out = new java.util.LinkedHashMap<>();
        for (int c = 0; c < n; c++) {
            out.put(unknowns.get(c), toExpr(Element.constant(rows.get(pivotRow[c])[n]), Map.of()));
        }
        return Optional.of(out);
    }

    private static Element parse(IExpr e, Map<String, ISymbol> symbols) {
        return parse(e, symbols, Map.of());
    }

    private static Element parse(IExpr e, Map<String, ISymbol> symbols, Map<String, Element> values) {
        if (e.isRational()) {
            IRational q = (IRational) e;
            return Element.constant(Fraction.of(PiPolynomial.constant(new BigFraction(q.toBigNumerator(), q.toBigDenominator())),
                    PiPolynomial.ONE));
        }
        if (e == S.Pi) {
            return Element.constant(Fraction.of(PiPolynomial.PI, PiPolynomial.ONE));
        }
        if (e.isSymbol()) {
            if (e.isBuiltInSymbol()) {
                throw new Outside();
            }
            Element value = values.get(e.toString());
            if (value != null) {
                return value;
            }
            symbols.put(e.toString(), (ISymbol) e);
            return Element.variable(e.toString());
        }
        if (e.isPlus()) {
            Element s = Element.constant(Fraction.ZERO);
            for (int i = 1; i < e.size(); i++) {
                s = s.plus(parse(e.getAt(i), symbols, values));
            }
            return s;
        }
        if (e.isTimes()) {
            Element p = Element.constant(Fraction.ONE);
            for (int i = 1; i < e.size(); i++) {
                p = p.times(parse(e.getAt(i), symbols, values));
            }
            return p;
        }
        if (e.isPower() && e.exponent().isInteger()) {
            long n = e.exponent().toLongDefault(Long.MIN_VALUE);
            if (n == Long.MIN_VALUE || Math.abs(n) > 1000) {
                throw new Outside();
            }
            return parse(e.base(), symbols, values).power(n);
        }
        throw new Outside();
    }

    private static IExpr toExpr(Element x, Map<String, ISymbol> symbols) {
        List<IExpr> terms = new ArrayList<>();
        for (Map.Entry<Map<String, Integer>, Fraction> t : x.terms().entrySet()) {
            List<IExpr> factors = new ArrayList<>();
            Fraction f = t.getValue();
            factors.add(toExpr(f));
            t.getKey().forEach((s, n) -> factors.add(n == 1 ? symbols.get(s) : F.Power(symbols.get(s), F.ZZ(n))));
            terms.add(factors.size() == 1 ? factors.get(0) : F.Times(factors.toArray(new IExpr[0])));
        }
        if (terms.isEmpty()) {
            return F.C0;
        }
        IExpr sum = terms.size() == 1 ? terms.get(0) : F.Plus(terms.toArray(new IExpr[0]));
        return org.landscape.symbolic.Symja.evaluator().eval(sum);
    }

    /**
     * @return N/D written as a Laurent polynomial in pi when \( D = \pi^m \) (e.g. {@code 1/2 - 2/Pi^2}), else as
     *         \( c\, N' / (\pi^m D') \) with N' primitive in Z[pi] and \( D'(0) \ne 0 \)
     */
    private static IExpr toExpr(Fraction f) {
        BigFraction[] d = f.den().c();
        int m = 0;
        while (d[m].getNumerator().signum() == 0) {
            m++;
        }
        PiPolynomial rest = new PiPolynomial(Arrays.copyOfRange(d, m, d.length));
        if (rest.degree() == 0) {
            BigFraction[] n = f.num().c();
            List<IExpr> terms = new ArrayList<>();
            for (int i = 0; i < n.length; i++) {
                if (n[i].getNumerator().signum() != 0) {
                    BigFraction c = n[i].divide(rest.lead());
                    terms.add(F.Times(F.fraction(c.getNumerator(), c.getDenominator()), F.Power(F.Pi, F.ZZ(i - m))));
                }
            }
            return terms.size() == 1 ? terms.get(0) : F.Plus(terms.toArray(new IExpr[0]));
        }
        // signs for display: numerator and denominator polynomials print in ascending powers, so each is written with
        // a positive constant (lowest) term, e.g. (12 - Pi)/(2 - Pi); a sum with a leading minus inside a product is
        // easy to misread (and a LaTeX printer may pull the minus out of the product)
        BigFraction scale = f.num().content();
        BigFraction numSign = lowest(f.num()).signum() < 0 ? BigFraction.MINUS_ONE : BigFraction.ONE;
        BigFraction content = scale.multiply(numSign);
        if (rest.c()[0].signum() < 0) {
            rest = rest.times(BigFraction.MINUS_ONE);
            content = content.negate();
        }
        return F.Times(F.fraction(content.getNumerator(), content.getDenominator()),
                toExpr(f.num().times(scale.reciprocal()).times(numSign)), F.Power(F.Pi, F.ZZ(-m)),
                F.Power(toExpr(rest), F.CN1));
    }

    private static BigFraction lowest(PiPolynomial p) {
        for (BigFraction x : p.c()) {
            if (x.getNumerator().signum() != 0) {
                return x;
            }
        }
        return BigFraction.ZERO;
    }

    private static IExpr toExpr(PiPolynomial p) {
        List<IExpr> terms = new ArrayList<>();
        for (int i = 0; i < p.c().length; i++) {
            BigFraction c = p.c()[i];
            if (c.getNumerator().signum() == 0) {
                continue;
            }
            IExpr coef = F.fraction(c.getNumerator(), c.getDenominator());
            terms.add(i == 0 ? coef : F.Times(coef, i == 1 ? F.Pi : F.Power(F.Pi, F.ZZ(i))));
        }
        if (terms.isEmpty()) {
            return F.C0;
        }
        return terms.size() == 1 ? terms.get(0) : F.Plus(terms.toArray(new IExpr[0]));
    }
}
