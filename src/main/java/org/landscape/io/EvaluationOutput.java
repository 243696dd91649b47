package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.model.PointEvaluation;

import java.io.PrintStream;

/**
 * The output of {@code eval}: loss, gradient (row i = neuron i) and Hessian (index \( i d + c \)) at a student, as one
 * JSON object or as text.
 */
public final class EvaluationOutput {
    private EvaluationOutput() {
    }

    /**
     * @param evaluator the evaluator's provenance
     * @return {@code {loss, normalisation, alpha, gradient, gradient_norm, hessian, dead_neurons, evaluator}}, the
     *         parts that exist
     */
    public static ObjectNode json(PointEvaluation e, String evaluator) {
        int k = e.k();
        int d = e.d();
        ObjectNode o = Output.object();
        o.put("loss", e.loss());
        o.put("normalisation", "L = 1/2 E[(f_W(x) - f_V(x))^2]");
        o.put("alpha", e.alpha());
        if (e.gradient().isPresent()) {
            double[] gr = e.gradient().get();
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
        if (e.hessian().isPresent()) {
            double[] he = e.hessian().get();
            ArrayNode h = o.putArray("hessian");
            int m = k * d;
            for (int r = 0; r < m; r++) {
                ArrayNode row = h.addArray();
                for (int c = 0; c < m; c++) {
                    row.add(he[r * m + c]);
                }
            }
        }
        if (!e.deadNeurons().isEmpty()) {
            ArrayNode dn = o.putArray("dead_neurons");
            e.deadNeurons().forEach(dn::add);
        }
        o.put("evaluator", evaluator);
        return o;
    }

    /** Prints the loss, then the gradient and the Hessian when they exist, one line per row. */
    public static void text(PrintStream out, PointEvaluation e) {
        int k = e.k();
        int d = e.d();
        out.println("loss (L = 1/2 E[(f_W - f_V)^2]) = " + e.loss());
        if (e.gradient().isPresent()) {
            double[] gr = e.gradient().get();
            out.println("gradient (row i = neuron i):");
            for (int i = 0; i < k; i++) {
                StringBuilder sb = new StringBuilder("  ");
                for (int c = 0; c < d; c++) {
                    sb.append(String.format("% .16e ", gr[i * d + c]));
                }
                out.println(sb);
            }
        }
        if (e.hessian().isPresent()) {
            double[] he = e.hessian().get();
            int m = k * d;
            out.println("hessian (" + m + " x " + m + ", index i*d + c):");
            for (int r = 0; r < m; r++) {
                StringBuilder sb = new StringBuilder("  ");
                for (int c = 0; c < m; c++) {
                    sb.append(String.format("% .6e ", he[r * m + c]));
                }
                out.println(sb);
            }
        }
    }
}
