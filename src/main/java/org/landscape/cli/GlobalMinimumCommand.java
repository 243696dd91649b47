package org.landscape.cli;

import org.landscape.analysis.GlobalMinimumSpectrum;
import org.landscape.analysis.GlobalMinimumSweep;
import org.landscape.base.InvalidInputException;
import org.landscape.io.GlobalMinimumOutput;
import org.landscape.io.Output;
import org.landscape.io.OutputFolder;
import org.landscape.io.Plot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code landscape global-minimum}: the closed-form Hessian spectrum at W = V = I_k per Specht component. */
@Command(name = "global-minimum", mixinStandardHelpOptions = true,
        header = "Closed-form Hessian spectrum at W = V = I_k per Specht component, over alpha and k.",
        description = {"Evaluates the exact Specht blocks of the Hessian at the global minimum (derived by Symja, "
                + "compiled to Java) on a grid of alpha for each k, prints a table (or JSON), and with --out writes "
                + "spectrum.csv, spectrum.svg and spectrum.png (eigenvalues against alpha, one curve per component and k)."})
final class GlobalMinimumCommand implements Callable<Integer> {
    @Option(names = "--k", defaultValue = "4,5,6,8", split = ",", paramLabel = "K", description = "widths (>= 4)")
    List<Integer> ks;

    @Option(names = "--alpha", defaultValue = "-3:3:0.25", paramLabel = "FROM:TO:STEP", description = "alpha grid")
    String grid;

    @Option(names = "--out", paramLabel = "DIR", description = "write spectrum.csv, spectrum.svg and spectrum.png into DIR")
    Path out;

    @Option(names = "--log-y", description = "plot the eigenvalues on a logarithmic axis (zeros are left out)")
    boolean logY;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        String[] g = grid.split(":");
        if (g.length != 3) {
            throw new InvalidInputException("--alpha must be FROM:TO:STEP, e.g. -3:3:0.25, got '" + grid + "'");
        }
        double lo = ModelOptions.parseAlpha(g[0]);
        double hi = ModelOptions.parseAlpha(g[1]);
        double step = ModelOptions.parseAlpha(g[2]);
        if (!(step > 0) || !(hi > lo) || (hi - lo) / step > 100_000) {
            throw new InvalidInputException("--alpha FROM:TO:STEP needs FROM < TO and 0 < STEP with at most 100000 points");
        }
        for (int k : ks) {
            if (k < 4 || k > 10_000) {
                throw new InvalidInputException("--k: width " + k + " is outside 4..10000 (M(k,k) has four Specht components from k = 4)");
            }
        }
        java.util.Optional<OutputFolder> folder = java.util.Optional.ofNullable(out).map(OutputFolder::prepare);
        GlobalMinimumSweep s = GlobalMinimumSweep.of(GlobalMinimumSpectrum.get(), ks, lo, hi, step);
        if (folder.isPresent()) {
            Plot plot = GlobalMinimumOutput.plot(s, logY);
            folder.get().put("spectrum.csv", GlobalMinimumOutput.csv(s)).put("spectrum.svg", plot.svg(900, 600))
                    .put("spectrum.png", plot.png(900, 600)).commit();
            System.err.println("global-minimum: wrote " + folder.get().dir().resolve("spectrum.csv")
                    + ", spectrum.svg and spectrum.png");
        }
        System.out.print(json ? Output.json(GlobalMinimumOutput.json(s)) + "\n" : GlobalMinimumOutput.table(s));
        return 0;
    }
}
