package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.GlobalMinimumSpectrum;
import org.landscape.base.Evidence;
import org.landscape.base.VerificationFailedException;
import org.landscape.compile.FormulaCheck;
import org.landscape.compile.JavaExportPrinter;
import org.landscape.model.Models;
import org.landscape.symbolic.DerivationStep;
import org.landscape.symbolic.FormulaId;
import org.landscape.symbolic.IdentityCheck;
import org.landscape.symbolic.KernelDerivation;
import org.landscape.symbolic.KernelFormulas;
import org.landscape.symbolic.KernelIdentities;
import org.landscape.symbolic.Symja;
import org.landscape.symbolic.print.LatexPrinter;
import org.landscape.symbolic.print.SymjaPrinter;

import java.util.List;

/**
 * The outputs of {@code derive}: a kernel formula with its profiles, derivation and checks (JSON), the identities of
 * MATH.md section 2 (text or JSON), and the Hessian at the global minimum \( W = V = I_k \) per Specht component
 * (LaTeX, Symja definitions or JSON). Every expression is printed from the derived one, never typed again.
 */
public final class DerivationOutput {
    private DerivationOutput() {
    }

    /**
     * @param format latex, symja, java or json (with the derivation, the identity checks and the compiled evaluator
     *               checked against the symbolic one in 24 digits)
     * @return the formula printed from its derived expression
     */
    public static String render(FormulaId id, String format) {
        return switch (format) {
            case "latex" -> LatexPrinter.print(id);
            case "symja" -> SymjaPrinter.print(id);
            case "java" -> JavaExportPrinter.print(id);
            default -> Output.json(formula(id, KernelIdentities.checkAll(),
                    FormulaCheck.compiledAgainstSymbolic(Models.profiles(), 24)));
        };
    }

    /**
     * @param format json, or anything else for text
     * @return the identities checked now; as text only when every one holds
     * @throws VerificationFailedException (text) when an identity did not hold, with the text
     */
    public static String renderIdentities(String format) {
        List<IdentityCheck> checks = KernelIdentities.checkAll();
        if (format.equals("json")) {
            return Output.json(identities(checks));
        }
        String text = identitiesText(checks);
        if (!checks.stream().allMatch(IdentityCheck::holds)) {
            throw new VerificationFailedException("an identity did not hold:\n" + text);
        }
        return text;
    }

    /** @return the identity checks as a JSON array */
    public static ArrayNode identities(List<IdentityCheck> checks) {
        ArrayNode a = Output.JSON.createArrayNode();
        for (IdentityCheck c : checks) {
            a.add(identity(c));
        }
        return a;
    }

    /** @return one paragraph per identity: name, verdict, residual, numeric error, then the statement */
    public static String identitiesText(List<IdentityCheck> checks) {
        StringBuilder b = new StringBuilder();
        for (IdentityCheck c : checks) {
            b.append(String.format("%-26s %-8s residual %-4s  max |residual| in 30 digits at %d points: %.1e%n",
                    c.name(), c.holds() ? "PROVEN" : "FAILED", c.residual(), c.samples(), c.numericMaxError()));
            b.append("    ").append(c.statement()).append('\n');
        }
        return b.toString();
    }

