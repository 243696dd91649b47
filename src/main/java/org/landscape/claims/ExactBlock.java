package org.landscape.claims;

import org.landscape.analysis.GlobalMinimumSpectrum;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * One Specht block of the Hessian at the global minimum in exact form, re-expressed in the user's
 * parameter {@code a} through the slope map \( \alpha = m(a) \) (identity by default), with
 * \( \pi \) as the symbol {@code p}:
 * the characteristic polynomial \( \chi(\lambda) = \mathrm{num}\,\det(A - \lambda G) \) (coefficients
 * in \( \mathbb{Q}[a, k, p] \) up to a positive denominator) and the factored determinant
 * \( \chi(0) = c \prod_i f_i^{m_i} \).
 *
 * @param component    Specht label, e.g. "[k-2,1,1]"
 * @param dimension    dimension of the irreducible, as a formula in k
 * @param charCoeffs   coefficients of \( \chi \) in \( \lambda \) (index = power)
 * @param factors      irreducible factors of \( \chi(0) \) with their multiplicities
 * @param denominator  denominator of \( \det(A - \lambda G) \) (positive for p = pi, k >= 4), as an expression
 */
public record ExactBlock(String component, String dimension, List<IExpr> charCoeffs, List<Factor> factors,
                         IExpr denominator) {

    /** A factor \( f^{m} \) of the determinant. */
    public record Factor(IExpr f, int multiplicity, int degreeInA, int degreeInK) {
    }

    /**
     * @param alphaMap Symja expression of the slope alpha in the parameter {@code a} (e.g. "a", "1 - a", "1/a")
     * @return the four blocks of the global minimum in the parameter a
     */
    public static List<ExactBlock> globalMinimum(String alphaMap) {
        List<ExactBlock> out = new ArrayList<>();
        for (GlobalMinimumSpectrum.Block b : GlobalMinimumSpectrum.get().blocks()) {
            String sub = " /. {alpha -> (" + alphaMap + ")}";
            String chiRational = "Together[((Det[" + Symja.input(b.a()) + " - lambda*" + Symja.input(b.gram()) + "])"
                    + sub + ") /. Pi -> p]";
            IExpr together = Symja.eval(chiRational);
            IExpr num = Symja.eval("Expand[Numerator[" + Symja.input(together) + "]]");
            IExpr den = Symja.eval("Denominator[" + Symja.input(together) + "]");
            IExpr coeffs = Symja.eval("CoefficientList[" + Symja.input(num) + ", lambda]");
            List<IExpr> cs = new ArrayList<>();
            for (int i = 1; i <= coeffs.argSize(); i++) {
                cs.add(coeffs.getAt(i));
            }
            IExpr det0 = Symja.eval("Factor[" + Symja.input(cs.get(0)) + "]");
            out.add(new ExactBlock(b.component(), b.dimension(), List.copyOf(cs), factors(det0), den));
        }
        return out;
    }

    /** Splits a factored product into its non-constant factors and multiplicities. */
    static List<Factor> factors(IExpr product) {
        List<IExpr> terms = new ArrayList<>();
        if (product.isTimes()) {
            for (int i = 1; i <= product.argSize(); i++) {
                terms.add(product.getAt(i));
            }
        } else {
            terms.add(product);
        }
        List<Factor> out = new ArrayList<>();
        for (IExpr t : terms) {
            IExpr base = t;
            int m = 1;
            if (t.isPower() && t.exponent().isInteger()) {
                base = t.base();
                m = t.exponent().toIntDefault();
            }
            if (base.isNumber()) {
                continue;
            }
            int da = Symja.eval("Exponent[" + Symja.input(base) + ", a]").toIntDefault();
            int dk = Symja.eval("Exponent[" + Symja.input(base) + ", k]").toIntDefault();
            out.add(new Factor(base, m, Math.max(da, 0), Math.max(dk, 0)));
        }
        return out;
    }
}
