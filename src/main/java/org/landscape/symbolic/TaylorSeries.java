package org.landscape.symbolic;

import org.matheclipse.core.interfaces.IExpr;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Taylor series that do not trust Symja's {@code Series} (which dropped terms involving {@code Pi}
 * in this field's expressions, STACK-NOTES): coefficients are \( f^{(n)}(x_0)/n! \) obtained by
 * differentiation and {@code Limit}, and the truncated series is checked against a 40-digit
 * evaluation of {@code f} at a point near \( x_0 \).
 */
public final class TaylorSeries {
    private TaylorSeries() {
    }

    /** A checked series: coefficients and the observed relative error at the check point. */
    public record Result(IExpr polynomial, IExpr[] coefficients, double checkPoint, double relativeError) {
    }

    /**
     * @param f     expression
     * @param var   variable name
     * @param x0    expansion point (Symja input, e.g. "0" or "Pi")
     * @param order highest power kept
     * @param other values for the other symbols at the numeric check (names and values)
     */
    public static Result expand(IExpr f, String var, String x0, int order, String[] otherNames, double[] otherValues) {
        IExpr coeffs = Symja.eval("Table[Simplify[Limit[D[" + Symja.input(f) + ",{" + var + ",n}], " + var + "->"
                + x0 + "]/n!], {n,0," + order + "}]");
        IExpr[] cs = new IExpr[order + 1];
        StringBuilder poly = new StringBuilder("0");
        for (int n = 0; n <= order; n++) {
            cs[n] = coeffs.getAt(n + 1);
            poly.append("+(").append(Symja.input(cs[n])).append(")*(").append(var).append("-(").append(x0)
                    .append("))^").append(n);
        }
        IExpr p = Symja.eval("Expand[" + poly + "]");
        double h = 1e-3;
        double x = Symja.numeric(Symja.eval(x0), new String[0], new double[0], 30).doubleValue() + h;
        String[] names = new String[otherNames.length + 1];
        double[] values = new double[otherValues.length + 1];
        System.arraycopy(otherNames, 0, names, 0, otherNames.length);
        System.arraycopy(otherValues, 0, values, 0, otherValues.length);
        names[otherNames.length] = var;
        values[otherValues.length] = x;
        BigDecimal exact = Symja.numeric(f, names, values, 40);
        BigDecimal approx = Symja.numeric(p, names, values, 40);
        double err = exact.signum() == 0 ? exact.subtract(approx).abs().doubleValue()
                : exact.subtract(approx).abs().divide(exact.abs(), MathContext.DECIMAL64).doubleValue();
        return new Result(p, cs, x, err);
    }
}
