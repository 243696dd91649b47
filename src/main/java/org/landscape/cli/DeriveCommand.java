package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.compile.FormulaCheck;
import org.landscape.compile.JavaExportPrinter;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code landscape derive}: print a derived formula (LaTeX, Symja, Java or JSON with derivation and checks). */
@Command(name = "derive", mixinStandardHelpOptions = true,
        header = "Derive a formula with Symja and print it (LaTeX, Symja, Java, JSON).",
        description = {"FORMULA is kernel, gradient, hessian, loss, global-minimum (the Hessian at W = V = I_k per Specht "
                + "component, exact in alpha and k), or identities (the identities of MATH.md section 2, "
                + "proven symbolically and checked in 30 digits), or family-asymptotics (a family of critical points "
                + "followed in the width, --fix and --student, expanded in k^(-1/2) with exact coefficients and checked "
                + "against the numerical family at k = 100, 1000, 10000). The first call in a JVM pays Symja's start-up "
                + "and the integrals (about 10-20 s)."})
final class DeriveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMULA",
            description = "kernel | gradient | hessian | loss | global-minimum | identities | family-asymptotics")
    String formula;

    @Option(names = "--format", defaultValue = "latex", paramLabel = "F",
            description = "latex | symja | java | json, and text for family-asymptotics (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--fix", paramLabel = "FAMILY", description = "family-asymptotics: the family, e.g. "
            + "'Delta(S{k-1}xS1)'")
    String fix;

    @Option(names = "--student", paramLabel = "W", description = "family-asymptotics: a member of the family at some "
            + "width (.json, .csv or inline), e.g. examples/spurious-minima/spurious-k6.json")
    String student;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0", description = "family-asymptotics: the leaky slope "
            + "(default: ${DEFAULT-VALUE})")
    String alpha;

    @Option(names = "--order", paramLabel = "N", defaultValue = "1", description = "family-asymptotics: correction terms "
            + "per pattern value, 1 to 6 (default: ${DEFAULT-VALUE}); the loss is known to about twice that order")
    int order;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout (atomically)")
    Path out;

    @Option(names = "--plot", paramLabel = "FILE", description = "family-asymptotics: write the check plot, "
            + "|series - numerical family| against k with the predicted slopes, to FILE (.svg or .png)")
    Path plot;

    @Override
    public Integer call() {
        String f = format.trim().toLowerCase(java.util.Locale.ROOT);
        boolean family = formula.trim().equalsIgnoreCase("family-asymptotics");
        if (family && !List.of("latex", "symja", "json", "text").contains(f)) {
            throw new InvalidInputException("unknown --format '" + format + "' for family-asymptotics: choose latex, "
                    + "symja, json or text");
        }
        if (!family && (fix != null || student != null)) {
            throw new InvalidInputException("--fix and --student belong to 'derive family-asymptotics', not to '"
                    + formula + "'");
        }
        if (!family && !List.of("latex", "symja", "java", "json").contains(f)) {
            throw new InvalidInputException("unknown --format '" + format + "': choose latex, symja, java or json");
        }
        if (plot != null && !family) {
            throw new InvalidInputException("--plot belongs to 'derive family-asymptotics', not to '" + formula + "'");
        }
        if (plot != null) {
            String name = plot.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".svg") && !name.endsWith(".png")) {
                throw new InvalidInputException("--plot " + plot + ": the file name must end in .svg or .png");
            }
            OutputFolder.prepareFile(plot);
        }
        if (out != null) {
            OutputFolder.prepareFile(out);
        }
        String text;
        if (family) {
            text = familyAsymptotics(f);
        } else if (formula.trim().equalsIgnoreCase("identities")) {
            text = identities(f);
        } else if (formula.trim().equalsIgnoreCase("global-minimum")) {
            text = globalMinimum(f);
        } else {
            FormulaId id = FormulaId.parse(formula);
            text = switch (f) {
                case "latex" -> LatexPrinter.print(id);
                case "symja" -> SymjaPrinter.print(id);
                case "java" -> JavaExportPrinter.print(id);
                default -> Output.json(json(id));
            };
        }
        if (out != null) {
            Output.writeAtomically(out, text.endsWith("\n") ? text : text + "\n");
            System.err.println("derive: wrote " + out);
        } else {
            System.out.println(text);
        }
        return 0;
    }

    private String familyAsymptotics(String format) {
        if (fix == null || student == null) {
            throw new InvalidInputException("derive family-asymptotics needs --fix FAMILY and --student W (a member of "
                    + "the family at some width), e.g. --fix 'Delta(S{k-1}xS1)' --student "
                    + "examples/spurious-minima/spurious-k6.json");
        }
        org.landscape.analysis.YoungFamily fam = org.landscape.analysis.YoungFamily.parse(fix);
        double[][] w = org.landscape.io.MatrixReader.read(student, "--student");
        double a = ModelOptions.parseAlpha(alpha);
        System.err.println("derive: expanding " + fam.template() + " at alpha = " + alpha + " to order " + order
                + " (the family is solved at k = 1000, 4000, 16000 and checked at 100, 300, 1000, 3000, 10000; about 20 s at"
                + " order 1, minutes at order 2 and above; Ctrl-C stops)");
        org.landscape.asymptotics.FamilyExpansion.Expansion e = org.landscape.asymptotics.FamilyExpansion.expand(fam, w,
                a, order, 1000);
        if (plot != null) {
            org.landscape.io.Plot p = org.landscape.io.ExpansionOutput.plot(e);
            if (plot.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                Output.writeAtomically(plot, p.png(900, 600));
            } else {
                Output.writeAtomically(plot, p.svg(900, 600));
            }
            System.err.println("derive: wrote " + plot);
        }
        return switch (format) {
            case "latex" -> org.landscape.io.ExpansionOutput.latex(e);
            case "symja" -> org.landscape.io.ExpansionOutput.symja(e);
            case "json" -> Output.json(org.landscape.io.ExpansionOutput.json(e));
            default -> org.landscape.io.ExpansionOutput.text(e);
        };
    }

    private static String identities(String format) {
        List<IdentityCheck> checks = KernelIdentities.checkAll();
        if (format.equals("json")) {
            ArrayNode a = Output.JSON.createArrayNode();
            for (IdentityCheck c : checks) {
                a.add(identity(c));
            }
            return Output.json(a);
        }
        StringBuilder b = new StringBuilder();
        for (IdentityCheck c : checks) {
            b.append(String.format("%-26s %-8s residual %-4s  max |residual| in 30 digits at %d points: %.1e%n",
                    c.name(), c.holds() ? "PROVEN" : "FAILED", c.residual(), c.samples(), c.numericMaxError()));
            b.append("    ").append(c.statement()).append('\n');
        }
        boolean ok = checks.stream().allMatch(IdentityCheck::holds);
        if (!ok) {
            throw new org.landscape.base.VerificationFailedException("an identity did not hold:\n" + b);
        }
        return b.toString();
    }

    /** The Hessian at W = V = I_k per Specht component, exact in alpha and k. */
    private static String globalMinimum(String format) {
        org.landscape.analysis.GlobalMinimumSpectrum s = org.landscape.analysis.GlobalMinimumSpectrum.get();
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

    private static ObjectNode json(FormulaId id) {
        KernelFormulas f = KernelFormulas.get();
        ObjectNode o = Output.object();
        o.put("formula", id.key());
        o.put("title", id.title());
        o.put("variables", "theta = angle(w, v) in [0, pi]; alpha = leaky slope");
        ObjectNode prof = o.putObject("profiles");
        for (Map.Entry<String, org.matheclipse.core.interfaces.IExpr> e : f.profiles().entrySet()) {
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
        ArrayNode ids = o.putArray("identities");
        for (IdentityCheck c : KernelIdentities.checkAll()) {
            ids.add(identity(c));
        }
        Evidence ev = FormulaCheck.compiledAgainstSymbolic(Models.profiles(), 24);
        ObjectNode v = o.putObject("verification");
        v.put("method", ev.method());
        v.put("max_relative_error", ev.accuracy());
        v.put("detail", ev.detail());
        v.put("more", "run 'landscape verify' for quadrature, finite-difference and Monte Carlo checks");
        return o;
    }
}
