package org.landscape.cli;

import org.landscape.analysis.GlobalMinimumSpectrum;
import org.landscape.base.InvalidInputException;
import org.landscape.io.DerivationOutput;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
import org.landscape.io.Plot;
import org.landscape.symbolic.FormulaId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    FamilyAsymptoticsOptions asymptotics;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout (atomically)")
    Path out;

    @Override
    public Integer call() {
        String f = format.trim().toLowerCase(java.util.Locale.ROOT);
        boolean family = formula.trim().equalsIgnoreCase("family-asymptotics");
        if (family && !List.of("latex", "symja", "json", "text").contains(f)) {
            throw new InvalidInputException("unknown --format '" + format + "' for family-asymptotics: choose latex, "
                    + "symja, json or text");
        }
        if (!family && (asymptotics.fix != null || asymptotics.student != null)) {
            throw new InvalidInputException("--fix and --student belong to 'derive family-asymptotics', not to '"
                    + formula + "'");
        }
        if (!family && !List.of("latex", "symja", "java", "json").contains(f)) {
            throw new InvalidInputException("unknown --format '" + format + "': choose latex, symja, java or json");
        }
        if (asymptotics.plot != null && !family) {
            throw new InvalidInputException("--plot belongs to 'derive family-asymptotics', not to '" + formula + "'");
        }
        if (asymptotics.plot != null) {
            OutputFolder.prepareFile(Plot.requireImageName(asymptotics.plot, "--plot"));
        }
        if (out != null) {
            OutputFolder.prepareFile(out);
        }
        String text;
        if (family) {
            text = asymptotics.expand(f);
        } else if (formula.trim().equalsIgnoreCase("identities")) {
            text = DerivationOutput.renderIdentities(f);
        } else if (formula.trim().equalsIgnoreCase("global-minimum")) {
            text = DerivationOutput.globalMinimum(GlobalMinimumSpectrum.get(), f);
        } else {
            text = DerivationOutput.render(FormulaId.parse(formula), f);
        }
        if (out != null) {
            Output.writeAtomically(out, text.endsWith("\n") ? text : text + "\n");
            System.err.println("derive: wrote " + out);
        } else {
            System.out.println(text);
        }
        return 0;
    }
}
