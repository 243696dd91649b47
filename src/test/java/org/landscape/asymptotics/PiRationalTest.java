package org.landscape.asymptotics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The normal form of {@link PiRational} against identities that hold in \( \mathbb{Q}(\pi)[x, y] \) and against
 * Symja's numerical value of the unnormalised input.
 */
class PiRationalTest {
    @BeforeAll
    static void symjaFirst() {
        Symja.evaluator();
    }

    private static IExpr normal(String e) {
        return PiRational.normal(Symja.eval("Hold[" + e + "]").first()).orElseThrow();
    }

    @Test
    void identitiesReduceToZero() {
        assertTrue(normal("1/(2 - Pi) + Pi/(2 - Pi) - (1 + Pi)/(2 - Pi)").isZero());
        assertTrue(normal("(x + y)^2 - x^2 - 2*x*y - y^2").isZero());
        assertTrue(normal("x/Pi - x*Pi/Pi^2").isZero());
        assertTrue(normal("(Pi^2 - 4)/(Pi - 2) - Pi - 2").isZero());
        // 1/(Pi (Pi - 2)) = (1/2) (1/(Pi - 2) - 1/Pi): partial fractions
        assertTrue(normal("1/(Pi*(Pi - 2)) - (1/(Pi - 2) - 1/Pi)/2").isZero());
    }

    @Test
    void equalInputsHaveEqualNormalForms() {
        assertEquals(normal("(Pi^2 - 4)/(2*Pi - 4)*x"), normal("x*Pi/2 + x"));
        assertEquals(normal("(1/2 - 2/Pi^2)"), normal("(Pi^2 - 4)/(2*Pi^2)"));
        assertEquals(normal("3/(6 - 3*Pi)"), normal("-1/(Pi - 2)"));
    }

    @Test
    void normalFormHasTheValueOfTheInput() {
        Random r = new Random(19);
        String[] atoms = {"Pi", "x", "y", "(2 - Pi)", "1/(3 + Pi)", "7/5", "1/Pi^2", "(x - Pi*y)"};
        for (int trial = 0; trial < 40; trial++) {
            StringBuilder b = new StringBuilder();
            for (int t = 0; t < 4; t++) {
                b.append(t == 0 ? "" : (r.nextBoolean() ? " + " : " - ")).append('(').append(atoms[r.nextInt(atoms.length)])
                        .append(")*(").append(atoms[r.nextInt(atoms.length)]).append(")^").append(r.nextInt(3));
            }
            String e = b.toString();
            IExpr n = normal(e);
            String at = " /. {x -> 3/7, y -> -11/13}";
            double expected = Symja.eval("N[(" + e + ")" + at + "]").evalf();
            double got = Symja.evaluator().eval(F.N(F.ReplaceAll(n, Symja.eval("{x -> 3/7, y -> -11/13}")))).evalf();
            assertEquals(expected, got, 1e-12 * Math.max(1, Math.abs(expected)), e + " -> " + n);
        }
    }

    @Test
    void expressionsOutsideTheRingAreLeftToSymja() {
        assertTrue(PiRational.normal(Symja.eval("Hold[Sqrt[2] + Pi]").first()).isEmpty());
        assertTrue(PiRational.normal(Symja.eval("Hold[1/x + 1]").first()).isEmpty());
        assertTrue(PiRational.normal(Symja.eval("Hold[E + x]").first()).isEmpty());
    }

    @Test
    void substitutionAgreesWithReplaceAll() {
        IExpr e = Symja.eval("x^2 - y*x/Pi + z*(2 - Pi)");
        java.util.Map<IExpr, IExpr> rules = new java.util.LinkedHashMap<>();
        rules.put(Symja.eval("x"), Symja.eval("(Pi + 1)/(Pi - 2)"));
        rules.put(Symja.eval("y"), Symja.eval("3*z - 1/Pi"));
        IExpr got = PiRational.substitute(e, rules).orElseThrow();
        IExpr expected = Symja.eval("x^2 - y*x/Pi + z*(2 - Pi) /. {x -> (Pi + 1)/(Pi - 2), y -> 3*z - 1/Pi}");
        for (String z : new String[] {"0", "5/7", "-3"}) {
            IExpr at = Symja.eval("z -> " + z);
            assertEquals(Symja.evaluator().eval(F.N(F.ReplaceAll(expected, at))).evalf(),
                    Symja.evaluator().eval(F.N(F.ReplaceAll(got, at))).evalf(), 1e-12, "z = " + z + ": " + got);
        }
        assertTrue(PiRational.substitute(e, java.util.Map.of(Symja.eval("x"), Symja.eval("Sqrt[2]"))).isEmpty());
    }

    /** A 3 x 3 system with the solution x = 1/(Pi - 2), y = Pi, z = -3/4 built in, plus a redundant equation. */
    @Test
    void linearSystemsAreSolvedExactly() {
        String sx = "(1/(Pi - 2))";
        String sy = "(Pi)";
        String sz = "(-3/4)";
        String[] lhs = {"Pi*x + y - z/Pi", "x - (Pi - 2)*y + 2*z", "(x + y)/(Pi + 1) - z", "2*Pi*x + 2*y - 2*z/Pi"};
        java.util.List<IExpr> eqs = new java.util.ArrayList<>();
        for (String l : lhs) {
            String rhs = l.replace("x", sx).replace("y", sy).replace("z", sz);
            eqs.add(Symja.eval("(" + l + ") - (" + rhs + ")"));
        }
        java.util.List<IExpr> vars = java.util.List.of(Symja.eval("x"), Symja.eval("y"), Symja.eval("z"));
        java.util.Map<IExpr, IExpr> sol = PiRational.solveLinear(eqs, vars).orElseThrow();
        assertTrue(Symja.eval("Simplify[(" + Symja.input(sol.get(vars.get(0))) + ") - " + sx + "]").isZero(), sol.toString());
        assertTrue(Symja.eval("Simplify[(" + Symja.input(sol.get(vars.get(1))) + ") - " + sy + "]").isZero(), sol.toString());
        assertTrue(Symja.eval("Simplify[(" + Symja.input(sol.get(vars.get(2))) + ") - " + sz + "]").isZero(), sol.toString());
        // not unique, inconsistent, not affine
        assertTrue(PiRational.solveLinear(eqs.subList(0, 2), vars).isEmpty());
        assertTrue(PiRational.solveLinear(java.util.List.of(Symja.eval("x - 1"), Symja.eval("x - 2")),
                vars.subList(0, 1)).isEmpty());
        assertTrue(PiRational.solveLinear(java.util.List.of(Symja.eval("x^2 - 1")), vars.subList(0, 1)).isEmpty());
    }
}
