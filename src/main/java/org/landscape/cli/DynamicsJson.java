package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.base.Evidence;
import org.landscape.dynamics.EscapeReport;
import org.landscape.dynamics.NeuronEscape;
import org.landscape.io.Output;

/** JSON and text rendering of the dynamics results (escape, embed, stability, flow). */
final class DynamicsJson {
    static final String NORMALISATION = "L = 1/2 E[(f_W(x) - f_V(x))^2]";

    private DynamicsJson() {
    }

    static ObjectNode evidence(Evidence e) {
        ObjectNode o = Output.object();
        o.put("method", e.method());
        o.put("accuracy", e.accuracy());
        o.put("detail", e.detail());
        return o;
    }

    static ArrayNode vector(ObjectNode parent, String name, double[] x) {
        ArrayNode a = parent.putArray(name);
        for (double v : x) {
            a.add(v);
        }
        return a;
    }

    static ObjectNode escape(EscapeReport r) {
        ObjectNode o = Output.object();
        o.put("alpha", r.alpha());
        o.put("loss", r.loss());
        o.put("normalisation", NORMALISATION);
        o.put("live_gradient_norm", r.liveGradientNorm());
        o.put("classification", r.classification().name());
        ArrayNode a = o.putArray("dead_neurons");
        for (NeuronEscape e : r.neurons()) {
            ObjectNode n = a.addObject();
            n.put("neuron", e.neuron());
            n.put("verdict", e.verdict().name());
            n.put("min_D", e.minimum());
            n.put("lower_bound", e.lowerBound());
            vector(n, "direction", e.direction());
            n.put("reduced_sphere_dimension", e.reducedDimension());
            n.put("evaluations", e.evaluations());
            n.set("evidence", evidence(e.evidence()));
        }
        return o;
    }

    static String escapeText(EscapeReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("loss (").append(NORMALISATION).append(") = ").append(r.loss()).append('\n');
        sb.append("gradient norm in the live rows = ").append(r.liveGradientNorm()).append('\n');
        for (NeuronEscape e : r.neurons()) {
            sb.append("dead neuron ").append(e.neuron()).append(": ").append(e.verdict())
                    .append(", min over |u|=1 of D(u) = ").append(e.minimum())
                    .append(" (certified lower bound ").append(e.lowerBound()).append(")\n");
            sb.append("  at u* = ").append(java.util.Arrays.toString(e.direction()))
                    .append(" (sphere searched: S^").append(e.reducedDimension() - 1)
                    .append(", ").append(e.evaluations()).append(" evaluations)\n");
        }
        sb.append("classification: ").append(r.classification());
        return sb.toString();
    }
}
