package org.landscape.cli;

import org.landscape.base.InvalidInputException;
import org.landscape.base.MemoryBudget;
import org.landscape.io.EvaluationOutput;
import org.landscape.io.Output;
import org.landscape.model.Models;
import org.landscape.model.PointEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code landscape eval}: loss, gradient and Hessian of the population loss at a student W. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Loss L = 1/2 E[(f_W - f_V)^2], its gradient (per neuron) and Hessian (index i*d + c).")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--no-hessian", description = "skip the Hessian (large k*d)")
    boolean noHessian;

    @Override
    public Integer call() {
        double a = model.alpha();
        double[][][] wv = model.studentAndTeacher();
        double[][] w = wv[0];
        int k = w.length;
        int d = w[0].length;
        if (!noHessian) {
            long kd = (long) k * d;
            // the Hessian, and for --json its tree of boxed numbers (about 64 bytes an entry); checked before the
            // teacher's self-loss (n^2 kernel terms), which is already slow for large n and d
            MemoryBudget.require(MemoryBudget.doubles(kd, kd, json ? 9 : 1), "the dense " + kd + " x " + kd
                    + " Hessian", "add --no-hessian, or use a smaller k or d");
        }
        PointEvaluation e = PointEvaluation.of(Models.loss(a, wv[1]), a, w, !noHessian);
        if (json) {
            System.out.println(Output.json(EvaluationOutput.json(e, Models.provenance())));
        } else {
            EvaluationOutput.text(System.out, e);
        }
        List<Integer> dead = e.deadNeurons();
        if (!dead.isEmpty()) {
            System.out.flush();
            throw new InvalidInputException("neuron(s) " + dead + " of the student are zero (dead): the loss is printed "
                    + "but its gradient and Hessian do not exist there; run 'landscape escape' for the one-sided test");
        }
        return 0;
    }
}
