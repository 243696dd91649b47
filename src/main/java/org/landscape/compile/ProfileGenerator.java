package org.landscape.compile;

import org.landscape.symbolic.KernelDerivation;
import org.landscape.symbolic.Profile;
import org.landscape.symbolic.Symja;
import org.landscape.symbolic.print.JavaPrinter;
import org.matheclipse.core.interfaces.IExpr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates the Java source of {@link KernelProfiles} from the symbolic derivation.
 *
 * <p>Each profile is printed in closed form (with CSE). Where the closed form loses relative
 * accuracy near an end point (e.g. \( (\sin\varphi - \varphi\cos\varphi)/(2\pi) \) as
 * \( \varphi \to 0 \)), the generator switches to the exact Taylor series of the same expression:
 * it compiles the closed form, measures its relative error against a 40-digit Symja evaluation on
 * the grid \( x_k = (\pi/2)\,2^{-k/2} \), and puts the switch point above the last grid point whose
 * error exceeds {@link #PROFILE_TOLERANCE}; the series is truncated where its first omitted term is
 * below \( 10^{-18} \) relative at the switch point. Taylor coefficients are obtained as
 * \( f^{(n)}(0)/n! \) by differentiation (not Symja's {@code Series}, which lost terms here:
 * STACK-NOTES) and are checked numerically on the same grid.
 */
public final class ProfileGenerator {
    /** Relative accuracy each generated profile must reach on its whole half-interval. */
    public static final double PROFILE_TOLERANCE = 2e-15;
    /** Package and class of the generated evaluator. */
    public static final String PACKAGE = "org.landscape.compile.generated";
    public static final String CLASS = "LeakyKernelProfiles";
    private static final int MAX_ORDER = 40;
    private static final int GRID = 120;

    /** One profile's switch decision. */
    public record Switch(String part, String end, String profile, double switchPoint, int order,
                         double closedFormError, double seriesError) {
    }

    private final List<Switch> switches = new ArrayList<>();

    /** @return the switch decisions of the last {@link #generate()} call */
    public List<Switch> switches() {
        return List.copyOf(switches);
    }

    /** @return full Java source of {@code PACKAGE.CLASS}, measuring switch points (about 25 s) */
    public String generate() {
        return generate(true);
    }

    /**
     * @param measure true: measure the switch points against 40-digit values; false: reuse the switch
     *                points recorded in the committed generated class (fast; same output when not stale)
     * @return full Java source of {@code PACKAGE.CLASS}
     */
    public String generate(boolean measure) {
        switches.clear();
        KernelDerivation d = KernelDerivation.get();
        Profile[] parts = {d.linear(), d.relu()};
        double[][] switchAt = new double[2][8];
        IExpr[][][] series = new IExpr[2][8][];
        if (measure) {
            // pass 1: closed forms only, compiled to measure their error
            // (a scratch class name: the committed class of the same name would shadow it in the class loader)
            String scratch = "ClosedFormProfilesScratch";
            String closedSource = source(parts, null, null, "org.landscape.compile.scratch", scratch, true);
            KernelProfiles closed = JaninoCompiler.instantiate("org.landscape.compile.scratch." + scratch, closedSource,
                    KernelProfiles.class);
            for (int end = 0; end < 2; end++) {
                String var = end == 0 ? "theta" : "phi";
                for (int p = 0; p < 2; p++) {
                    IExpr[] exprs = end == 0 ? parts[p].nearZero() : parts[p].nearPi();
                    for (int j = 0; j < 4; j++) {
                        decide(closed, parts[p].name(), end, var, 4 * p + j, exprs[j], switchAt, series);
                    }
                }
            }
        } else {
            double[][] recorded = {org.landscape.compile.generated.LeakyKernelProfiles.SWITCH_NEAR_ZERO,
                    org.landscape.compile.generated.LeakyKernelProfiles.SWITCH_NEAR_PI};
            for (int end = 0; end < 2; end++) {
                String var = end == 0 ? "theta" : "phi";
                for (int p = 0; p < 2; p++) {
                    IExpr[] exprs = end == 0 ? parts[p].nearZero() : parts[p].nearPi();
                    for (int j = 0; j < 4; j++) {
                        int index = 4 * p + j;
                        if (recorded[end][index] > 0) {
                            switchAt[end][index] = recorded[end][index];
                            series[end][index] = seriesFor(exprs[j], var, recorded[end][index]);
                        }
                    }
                }
            }
        }
        return source(parts, switchAt, series, PACKAGE, CLASS, true);
    }

    /**
     * Source of the profile evaluator as a class with the given name; {@code implement} adds
     * {@code implements KernelProfiles} (false for standalone exports).
     */
    public String source(String pkg, String className, boolean implement) {
        String full = generate(false);
        if (implement && pkg.equals(PACKAGE) && className.equals(CLASS)) {
            return full;
        }
        KernelDerivation d = KernelDerivation.get();
        Profile[] parts = {d.linear(), d.relu()};
        double[][] switchAt = {org.landscape.compile.generated.LeakyKernelProfiles.SWITCH_NEAR_ZERO.clone(),
                org.landscape.compile.generated.LeakyKernelProfiles.SWITCH_NEAR_PI.clone()};
        IExpr[][][] series = new IExpr[2][8][];
        for (int end = 0; end < 2; end++) {
            String var = end == 0 ? "theta" : "phi";
            for (int p = 0; p < 2; p++) {
                IExpr[] exprs = end == 0 ? parts[p].nearZero() : parts[p].nearPi();
                for (int j = 0; j < 4; j++) {
                    if (switchAt[end][4 * p + j] > 0) {
                        series[end][4 * p + j] = seriesFor(exprs[j], var, switchAt[end][4 * p + j]);
                    }
                }
            }
        }
        return source(parts, switchAt, series, pkg, className, implement);
    }

    private void decide(KernelProfiles closed, String part, int end, String var, int index, IExpr e,
                        double[][] switchAt, IExpr[][][] series) {
        if (!Symja.eval("FreeQ[" + Symja.input(e) + ", " + var + "]").isFalse()) {
            return; // constant profile: exact in closed form
        }
        double[] out = new double[8];
        double worstBad = 0;
        double lastBadX = 0;
        double[] xs = new double[GRID];
        BigDecimal[] ref = new BigDecimal[GRID];
        for (int k = 0; k < GRID; k++) {
            double x = Math.PI / 2 * Math.pow(2, -k / 2.0);
            xs[k] = x;
            ref[k] = Symja.numeric(e, new String[]{var}, new double[]{x}, 40);
            if (end == 0) {
                closed.nearZero(x, out);
            } else {
                closed.nearPi(x, out);
            }
            double err = relErr(out[index], ref[k]);
            if (err > PROFILE_TOLERANCE && lastBadX == 0) {
                lastBadX = x;
            }
            if (err > PROFILE_TOLERANCE) {
                worstBad = Math.max(worstBad, err);
            }
        }
        String profile = Profile.NAMES[index % 4];
        String endName = end == 0 ? "theta->0" : "theta->pi";
        if (lastBadX == 0) {
            switches.add(new Switch(part, endName, profile, 0, 0, 0, 0));
            return;
        }
        double x0 = lastBadX * Math.sqrt(2);
        IExpr[] cs = seriesFor(e, var, x0);
        int order = cs.length;
        series[end][index] = cs;
        switchAt[end][index] = x0;
        // verify the truncated series on the grid below the switch point
        double seriesErr = 0;
        for (int k = 0; k < GRID; k++) {
            if (xs[k] < x0) {
                seriesErr = Math.max(seriesErr, relErr(horner(cs, xs[k]), ref[k]));
            }
        }
        if (seriesErr > PROFILE_TOLERANCE) {
            throw new IllegalStateException("series of " + part + "." + profile + " at " + endName
                    + " has relative error " + seriesErr + " below the switch point " + x0);
        }
        switches.add(new Switch(part, endName, profile, x0, order, worstBad, seriesErr));
    }

    /**
     * Exact Taylor coefficients \( f^{(n)}(0)/n! \) of {@code e} in {@code var}, truncated at the first
     * non-zero term below \( 10^{-18} |f(x_0)| \) at {@code x0} (n > 4).
     */
    static IExpr[] seriesFor(IExpr e, String var, double x0) {
        IExpr coeffs = Symja.eval("Table[Simplify[(D[" + Symja.input(e) + ",{" + var + ",n}] /. " + var
                + "->0)/n!], {n,0," + MAX_ORDER + "}]");
        int order = MAX_ORDER;
        BigDecimal fx0 = Symja.numeric(e, new String[]{var}, new double[]{x0}, 40).abs();
        for (int n = 1; n <= MAX_ORDER; n++) {
            BigDecimal c = Symja.numeric(coeffs.getAt(n + 1), new String[]{"zz"}, new double[]{0}, 30).abs();
            if (c.signum() == 0) {
                continue;
            }
            BigDecimal term = c.multiply(BigDecimal.valueOf(x0).pow(n));
            if (n > 4 && term.compareTo(fx0.multiply(new BigDecimal("1e-18"))) < 0) {
                order = n;
                break;
            }
        }
        IExpr[] cs = new IExpr[order];
        for (int n = 0; n < order; n++) {
            cs[n] = coeffs.getAt(n + 1);
        }
        return cs;
    }

    private static double horner(IExpr[] cs, double x) {
        double r = 0;
        for (int n = cs.length - 1; n >= 0; n--) {
            r = r * x + Symja.numeric(cs[n], new String[]{"zz"}, new double[]{0}, 30).doubleValue();
        }
        return r;
    }

    private static double relErr(double value, BigDecimal ref) {
        BigDecimal diff = new BigDecimal(value).subtract(ref).abs();
        if (ref.signum() == 0) {
            return diff.doubleValue();
        }
        return diff.divide(ref.abs(), MathContext.DECIMAL64).doubleValue();
    }

    private String source(Profile[] parts, double[][] switchAt, IExpr[][][] series, String pkg, String className,
                          boolean implement) {
        StringBuilder sb = new StringBuilder();
        sb.append("// GENERATED by ").append(ProfileGenerator.class.getName())
                .append(" from the symbolic kernel derivation. DO NOT EDIT: run LeakyKernelProfilesDriftTest to regenerate.\n");
        if (!pkg.isEmpty()) {
            sb.append("package ").append(pkg).append(";\n\n");
        }
        sb.append("/**\n * Compiled kernel profiles (linear part, ReLU part), generated from {@code KernelDerivation}.\n");
        sb.append(" * Layout of {@code out}: {@code [g_lin, hp_lin, s_lin, t_lin, g_relu, hp_relu, s_relu, t_relu]}.\n");
        sb.append(" * Near the end points the exact Taylor series of the same expressions replace closed forms\n");
        sb.append(" * that lose relative accuracy (switch points measured at generation time).\n */\n");
        sb.append("@javax.annotation.processing.Generated(value = \"").append(ProfileGenerator.class.getName())
                .append("\", comments = \"formula ids PROFILE_LINEAR, PROFILE_RELU\")\n");
        sb.append("public final class ").append(className)
                .append(implement ? " implements org.landscape.compile.KernelProfiles" : "").append(" {\n\n");
        for (int end = 0; end < 2; end++) {
            sb.append("    /** Below these angles the exact Taylor series replaces the closed form (0: never). */\n");
            sb.append("    public static final double[] ").append(end == 0 ? "SWITCH_NEAR_ZERO" : "SWITCH_NEAR_PI")
                    .append(" = {");
            for (int i = 0; i < 8; i++) {
                sb.append(i > 0 ? ", " : "").append(switchAt == null ? 0.0 : switchAt[end][i]);
            }
            sb.append("};\n\n");
        }
        String[] targets = new String[8];
        for (int i = 0; i < 8; i++) {
            targets[i] = "out[" + i + "]";
        }
        for (int end = 0; end < 2; end++) {
            String var = end == 0 ? "theta" : "phi";
            IExpr[] exprs = new IExpr[8];
            for (int p = 0; p < 2; p++) {
                IExpr[] e = end == 0 ? parts[p].nearZero() : parts[p].nearPi();
                System.arraycopy(e, 0, exprs, 4 * p, 4);
            }
            sb.append(implement ? "    @Override\n" : "").append("    public void ").append(end == 0 ? "nearZero" : "nearPi")
                    .append("(double ").append(var).append(", double[] out) {\n");
            JavaPrinter printer = new JavaPrinter(Map.of(var, var), "PROFILES_" + (end == 0 ? "ZERO" : "PI"));
            sb.append(printer.assignments(targets, exprs, "        "));
            if (series != null) {
                for (int i = 0; i < 8; i++) {
                    if (series[end][i] != null) {
                        sb.append("        if (").append(var).append(" < ").append(switchAt[end][i]).append(") {\n");
                        sb.append("            out[").append(i).append("] = ").append(hornerSource(series[end][i], var))
                                .append(";\n        }\n");
                    }
                }
            }
            sb.append("    }\n\n");
        }
        sb.append(implement ? "    @Override\n" : "").append("    public String provenance() {\n"
                + "        return \"generated Java (ahead of time) from the Symja derivation\";\n    }\n");
        sb.append("}\n");
        return sb.toString();
    }

    /** Horner form of {@code sum_n cs[n] x^n}, in powers of x^2 when only odd or only even terms occur. */
    private static String hornerSource(IExpr[] cs, String var) {
        double[] c = new double[cs.length];
        boolean odd = true;
        boolean even = true;
        for (int n = 0; n < cs.length; n++) {
            c[n] = Symja.numeric(cs[n], new String[]{"zz"}, new double[]{0}, 30).doubleValue();
            if (c[n] != 0) {
                odd &= n % 2 == 1;
                even &= n % 2 == 0;
            }
        }
        int top = c.length - 1;
        while (top > 0 && c[top] == 0) {
            top--;
        }
        int step = odd || even ? 2 : 1;
        int start = odd ? 1 : 0;
        String x = step == 2 ? "(" + var + " * " + var + ")" : var;
        StringBuilder sb = new StringBuilder();
        sb.append(c[top]);
        for (int n = top - step; n >= start; n -= step) {
            sb.insert(0, "(");
            sb.append(" * ").append(x).append(" + ").append(c[n]).append(")");
        }
        String poly = sb.toString().replace("+ -", "- ");
        return odd ? var + " * " + poly : poly;
    }

    /** Regenerates the committed source file: {@code java ... ProfileGenerator src/main/java}. */
    public static void main(String[] args) throws java.io.IOException {
        String root = args.length > 0 ? args[0] : "src/main/java";
        java.nio.file.Path file = java.nio.file.Path.of(root, PACKAGE.replace('.', '/'), CLASS + ".java");
        java.nio.file.Files.writeString(file, new ProfileGenerator().generate());
        System.out.println("wrote " + file);
    }
}
