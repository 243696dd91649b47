package org.landscape.cli;

import org.landscape.analysis.GlobalMinimumSpectrum;
import org.landscape.analysis.YoungFamily;
import org.landscape.asymptotics.FamilyExpansion;
import org.landscape.base.InvalidInputException;
import org.landscape.base.VerificationFailedException;
import org.landscape.compile.FormulaCheck;
import org.landscape.compile.JavaExportPrinter;
import org.landscape.io.DerivationOutput;
import org.landscape.io.ExpansionOutput;
import org.landscape.io.MatrixReader;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
import org.landscape.io.Plot;
import org.landscape.model.Models;
import org.landscape.symbolic.FormulaId;
import org.landscape.symbolic.IdentityCheck;
import org.landscape.symbolic.KernelIdentities;
import org.landscape.symbolic.print.LatexPrinter;
import org.landscape.symbolic.print.SymjaPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
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
            OutputFolder.prepareFile(Plot.requireImageName(plot, "--plot"));
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
            text = DerivationOutput.globalMinimum(GlobalMinimumSpectrum.get(), f);
        } else {
            FormulaId id = FormulaId.parse(formula);
            text = switch (f) {
                case "latex" -> LatexPrinter.print(id);
                case "symja" -> SymjaPrinter.print(id);
                case "java" -> JavaExportPrinter.print(id);
                default -> Output.json(DerivationOutput.formula(id, KernelIdentities.checkAll(),
                        FormulaCheck.compiledAgainstSymbolic(Models.profiles(), 24)));
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
        YoungFamily fam = YoungFamily.parse(fix);
        double[][] w = MatrixReader.read(student, "--student");
        double a = ModelOptions.parseAlpha(alpha);
        System.err.println("derive: expanding " + fam.template() + " at alpha = " + alpha + " to order " + order
                + " (the family is solved at k = 1000, 4000, 16000 and checked at 100, 300, 1000, 3000, 10000; type A "
                + "takes about 20 s at order 1 and under a minute at order 4 on 2 cores; Ctrl-C stops)");
        FamilyExpansion.Expansion e = FamilyExpansion.expand(fam, w, a, order, 1000);
        if (plot != null) {
            ExpansionOutput.plot(e).write(plot, 900, 600);
            System.err.println("derive: wrote " + plot);
        }
        return ExpansionOutput.render(e, format);
    }

    private static String identities(String format) {
        List<IdentityCheck> checks = KernelIdentities.checkAll();
        if (format.equals("json")) {
            return Output.json(DerivationOutput.identities(checks));
        }
        String text = DerivationOutput.identitiesText(checks);
        if (!checks.stream().allMatch(IdentityCheck::holds)) {
            throw new VerificationFailedException("an identity did not hold:\n" + text);
        }
        return text;
    }
}
