package org.landscape.compile;

import org.landscape.symbolic.KernelDerivation;
import org.landscape.symbolic.KernelFrameFormulas;
import org.landscape.symbolic.KernelFrameFormulas.FrameFormula;
import org.landscape.symbolic.KernelFrameFormulas.Term;
import org.landscape.symbolic.Profile;
import org.landscape.symbolic.Symja;
import org.landscape.symbolic.print.IntervalPrinter;
import org.matheclipse.core.interfaces.IExpr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the interval evaluators of package {@code org.landscape.interval.generated} from the symbolic layer,
 * from the same expressions as the compiled double evaluators:
 * <ul>
 *   <li>{@code IntervalKernelProfiles}: the profiles \( g, h', s, t \) of the linear and ReLU parts near
 *       \( \theta = 0 \) (in \( \theta \)) and near \( \pi \) (in \( \varphi = \pi - \theta \)), closed forms from
 *       {@link KernelDerivation}; where {@link ProfileGenerator} switches to the exact Taylor series (the switch
 *       points recorded in {@code LeakyKernelProfiles}) the same series is used, of the same order N, plus the
 *       Lagrange remainder \( f^{(N)}(\xi) x^N / N! \) with \( f^{(N)} \) derived by Symja and enclosed over
 *       \( \xi \in [0, x] \): a rigorous enclosure, also for jets (the remainder factor is a constant).</li>
 *   <li>{@code IntervalKernelFrame}: the frame coefficients of {@link KernelFrameFormulas} (value, gradient,
 *       both Hessian blocks, the self term, the part weights) and the frame terms they multiply.</li>
 * </ul>
 * Both are generic in {@code T extends Enclosure<T>} (printed by {@link IntervalPrinter}) and carry
 * {@code @Generated} with the generator, the formula ids and a hash of the printed expressions. The drift test
 * {@code IntervalEvaluatorsDriftTest} regenerates them and fails on any difference.
 */
public final class IntervalEvaluatorGenerator {
    /** Package of the generated classes. */
    public static final String PACKAGE = "org.landscape.interval.generated";
    /** The profile evaluator's class name. */
    public static final String PROFILES = "IntervalKernelProfiles";
    /** The frame assembly's class name. */
    public static final String FRAME = "IntervalKernelFrame";
    private static final String[] FRAME_VECTORS = {"W_HAT", "V_HAT", "N", "M"};

    /** @return the Java source of {@code PACKAGE.PROFILES} */
    public String profilesSource() {
        KernelDerivation d = KernelDerivation.get();
        Profile[] parts = {d.linear(), d.relu()};
        double[][] switchAt = {org.landscape.compile.generated.LeakyKernelProfiles.SWITCH_NEAR_ZERO,
                org.landscape.compile.generated.LeakyKernelProfiles.SWITCH_NEAR_PI};
        Map<String, String> constants = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        StringBuilder helpers = new StringBuilder();
        List<String> hashed = new ArrayList<>();
        for (int end = 0; end < 2; end++) {
            String var = end == 0 ? "theta" : "phi";
            IExpr[] exprs = new IExpr[8];
            for (int p = 0; p < 2; p++) {
                System.arraycopy(end == 0 ? parts[p].nearZero() : parts[p].nearPi(), 0, exprs, 4 * p, 4);
            }
            String[] targets = new String[8];
            for (int i = 0; i < 8; i++) {
                targets[i] = "out[" + i + "]";
                hashed.add(Symja.input(exprs[i]));
            }
            String method = end == 0 ? "nearZero" : "nearPi";
            body.append("    /**\n     * Encloses the eight profiles at ").append(end == 0 ? "\\( \\theta \\in [0, \\pi/2] \\)"
                    : "\\( \\theta = \\pi - \\varphi \\), \\( \\varphi \\in [0, \\pi/2] \\)")
                    .append(" for every point of {@code ").append(var).append("}.\n     *\n")
                    .append("     * @param out written: {@code [g, hp, s, t]} of the linear part, then of the ReLU part\n")
                    .append("     */\n");
            body.append("    public static <T extends Enclosure<T>> void ").append(method).append("(EnclosureField<T> f, T ")
                    .append(var).append(", T[] out) {\n");
            IntervalPrinter printer = new IntervalPrinter(Map.of(var, var), "PROFILES_" + (end == 0 ? "ZERO" : "PI"),
                    "C", constants);
            body.append(printer.assignments(targets, exprs, "        "));
            for (int i = 0; i < 8; i++) {
                if (switchAt[end][i] > 0) {
                    String name = "series" + (end == 0 ? "Zero" : "Pi") + i;
                    body.append("        if (").append(var).append(".value().hi() < SWITCH_NEAR_")
                            .append(end == 0 ? "ZERO" : "PI").append('[').append(i).append("]) {\n")
                            .append("            out[").append(i).append("] = ").append(name).append("(f, ").append(var)
                            .append(");\n        }\n");
                    helpers.append(series(name, exprs[i], var, switchAt[end][i], constants, hashed));
                }
            }
            body.append("    }\n\n");
        }
        StringBuilder sb = header(PROFILES, "formula ids PROFILE_LINEAR, PROFILE_RELU", hashed,
                "Interval kernel profiles (linear part, ReLU part), generated from {@code KernelDerivation}: generic in\n"
                        + " * an enclosure arithmetic, so the same code encloses values over boxes and their derivatives (jets).\n"
                        + " * Layout of {@code out}: {@code [g_lin, hp_lin, s_lin, t_lin, g_relu, hp_relu, s_relu, t_relu]}.\n"
                        + " * Below the switch points of {@code LeakyKernelProfiles} the exact Taylor series of the same\n"
                        + " * expression plus its Lagrange remainder replaces the closed form.");
        for (int end = 0; end < 2; end++) {
            sb.append("    /** Below these angles the series with remainder replaces the closed form (0: never). */\n");
            sb.append("    public static final double[] ").append(end == 0 ? "SWITCH_NEAR_ZERO" : "SWITCH_NEAR_PI")
                    .append(" = {");
            for (int i = 0; i < 8; i++) {
                sb.append(i > 0 ? ", " : "").append(switchAt[end][i]);
            }
            sb.append("};\n");
        }
        sb.append(IntervalPrinter.constantDeclarations(constants, "    ")).append('\n');
        sb.append("    private ").append(PROFILES).append("() {\n    }\n\n");
        sb.append(body).append(helpers);
        return sb.append("}\n").toString();
    }

    /**
     * Source of {@code T name(f, x)}: the Taylor polynomial of {@code e} at 0 of the order chosen by
     * {@link ProfileGenerator} and the Lagrange remainder, whose factor \( f^{(N)}/N! \) is enclosed over
     * \( [0, \sup x] \) by a second generated method.
     */
    private static String series(String name, IExpr e, String var, double switchPoint, Map<String, String> constants,
                                 List<String> hashed) {
        IExpr[] cs = ProfileGenerator.seriesFor(e, var, switchPoint);
        int order = cs.length;
        StringBuilder horner = new StringBuilder("0");
        for (int n = order - 1; n >= 0; n--) {
            horner.insert(0, "(" + Symja.input(cs[n]) + ")+" + var + "*(").append(')');
        }
        IExpr poly = Symja.eval(horner + "+rem*" + var + "^" + order);
        IExpr remainder = Symja.eval("Simplify[D[" + Symja.input(e) + ",{" + var + "," + order + "}]/" + order + "!]");
        hashed.add(Symja.input(poly));
        hashed.add(Symja.input(remainder));
        StringBuilder b = new StringBuilder();
        b.append("    /** Taylor polynomial of degree ").append(order - 1).append(" plus the Lagrange remainder (order ")
                .append(order).append(").\n     */\n");
        b.append("    private static <T extends Enclosure<T>> T ").append(name).append("(EnclosureField<T> f, T ")
                .append(var).append(") {\n");
        b.append("        final T rem = f.constant(").append(name).append("Remainder(Interval.FIELD, Interval.of(0, ")
                .append(var).append(".value().hi())));\n");
        b.append("        final T result;\n");
        IntervalPrinter p = new IntervalPrinter(Map.of(var, var, "rem", "rem"), name, "C", constants);
        b.append(p.assignments(new String[]{"result"}, new IExpr[]{poly}, "        "));
        b.append("        return result;\n    }\n\n");
        b.append("    /** \\( f^{(").append(order).append(")}(\\xi)/").append(order)
                .append("! \\) for every \\( \\xi \\) of {@code xi}. */\n");
        b.append("    private static <T extends Enclosure<T>> T ").append(name).append("Remainder(EnclosureField<T> f, T xi) {\n");
        b.append("        final T result;\n");
        IntervalPrinter q = new IntervalPrinter(Map.of(var, "xi"), name + "Remainder", "C", constants);
        b.append(q.assignments(new String[]{"result"}, new IExpr[]{remainder}, "        "));
        b.append("        return result;\n    }\n\n");
        return b.toString();
    }

    /** @return the Java source of {@code PACKAGE.FRAME} */
    public String frameSource() {
        KernelFrameFormulas k = KernelFrameFormulas.get();
        Map<String, String> constants = new LinkedHashMap<>();
        List<String> hashed = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        body.append(scalar("value", "\\( K = r\\rho\\, g \\)", k.value(), constants, hashed));
        body.append(scalar("selfValue", "\\( K(w, w) \\) (r = |w|)", k.selfValue(), constants, hashed));
        body.append(block("gradient", "\\( \\nabla_w K \\)", k.gradient(), constants, hashed));
        body.append(block("hessianWW", "\\( \\nabla^2_{ww} K \\)", k.hessianWW(), constants, hashed));
        body.append(block("hessianWV", "\\( \\nabla^2_{wv} K \\)", k.hessianWV(), constants, hashed));
        body.append(block("selfGradient", "\\( \\nabla_w K(w, w) \\)", k.selfGradient(), constants, hashed));
        body.append(block("selfHessian", "\\( \\nabla^2_{ww} K(w, w) \\)", k.selfHessian(), constants, hashed));
        IExpr[] weights = k.partWeights();
        body.append("    /** Weights of the linear and ReLU parts: \\( K_\\alpha = w_0 K_{lin} + w_1 K_{relu} \\). */\n");
        body.append("    public static <T extends Enclosure<T>> void partWeights(EnclosureField<T> f, T alpha, T[] out) {\n");
        IntervalPrinter p = new IntervalPrinter(Map.of("alpha", "alpha"), "PART_WEIGHTS", "C", constants);
        body.append(p.assignments(new String[]{"out[0]", "out[1]"}, weights, "        "));
        body.append("    }\n");
        for (IExpr w : weights) {
            hashed.add(Symja.input(w));
        }
        StringBuilder sb = header(FRAME, "formula ids KERNEL, GRADIENT_FRAME, HESSIAN_WW_FRAME, HESSIAN_WV_FRAME", hashed,
                "Frame assembly of the kernel's value, gradient and Hessian blocks, generated from\n"
                        + " * {@code KernelFrameFormulas} (Symja differentiation of \\( K = |w||v| h(u) \\) in the planar frame).\n"
                        + " * A block is \\( c_I I + \\sum_j c_j\\, a_j b_j^T \\): {@code out[0]} = \\( c_I \\), {@code out[1 + j]} =\n"
                        + " * \\( c_j \\) for the frame vectors {@code *_TERMS[j] = {a_j, b_j}}; a vector is \\( \\sum_j c_j a_j \\),\n"
                        + " * {@code out[j]} for {@code *_VECTORS[j]}. Inputs {@code x}: the symbols {@link #SYMBOLS} in order.");
        sb.append("    /** Input symbols, in the order of the array {@code x}. */\n");
        sb.append("    public static final String[] SYMBOLS = {");
        List<String> symbols = KernelFrameFormulas.SYMBOLS;
        for (int i = 0; i < symbols.size(); i++) {
            sb.append(i > 0 ? ", " : "").append('"').append(symbols.get(i)).append('"');
        }
        sb.append("};\n");
        for (int i = 0; i < FRAME_VECTORS.length; i++) {
            sb.append("    /** Frame vector index. */\n    public static final int ").append(FRAME_VECTORS[i]).append(" = ")
                    .append(i).append(";\n");
        }
        sb.append(terms("GRADIENT_VECTORS", k.gradient(), false));
        sb.append(terms("HESSIAN_WW_TERMS", k.hessianWW(), true));
        sb.append(terms("HESSIAN_WV_TERMS", k.hessianWV(), true));
        sb.append(terms("SELF_GRADIENT_VECTORS", k.selfGradient(), false));
        sb.append(terms("SELF_HESSIAN_TERMS", k.selfHessian(), true));
        sb.append(IntervalPrinter.constantDeclarations(constants, "    ")).append('\n');
        sb.append("    private ").append(FRAME).append("() {\n    }\n\n");
        sb.append(body);
        return sb.append("}\n").toString();
    }

    private static String terms(String name, FrameFormula f, boolean matrix) {
        StringBuilder b = new StringBuilder("    /** Frame vectors of the terms of ").append(f.id()).append(". */\n");
        b.append("    public static final int[]").append(matrix ? "[]" : "").append(' ').append(name).append(" = {");
        for (int j = 0; j < f.terms().size(); j++) {
            Term t = f.terms().get(j);
            b.append(j > 0 ? ", " : "");
            if (matrix) {
                b.append('{').append(t.left().name()).append(", ").append(t.right().orElseThrow().name()).append('}');
            } else {
                b.append(t.left().name());
            }
        }
        return b.append("};\n").toString();
    }

    private static Map<String, String> symbolMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : KernelFrameFormulas.SYMBOLS) {
            m.put(s, s);
        }
        return m;
    }

    /** @return declarations {@code final T name = x[i];} of the input symbols that the statements use */
    private static String inputs(String statements) {
        StringBuilder b = new StringBuilder();
        List<String> symbols = KernelFrameFormulas.SYMBOLS;
        for (int i = 0; i < symbols.size(); i++) {
            if (java.util.regex.Pattern.compile("\\b" + symbols.get(i) + "\\b").matcher(statements).find()) {
                b.append("        final T ").append(symbols.get(i)).append(" = x[").append(i).append("];\n");
            }
        }
        return b.toString();
    }

    private static String scalar(String name, String doc, IExpr e, Map<String, String> constants, List<String> hashed) {
        hashed.add(Symja.input(e));
        IntervalPrinter p = new IntervalPrinter(symbolMap(), name, "C", constants);
        String body = p.assignments(new String[]{"result"}, new IExpr[]{e}, "        ");
        return "    /** " + doc + ". */\n    public static <T extends Enclosure<T>> T " + name
                + "(EnclosureField<T> f, T[] x) {\n" + inputs(body) + "        final T result;\n" + body
                + "        return result;\n    }\n\n";
    }

    private static String block(String name, String doc, FrameFormula f, Map<String, String> constants,
                                List<String> hashed) {
        boolean matrix = !f.identity().isZero() || f.terms().stream().anyMatch(t -> t.right().isPresent());
        List<IExpr> exprs = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        if (matrix) {
            exprs.add(f.identity());
            targets.add("out[0]");
        }
        for (Term t : f.terms()) {
            targets.add("out[" + targets.size() + "]");
            exprs.add(t.coefficient());
        }
        for (IExpr e : exprs) {
            hashed.add(Symja.input(e));
        }
        IntervalPrinter p = new IntervalPrinter(symbolMap(), name, "C", constants);
        String body = p.assignments(targets.toArray(new String[0]), exprs.toArray(new IExpr[0]), "        ");
        return "    /** Frame coefficients of " + doc + " (" + f.id() + "). */\n"
                + "    public static <T extends Enclosure<T>> void " + name + "(EnclosureField<T> f, T[] x, T[] out) {\n"
                + inputs(body) + body + "    }\n\n";
    }

    private static StringBuilder header(String cls, String ids, List<String> hashed, String doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("// GENERATED by ").append(IntervalEvaluatorGenerator.class.getName())
                .append(" from the symbolic layer. DO NOT EDIT: run IntervalEvaluatorsDriftTest to regenerate.\n");
        sb.append("package ").append(PACKAGE).append(";\n\n");
        sb.append("import org.landscape.interval.Constant;\nimport org.landscape.interval.Enclosure;\n"
                + "import org.landscape.interval.EnclosureField;\nimport org.landscape.interval.Interval;\n\n");
        sb.append("/**\n * ").append(doc).append("\n */\n");
        sb.append("@javax.annotation.processing.Generated(value = \"").append(IntervalEvaluatorGenerator.class.getName())
                .append("\", comments = \"").append(ids).append("; source hash ").append(hash(hashed)).append("\")\n");
        sb.append("public final class ").append(cls).append(" {\n");
        return sb;
    }

    /** @return the first 16 hex digits of the SHA-256 of the printed expressions' FullForm */
    static String hash(List<String> exprs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String e : exprs) {
                md.update(e.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Regenerates both committed files: {@code java ... IntervalEvaluatorGenerator src/main/java}. */
    public static void main(String[] args) throws java.io.IOException {
        String root = args.length > 0 ? args[0] : "src/main/java";
        IntervalEvaluatorGenerator g = new IntervalEvaluatorGenerator();
        java.nio.file.Path dir = java.nio.file.Path.of(root, PACKAGE.replace('.', '/'));
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(PROFILES + ".java"), g.profilesSource());
        java.nio.file.Files.writeString(dir.resolve(FRAME + ".java"), g.frameSource());
        System.out.println("wrote " + dir);
        System.exit(0);
    }
}
