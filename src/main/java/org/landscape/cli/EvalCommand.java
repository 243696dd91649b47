package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.base.InvalidInputException;
import org.landscape.base.MemoryBudget;
import org.landscape.base.Require;
import org.landscape.io.Output;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        NetworkLoss loss = Models.loss(a, wv[1]);
        double value = Require.finiteResult(loss.loss(w), "the loss");
        List<Integer> dead = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            boolean zero = true;
            for (double x : w[i]) {
                zero &= x == 0;
            }
            if (zero) {
                dead.add(i);
            }
        }
        // both exist only when no neuron is dead; the Hessian also only without --no-hessian
        Optional<double[]> grad = Optional.empty();
        Optional<double[]> hess = Optional.empty();
        if (dead.isEmpty()) {
            double[] g = new double[k * d];
            loss.gradient(w, g);
            grad = Optional.of(Require.finiteResult(g, "the gradient"));
            if (!noHessian) {
                double[] h = new double[k * d * k * d];
                loss.hessian(w, h);
                hess = Optional.of(Require.finiteResult(h, "the Hessian"));
            }
        }
        if (json) {
            ObjectNode o = Output.object();
            o.put("loss", value);
            o.put("normalisation", "L = 1/2 E[(f_W(x) - f_V(x))^2]");
            o.put("alpha", a);
            if (grad.isPresent()) {
                double[] gr = grad.get();
                ArrayNode g = o.putArray("gradient");
                for (int i = 0; i < k; i++) {
                    ArrayNode row = g.addArray();
                    for (int c = 0; c < d; c++) {
                        row.add(gr[i * d + c]);
                    }
                }
                double n2 = 0;
                for (double x : gr) {
                    n2 += x * x;
                }
                o.put("gradient_norm", Math.sqrt(n2));
            }
            if (hess.isPresent()) {
                double[] he = hess.get();
                ArrayNode h = o.putArray("hessian");
                int m = k * d;
                for (int r = 0; r < m; r++) {
                    ArrayNode row = h.addArray();
                    for (int c = 0; c < m; c++) {
                        row.add(he[r * m + c]);
                    }
                }
            }
            if (!dead.isEmpty()) {
                ArrayNode dn = o.putArray("dead_neurons");
                dead.forEach(dn::add);
            }
            o.put("evaluator", Models.provenance());
            System.out.println(Output.json(o));
        } else {
            System.out.println("loss (L = 1/2 E[(f_W - f_V)^2]) = " + value);
            if (grad.isPresent()) {
                double[] gr = grad.get();
                System.out.println("gradient (row i = neuron i):");
                for (int i = 0; i < k; i++) {
                    StringBuilder sb = new StringBuilder("  ");
                    for (int c = 0; c < d; c++) {
                        sb.append(String.format("% .16e ", gr[i * d + c]));
                    }
                    System.out.println(sb);
                }
            }
            if (hess.isPresent()) {
                double[] he = hess.get();
                int m = k * d;
                System.out.println("hessian (" + m + " x " + m + ", index i*d + c):");
                for (int r = 0; r < m; r++) {
                    StringBuilder sb = new StringBuilder("  ");
                    for (int c = 0; c < m; c++) {
                        sb.append(String.format("% .6e ", he[r * m + c]));
                    }
                    System.out.println(sb);
                }
            }
        }
        if (!dead.isEmpty()) {
            System.out.flush();
            throw new InvalidInputException("neuron(s) " + dead + " of the student are zero (dead): the loss is printed "
                    + "but its gradient and Hessian do not exist there; run 'landscape escape' for the one-sided test");
        }
        return 0;
    }
}