    /**
     * @param format latex, symja or json
     * @return the Hessian at \( W = V = I_k \) per Specht component: blocks A and G, whose generalised eigenvalues
     *         \( \det(A - \lambda G) = 0 \) each have the multiplicity of their component's dimension
     */
    public static String globalMinimum(GlobalMinimumSpectrum s, String format) {
        StringBuilder b = new StringBuilder();
        switch (format) {
            case "latex" -> {
                b.append("% Landscape: Hessian of L at the global minimum W = V = I_k, per Specht component of M(k,k)\n");
                b.append("% eigenvalues lambda solve det(A - lambda G) = 0; each has the multiplicity dim of its component\n");
                b.append("\\documentclass{article}\n\\usepackage{amsmath,amssymb}\n\\begin{document}\n% --- begin formula\n");
                for (var blk : s.blocks()) {
                    b.append("\\paragraph{$").append(blk.component()).append("$ (dimension $").append(blk.dimension())
                            .append("$)}\n\\begin{align*}\nA &= ").append(LatexPrinter.tex(blk.a())).append(" \\\\\nG &= ")
                            .append(LatexPrinter.tex(blk.gram())).append(" \\\\\n");
                    for (var e : blk.eigenvalues()) {
                        b.append("\\lambda &= ").append(LatexPrinter.tex(e)).append(" \\\\\n");
                    }
                    b.append("\\end{align*}\n");
                }
                b.append("% --- end formula\n\\end{document}\n");
            }
            case "symja" -> {
                b.append("(* Hessian at W = V = I_k per Specht component; eigenvalues solve Det[A - lambda G] == 0 *)\n");
                for (var blk : s.blocks()) {
                    String n = blk.component().replace("[", "").replace("]", "").replace(",", "").replace("-", "m");
                    b.append("GlobalMinimumA").append(n).append("[alpha_, k_] := ").append(Symja.display(blk.a()))
                            .append(";\n");
                    b.append("GlobalMinimumG").append(n).append("[k_] := ").append(Symja.display(blk.gram())).append(";\n");
                }
            }
            default -> {
                ObjectNode o = Output.object();
                o.put("family", "global minimum W = V = I_k (k = n = d), teacher identity");
                o.put("normalisation", "L = 1/2 E[(f_W - f_V)^2]");
                ArrayNode a = o.putArray("blocks");
                for (var blk : s.blocks()) {
                    ObjectNode x = a.addObject();
                    x.put("irrep", blk.component());
                    x.put("dimension", blk.dimension());
                    x.put("A", Symja.display(blk.a()));
                    x.put("G", Symja.display(blk.gram()));
                    x.put("characteristic_polynomial", Symja.display(blk.characteristic()));
                    ArrayNode ev = x.putArray("eigenvalues");
                    blk.eigenvalues().forEach(e -> ev.add(Symja.display(e)));
                }
                ObjectNode v = o.putObject("verification");
                v.put("method", s.fitEvidence().method());
                v.put("detail", s.fitEvidence().detail());
                v.put("checked_against", "dense eigenvalues of the numeric Hessian for k = 4..7 (GlobalMinimumSpectrumTest)");
                b.append(Output.json(o));
            }
        }
        return b.toString();
    }

    private static ObjectNode identity(IdentityCheck c) {
        ObjectNode o = Output.object();
        o.put("name", c.name());
        o.put("statement", c.statement());
        o.put("symbolic_residual", c.residual());
        o.put("proven_symbolically", c.provenSymbolically());
        o.put("numeric_max_residual", c.numericMaxError());
        o.put("numeric_samples", c.samples());
        o.put("holds", c.holds());
        return o;
    }

    /**
     * @param checks   the identities of MATH.md section 2, checked
     * @param compiled the comparison of the compiled profiles with the symbolic ones
     * @return formula {@code id} as JSON: its profiles with their limits at theta = 0 and pi, Symja and LaTeX text,
     *         the derivation steps, the identities and the verification
     */
    public static ObjectNode formula(FormulaId id, List<IdentityCheck> checks, Evidence compiled) {
        KernelFormulas f = KernelFormulas.get();
        ObjectNode o = Output.object();
        o.put("formula", id.key());
        o.put("title", id.title());
        o.put("variables", "theta = angle(w, v) in [0, pi]; alpha = leaky slope");
        ObjectNode prof = o.putObject("profiles");
        for (var e : f.profiles().entrySet()) {
            ObjectNode p = prof.putObject(e.getKey());
            p.put("symja", Symja.display(e.getValue()));
            p.put("latex", LatexPrinter.tex(e.getValue()));
            p.put("limit_theta_0", Symja.display(f.limitsAtZero().get(e.getKey())));
            p.put("limit_theta_pi", Symja.display(f.limitsAtPi().get(e.getKey())));
        }
        o.put("h_second", Symja.display(f.hSecond()));
        o.put("symja", SymjaPrinter.print(id));
        o.put("latex", LatexPrinter.print(id));
        ArrayNode steps = o.putArray("derivation");
        for (DerivationStep s : KernelDerivation.get().steps()) {
            ObjectNode st = steps.addObject();
            st.put("step", s.description());
            st.put("result", s.result());
        }
        o.set("identities", identities(checks));
        ObjectNode v = o.putObject("verification");
        v.put("method", compiled.method());
        v.put("max_relative_error", compiled.accuracy());
        v.put("detail", compiled.detail());
        v.put("more", "run 'landscape verify' for quadrature, finite-difference and Monte Carlo checks");
        return o;
    }
}
