package org.landscape.cli;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Require;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossContinuation;
import org.landscape.io.BranchOutput;
import org.landscape.io.OutputFolder;

import java.io.PrintWriter;

/** What both modes of {@code continue} share: reading {@code --to}, the progress lines, committing the branch files. */
final class ContinueRun {
    private ContinueRun() {
    }

    static double parseTo(String s) {
        double a;
        try {
            a = Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--to: '" + s
                    + "' is not a number; give a finite real such as 2");
        }
        return Require.finite(a, "--to");
    }

    /** Writes branch.json, branch.csv and the diagram into {@code f}, commits the folder and says so on {@code err}. */
    static void write(OutputFolder f, LossBranch b, String title, PrintWriter err) {
        BranchOutput.put(f, b, title);
        f.commit();
        err.println("continue: wrote " + f.dir().resolve("branch.json") + ", branch.csv, diagram.svg, diagram.png");
    }

    /** @return progress lines on {@code err}, stopping when Ctrl-C asked {@code run} to stop */
    static LossContinuation.Progress progress(LongRun run, PrintWriter err) {
        return LossContinuation.Progress.of(line -> {
            err.println(line);
            err.flush();
        }, run::stopRequested);
    }
}
