package org.landscape.cli;

import org.landscape.analysis.YoungFamily;
import org.landscape.base.InvalidInputException;
import org.landscape.io.MatrixReader;
import picocli.CommandLine.Option;

/** The family and its start for {@code landscape family} (a mixin of {@link FamilyCommand}), read and checked. */
final class FamilyOptions {
    @Option(names = "--fix", required = true, paramLabel = "FAMILY",
            description = "the family of subgroups, e.g. 'Delta(S{k-1}xS1)', 'DeltaS{k}', 'Delta(S{k-2}xS2)'; rows "
                    + "and columns partitioned differently: the row blocks, then the column blocks, each adding up to "
                    + "k, as critical --fix reads a product ('S{k-1}xS1xS{k-2}xS2': rows (k-1, 1), columns (k-2, 2)), "
                    + "optionally after diagonal blocks ('Delta(S{k-2})xS1xS1xS2')")
    String fix;
    @Option(names = "--student", required = true, paramLabel = "W",
            description = "a start of width k0 with the family's symmetry (any row/column order): .json, .csv or inline")
    String student;
    @Option(names = "--alpha", required = true, paramLabel = "A", description = "leaky slope")
    String alpha;
    @Option(names = "--k", required = true, paramLabel = "K0..K1",
            description = "widths from the start's width K0 to K1 (K1 may be smaller), e.g. 6..20")
    String widths;

    double alpha() {
        return ModelOptions.parseAlpha(alpha);
    }

    YoungFamily family() {
        return YoungFamily.parse(fix);
    }

    double[][] student() {
        return MatrixReader.read(student, "--student");
    }

    /** @return {K0, K1} from {@code --k K0..K1}, K0 the start's width {@code k0} */
    int[] range(int k0) {
        return parseRange(widths, k0);
    }

    static int[] parseRange(String text, int k0) {
        String[] p = text.split("\\.\\.");
        try {
            if (p.length == 2) {
                int from = Integer.parseInt(p[0].trim());
                int to = Integer.parseInt(p[1].trim());
                if (from == k0 && to >= 1) {
                    return new int[] {from, to};
                }
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InvalidInputException("--k '" + text + "' must be FROM..TO (e.g. 6..20) with FROM equal to the "
                + "start's width " + k0);
    }
}
