package org.landscape.cli;

import org.landscape.analysis.YoungFamily;
import org.landscape.asymptotics.FamilyExpansion;
import org.landscape.base.InvalidInputException;
import org.landscape.io.ExpansionOutput;
import org.landscape.io.MatrixReader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of {@code derive family-asymptotics} (a mixin of {@link DeriveCommand}) and the expansion they ask for. */
final class FamilyAsymptoticsOptions {
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

    @Option(names = "--plot", paramLabel = "FILE", description = "family-asymptotics: write the check plot, "
            + "|series - numerical family| against k with the predicted slopes, to FILE (.svg or .png)")
    Path plot;

    /** @return the expansion rendered in {@code format}, after writing the plot if asked for */
    String expand(String format) {
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
}
