package org.landscape.analysis;

import org.landscape.base.Evidence;
import org.landscape.symbolic.KernelFormulas;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Hessian at the global minimum \( W = V = I_k \) in closed form, per Specht component, as exact
 * expressions in \( \alpha \) and \( k \) (MATH.md sections 3-4).
 *
 * <p>Pipeline: {@link GlobalMinimumStructure} gives, for each k, the projected blocks
 * \( A_{\text{sym}}(k) \) and Gram matrices \( G(k) \) as exact integers; every entry is interpolated as a
 * polynomial in k of degree at most {@value #DEGREE} from k = 4..8 and the interpolant is checked
 * exactly at k = 9..{@value #CHECK_UP_TO} (a failure throws). The probe symbols are then replaced by the
 * derived profile values (Symja: \( h'(0) \), \( s(0) \), \( t(0) \) as exact limits, the others at
 * \( \theta = \pi/2 \)), giving \( A(\alpha, k) = c_0 G + \sum \text{sym}\,A_{\text{sym}} \),
 * \( c_0 = (1+\alpha^2)/2 \). The block eigenvalues are the roots \( \lambda \) of
 * \( \det(A - \lambda G) \), factored by Symja; linear and quadratic factors are solved in closed form
 * (quadratic formula written out, not {@code Solve}, which drops roots: STACK-NOTES).
 */
public final class GlobalMinimumSpectrum {
    /** Degree of the interpolating polynomials in k. */
    public static final int DEGREE = 4;
    /** Largest k at which the interpolants are checked exactly. */
    public static final int CHECK_UP_TO = 12;

    /** One Specht component's closed form. */
    public record Block(String component, String dimension, IExpr a, IExpr gram, IExpr characteristic,
                        List<IExpr> eigenvalues) {
        /** @return the order of the blocks A and G (the number of this component's eigenvalues) */
        public int size() {
            return a.argSize();
        }
    }

    private static volatile GlobalMinimumSpectrum instance;

    private final List<Block> blocks = new ArrayList<>();
    private final Evidence fitEvidence;

    private GlobalMinimumSpectrum() {
        Map<Integer, List<GlobalMinimumStructure.ComponentBlock>> byK = new LinkedHashMap<>();
        for (int k = 4; k <= CHECK_UP_TO; k++) {
            byK.put(k, GlobalMinimumStructure.blocks(k));
        }
        KernelFormulas f = KernelFormulas.get();
        String[] symbolValues = {
                Symja.input(f.limitsAtZero().get("hp")), Symja.input(f.limitsAtZero().get("s")),
                Symja.input(f.limitsAtZero().get("t")),
                "(" + Symja.input(f.profile("hp")) + ") /. theta -> Pi/2",
                "(" + Symja.input(f.profile("s")) + ") /. theta -> Pi/2",
                "(" + Symja.input(f.profile("t")) + ") /. theta -> Pi/2"};
        String[] dims = {"1", "k-1", "k(k-3)/2", "(k-1)(k-2)/2"};
        for (int comp = 0; comp < 4; comp++) {
            int r = byK.get(4).get(comp).gram().length;
            StringBuilder a = new StringBuilder("{");
            StringBuilder g = new StringBuilder("{");
            for (int i = 0; i < r; i++) {
                a.append(i > 0 ? "," : "").append('{');
                g.append(i > 0 ? "," : "").append('{');
                for (int j = 0; j < r; j++) {
                    String gij = fit(byK, comp, -1, i, j);
                    StringBuilder entry = new StringBuilder("(1+alpha^2)/2*(" + gij + ")");
                    for (int s = 0; s < GlobalMinimumStructure.SYMBOLS.length; s++) {
                        entry.append("+(").append(symbolValues[s]).append(")*(").append(fit(byK, comp, s, i, j))
                                .append(')');
                    }
                    a.append(j > 0 ? "," : "").append("Simplify[").append(entry).append(']');
                    g.append(j > 0 ? "," : "").append(gij);
                }
                a.append('}');
                g.append('}');
            }
            a.append('}');
            g.append('}');
            IExpr am = Symja.eval(a.toString());
            IExpr gm = Symja.eval(g.toString());
            IExpr chi = Symja.eval("Factor[Simplify[Det[" + Symja.input(am) + " - lambda*" + Symja.input(gm) + "]]]");
            blocks.add(new Block(GlobalMinimumStructure.COMPONENTS[comp], dims[comp], am, gm, chi, roots(chi)));
        }
        fitEvidence = new Evidence("exact integer projections for k = 4.." + CHECK_UP_TO
                + ", interpolated in k (degree <= " + DEGREE + ") from k = 4..8 and checked exactly at k = 9.."
                + CHECK_UP_TO, 0, "structure from the numeric Hessian template with probe profiles");
    }

    /** @return the closed forms (computed once per JVM; about 10-30 s of Symja work) */
    public static GlobalMinimumSpectrum get() {
        GlobalMinimumSpectrum s = instance;
        if (s == null) {
            synchronized (GlobalMinimumSpectrum.class) {
                s = instance;
                if (s == null) {
                    s = new GlobalMinimumSpectrum();
                    instance = s;
                }
            }
        }
        return s;
    }

    /** @return the four Specht blocks */
    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** @return how the k-dependence was established */
    public Evidence fitEvidence() {
        return fitEvidence;
    }

    /**
     * Numeric eigenvalues of each block at given alpha and k, from the closed forms: the generalised
     * problem \( A x = \lambda G x \) is solved through the Cholesky factor of G (Hipparchus).
     *
     * @return for each component (in {@link GlobalMinimumStructure#COMPONENTS} order), its eigenvalues, ascending
     */
    public double[][] eigenvalues(double alpha, int k) {
        double[][] out = new double[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) {
            double[][] a = numeric(blocks.get(b).a(), alpha, k);
            double[][] g = numeric(blocks.get(b).gram(), alpha, k);
            out[b] = generalized(a, g);
        }
        return out;
    }

    /** Compiled evaluator of the block matrices (generated Java, compiled once by Janino). */
    public interface CompiledBlocks {
        /** Writes A and G of every component, flattened row-major, for the given alpha and k. */
        void evaluate(double alpha, double k, double[][] a, double[][] g);
    }

    private volatile CompiledBlocks compiled;

    /**
     * @return the block matrices compiled to Java (JavaPrinter + Janino): the same expressions as
     *         {@link #blocks()}, evaluated in double precision in microseconds instead of Symja calls
     */
    public CompiledBlocks compiled() {
        CompiledBlocks c = compiled;
        if (c == null) {
            StringBuilder src = new StringBuilder("package org.landscape.analysis.generated;\n"
                    + "public final class GlobalMinimumBlocks implements org.landscape.analysis.GlobalMinimumSpectrum.CompiledBlocks {\n"
                    + "  public void evaluate(double alpha, double k, double[][] a, double[][] g) {\n");
            for (int b = 0; b < blocks.size(); b++) {
                IExpr am = blocks.get(b).a();
                IExpr gm = blocks.get(b).gram();
                int r = am.argSize();
                String[] targets = new String[2 * r * r];
                IExpr[] exprs = new IExpr[2 * r * r];
                for (int i = 0; i < r; i++) {
                    for (int j = 0; j < r; j++) {
                        targets[i * r + j] = "a[" + b + "][" + (i * r + j) + "]";
                        exprs[i * r + j] = am.getAt(i + 1).getAt(j + 1);
                        targets[r * r + i * r + j] = "g[" + b + "][" + (i * r + j) + "]";
                        exprs[r * r + i * r + j] = gm.getAt(i + 1).getAt(j + 1);
                    }
                }
                src.append("    {\n").append(new org.landscape.symbolic.print.JavaPrinter(
                        java.util.Map.of("alpha", "alpha", "k", "k"), "GLOBAL_MINIMUM_BLOCK_" + b)
                        .assignments(targets, exprs, "      ")).append("    }\n");
            }
            src.append("  }\n}\n");
            c = org.landscape.compile.JaninoCompiler.instantiate("org.landscape.analysis.generated.GlobalMinimumBlocks",
                    src.toString(), CompiledBlocks.class);
            compiled = c;
        }
        return c;
    }

    /** Fast numeric eigenvalues per component (compiled blocks), ascending; same contract as {@link #eigenvalues}. */
    public double[][] eigenvaluesCompiled(double alpha, int k) {
        double[][] a = new double[blocks.size()][];
        double[][] g = new double[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) {
            int r = blocks.get(b).a().argSize();
            a[b] = new double[r * r];
            g[b] = new double[r * r];
        }
        compiled().evaluate(alpha, k, a, g);
        double[][] out = new double[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) {
            int r = (int) Math.round(Math.sqrt(a[b].length));
            double[][] am = new double[r][r];
            double[][] gm = new double[r][r];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < r; j++) {
                    am[i][j] = a[b][i * r + j];
                    gm[i][j] = g[b][i * r + j];
                }
            }
            out[b] = generalized(am, gm);
        }
        return out;
    }

    private static double[] generalized(double[][] a, double[][] g) {
        var chol = new org.hipparchus.linear.CholeskyDecomposition(
                org.hipparchus.linear.MatrixUtils.createRealMatrix(g), 1e-14, 1e-14);
        var li = org.hipparchus.linear.MatrixUtils.inverse(chol.getL());
        var m = li.multiply(org.hipparchus.linear.MatrixUtils.createRealMatrix(a)).multiply(li.transpose());
        // the QL route (as before the factory): its values are the committed ones to the last digit
        return org.landscape.solve.SymmetricEigenvalues.decomposition(m.getData()).values();
    }

    /** @return the multiplicity (dimension of the irreducible) of each component at width k */
    public static int[] dimensions(int k) {
        return new int[]{1, k - 1, k * (k - 3) / 2, (k - 1) * (k - 2) / 2};
    }

    private static double[][] numeric(IExpr matrix, double alpha, int k) {
        int r = matrix.argSize();
        double[][] out = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                out[i][j] = Symja.numeric(matrix.getAt(i + 1).getAt(j + 1), new String[]{"alpha", "k"},
                        new double[]{alpha, k}, 30).doubleValue();
            }
        }
        return out;
    }

    /** Interpolates entry (i, j) of symbol s (s = -1: Gram) as a polynomial in k and checks it exactly. */
    private static String fit(Map<Integer, List<GlobalMinimumStructure.ComponentBlock>> byK, int comp, int s,
                              int i, int j) {
        StringBuilder pts = new StringBuilder("{");
        for (int k = 4; k <= 4 + DEGREE; k++) {
            pts.append(k > 4 ? "," : "").append('{').append(k).append(',').append(value(byK, k, comp, s, i, j))
                    .append('}');
        }
        pts.append('}');
        IExpr poly = Symja.eval("Expand[InterpolatingPolynomial[" + pts + ", k]]");
        for (int k = 5 + DEGREE; k <= CHECK_UP_TO; k++) {
            IExpr at = Symja.eval("(" + Symja.input(poly) + ") /. k -> " + k);
            long expected = value(byK, k, comp, s, i, j);
            if (!at.toString().equals(Long.toString(expected))) {
                throw new IllegalStateException("entry (" + i + "," + j + ") of " + GlobalMinimumStructure.COMPONENTS[comp]
                        + " is not a polynomial of degree <= " + DEGREE + " in k: " + poly + " gives " + at
                        + " at k = " + k + ", expected " + expected);
            }
        }
        return Symja.input(poly);
    }

    private static long value(Map<Integer, List<GlobalMinimumStructure.ComponentBlock>> byK, int k, int comp, int s,
                              int i, int j) {
        GlobalMinimumStructure.ComponentBlock b = byK.get(k).get(comp);
        return s < 0 ? b.gram()[i][j] : b.a()[s][i][j];
    }

    /** Closed-form roots in lambda of the linear and quadratic factors of {@code chi}. */
    private static List<IExpr> roots(IExpr chi) {
        List<IExpr> out = new ArrayList<>();
        // factor with pi as a plain symbol (Symja's Factor does not split over Q(Pi)), then put Pi back
        IExpr product = Symja.eval("Factor[Numerator[Together[(" + Symja.input(chi) + ") /. Pi -> piSym]]]");
        List<IExpr> terms = new ArrayList<>();
        if (product.isTimes()) {
            for (int i = 1; i <= product.argSize(); i++) {
                terms.add(product.getAt(i));
            }
        } else {
            terms.add(product);
        }
        for (IExpr t : terms) {
            IExpr factor = t;
            int mult = 1;
            if (t.isPower() && t.exponent().isInteger()) {
                factor = t.base();
                mult = t.exponent().toIntDefault();
            }
            factor = Symja.eval("(" + Symja.input(factor) + ") /. piSym -> Pi");
            int d = Symja.eval("Exponent[" + Symja.input(factor) + ", lambda]").toIntDefault();
            String c = "CoefficientList[" + Symja.input(factor) + ", lambda]";
            if (d == 1) {
                IExpr r = Symja.eval("Simplify[-" + c + "[[1]]/" + c + "[[2]]]");
                for (int m = 0; m < mult; m++) {
                    out.add(r);
                }
            } else if (d == 2) {
                String a = c + "[[3]]";
                String b = c + "[[2]]";
                String cc = c + "[[1]]";
                for (String sign : new String[]{"-", "+"}) {
                    IExpr r = Symja.eval("Simplify[(-(" + b + ") " + sign + " Sqrt[(" + b + ")^2 - 4*(" + a + ")*(" + cc
                            + ")])/(2*(" + a + "))]");
                    for (int m = 0; m < mult; m++) {
                        out.add(r);
                    }
                }
            } else if (d > 2) {
                for (int m = 0; m < mult; m++) {
                    out.add(Symja.eval("Root[" + Symja.input(factor) + ", lambda]"));
                }
            }
        }
        return out;
    }
}
