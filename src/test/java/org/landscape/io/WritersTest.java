package org.landscape.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.landscape.analysis.GlobalMinimumSweep;
import org.landscape.model.PointEvaluation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writers of {@code eval} and {@code global-minimum}, read back through Jackson: every field where it belongs. */
class WritersTest {
    @Test
    void evaluationRoundTrip() throws Exception {
        // |(3, 4)| = 5: a norm the writer computes, checked against the 3-4-5 triangle
        PointEvaluation e = new PointEvaluation(0.2, 1, 2, 0.5, Optional.of(new double[] {3, 4}),
                Optional.of(new double[] {1, 0, 0, 1}), List.of());
        JsonNode o = Output.JSON.readTree(Output.json(EvaluationOutput.json(e, "compiled")));
        assertEquals(0.5, o.get("loss").asDouble());
        assertEquals(0.2, o.get("alpha").asDouble());
        assertEquals(4.0, o.get("gradient").get(0).get(1).asDouble());
        assertEquals(5.0, o.get("gradient_norm").asDouble());
        assertEquals(2, o.get("hessian").size());
        assertEquals(1.0, o.get("hessian").get(1).get(1).asDouble());
        assertFalse(o.has("dead_neurons"));
        assertEquals("compiled", o.get("evaluator").asText());
        List<String> names = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("loss", "normalisation", "alpha", "gradient", "gradient_norm", "hessian", "evaluator"),
                names);

        PointEvaluation dead = new PointEvaluation(0.2, 1, 2, 0.5, Optional.empty(), Optional.empty(), List.of(0));
        JsonNode d = Output.JSON.readTree(Output.json(EvaluationOutput.json(dead, "compiled")));
        assertFalse(d.has("gradient") || d.has("gradient_norm") || d.has("hessian"));
        assertEquals(0, d.get("dead_neurons").get(0).asInt());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EvaluationOutput.text(new PrintStream(bytes, true, StandardCharsets.UTF_8), e);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("loss (L = 1/2 E[(f_W - f_V)^2]) = 0.5", "gradient (row i = neuron i):",
                "   3.0000000000000000e+00  4.0000000000000000e+00 ", "hessian (2 x 2, index i*d + c):",
                "   1.000000e+00  0.000000e+00 ", "   0.000000e+00  1.000000e+00 "), lines);
    }

    /** A sweep of two components (block sizes 1 and 2) at two alphas for k = 4: six eigenvalues. */
    private static GlobalMinimumSweep sweep() {
        double[][][] ev = {{{1.0}, {2.0, 3.0}}, {{1.5}, {2.5, 3.5}}};
        return new GlobalMinimumSweep(List.of(4), List.of("[k]", "[k-1,1]"), new int[] {1, 2}, new double[] {0, 0.5},
                List.<int[]>of(new int[] {1, 3}), List.<double[][][]>of(ev));
    }

    @Test
    void globalMinimumRoundTrip() throws Exception {
        JsonNode o = Output.JSON.readTree(Output.json(GlobalMinimumOutput.json(sweep())));
        JsonNode rows = o.get("rows");
        assertEquals(6, rows.size());
        JsonNode last = rows.get(5);
        assertEquals(4, last.get("k").asInt());
        assertEquals(0.5, last.get("alpha").asDouble());
        assertEquals("[k-1,1]", last.get("component").asText());
        assertEquals(3, last.get("dimension").asInt());
        assertEquals(3.5, last.get("eigenvalue").asDouble());
        assertTrue(o.get("evidence").asText().contains("Specht"));

        List<String> csv = GlobalMinimumOutput.csv(sweep()).lines().toList();
        assertEquals(7, csv.size());
        assertEquals("k,alpha,component,dimension,eigenvalue", csv.get(0));
        assertEquals("4,0.0,[k-1,1],3,3.0", csv.get(3));
        List<String> table = GlobalMinimumOutput.table(sweep()).lines().toList();
        assertEquals(5, table.size(), "a title and one line per alpha and component");
        assertEquals("   4   0.5000 [k-1,1]     2.5000000000  3.5000000000 (x3)", table.get(4));
    }
}
