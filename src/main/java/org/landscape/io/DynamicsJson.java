package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.analysis.DescentNewtonResult;
import org.landscape.analysis.HessianSpectrum;
import org.landscape.dynamics.EmbeddingReport;
import org.landscape.dynamics.EscapeReport;
import org.landscape.dynamics.FlowResult;
import org.landscape.dynamics.StabilityReport;
import org.landscape.dynamics.NeuronEscape;

/** JSON and text rendering of the dynamics results (escape, embed, stability, flow). */
public final class DynamicsJson {
    private DynamicsJson() {
    }

    public static ObjectNode escape(EscapeReport r) {
        ObjectNode o = Output.object();
        o.put("alpha", r.alpha());
        o.put("loss", Output.loss(r.loss()));
        o.put("normalisation", Output.NORMALISATION);
        o.put("live_gradient_norm", r.liveGradientNorm());
        o.put("classification", r.classification().name());
        ArrayNode a = o.putArray("dead_neurons");
        for (NeuronEscape e : r.neurons()) {
            ObjectNode n = a.addObject();
            n.put("neuron", e.neuron());
            n.put("verdict", e.verdict().name());
            n.put("min_D", e.minimum());
            n.put("lower_bound", e.lowerBound());
            Output.vector(n, "direction", e.direction());
            n.put("reduced_sphere_dimension", e.reducedDimension());
            n.put("evaluations", e.evaluations());
            n.set("evidence", Output.evidenceOrNullAccuracy(e.evidence()));
        }
        return o;
    }

    public static String escapeText(EscapeReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("loss (").append(Output.NORMALISATION).append(") = ").append(Output.loss(r.loss())).append('\n');
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

    public static ObjectNode spectrum(HessianSpectrum s) {
        ObjectNode o = Output.object();
        o.put("index", s.index());
        o.put("nullity", s.nullity());
        o.put("min_eigenvalue", s.smallestEigenvalue());
        o.put("max_eigenvalue", s.largestEigenvalue());
        o.put("zero_tolerance", s.errorBound());
        Output.vector(o, "eigenvalues", s.eigenvalues());
        o.put("method", s.evidence().method());
        return o;
    }

    public static ObjectNode critical(DescentNewtonResult r) {
        ObjectNode o = Output.object();
        o.put("status", r.status().name());
        o.put("loss", Output.loss(r.loss()));
        o.put("gradient_norm", r.gradientNorm());
        o.put("descent_steps", r.descentSteps());
        o.put("newton_steps", r.newtonSteps());
        Output.matrix(o, "W", r.W());
        r.spectrum().ifPresent(s -> o.set("hessian", spectrum(s)));
        o.set("evidence", Output.evidenceOrNullAccuracy(r.evidence()));
        return o;
    }

    public static ObjectNode embedding(double alpha, EmbeddingReport r) {
        ObjectNode o = Output.object();
        o.put("alpha", alpha);
        o.put("kind", r.kind().name());
        o.put("neuron", r.neuron());
        if (r.kind() == EmbeddingReport.Kind.SPLIT) {
            o.put("ratio", r.ratio());
        }
        o.put("normalisation", Output.NORMALISATION);
        o.put("loss_before", r.lossBefore());
        o.put("loss_after", r.lossAfter());
        o.put("loss_change", r.lossChange());
        o.put("gradient_norm_before", r.gradientBefore());
        o.put("gradient_norm_after", r.gradientAfter());
        r.spectrumBefore().ifPresent(s -> o.set("hessian_before", spectrum(s)));
        r.spectrumAfter().ifPresent(s -> o.set("hessian_after", spectrum(s)));
        r.escape().ifPresent(e -> o.set("escape", escape(e)));
        o.put("classification_after", r.classification().name());
        Output.matrix(o, "embedded", r.embedded());
        o.set("evidence", Output.evidenceOrNullAccuracy(r.evidence()));
        return o;
    }

    public static String embeddingText(EmbeddingReport r, boolean refined) {
        StringBuilder sb = new StringBuilder();
        if (refined) {
            sb.append("student refined to a critical point (gradient descent + Newton)\n");
        }
        sb.append(r.kind() == EmbeddingReport.Kind.SPLIT
                ? "split neuron " + r.neuron() + " with ratio t = " + r.ratio() + " (new neuron " + (r.embedded().length - 1) + ")"
                : "added zero neuron " + r.neuron()).append('\n');
        sb.append("loss (").append(Output.NORMALISATION).append("): before ").append(r.lossBefore()).append(", after ")
                .append(r.lossAfter()).append(" (change ").append(r.lossChange()).append(")\n");
        sb.append("gradient norm: before ").append(r.gradientBefore()).append(", after ").append(r.gradientAfter())
                .append(r.kind() == EmbeddingReport.Kind.ADD_ZERO ? " (live rows)" : "").append('\n');
        r.spectrumBefore().ifPresent(s -> sb.append("Hessian before: index ").append(s.index()).append(", nullity ")
                .append(s.nullity()).append(", eigenvalues in [").append(s.smallestEigenvalue()).append(", ").append(s.largestEigenvalue()).append("]\n"));
        r.spectrumAfter().ifPresent(s -> sb.append("Hessian after:  index ").append(s.index()).append(", nullity ")
                .append(s.nullity()).append(", eigenvalues in [").append(s.smallestEigenvalue()).append(", ").append(s.largestEigenvalue()).append("]\n"));
        r.escape().ifPresent(e -> sb.append(escapeText(e)).append('\n'));
        sb.append("embedded point: ").append(r.classification());
        return sb.toString();
    }

    public static ObjectNode stability(double alpha, StabilityReport r) {
        ObjectNode o = Output.object();
        o.put("alpha", alpha);
        o.put("normalisation", Output.NORMALISATION);
        o.put("verdict", r.verdict().name());
        o.put("reason", r.reason());
        Output.number(o, "gradient_norm", r.gradientNorm());
        Output.number(o, "lambda_max", r.lambdaMax());
        Output.number(o, "eta_star", r.etaStar());
        Output.number(o, "lambda_gap", r.lambdaGap());
        Output.number(o, "third_derivative", r.third());
        Output.number(o, "fourth_derivative", r.fourth());
        Output.number(o, "centre_manifold_coupling", r.coupling());
        Output.number(o, "flip_coefficient", r.flipCoefficient());
        Output.number(o, "predicted_amplitude", r.predictedAmplitude());
        o.set("evidence", Output.evidenceOrNullAccuracy(r.derivativeEvidence()));
        ArrayNode runs = o.putArray("gd_runs");
        for (StabilityReport.GdRun g : r.runs()) {
            ObjectNode n = runs.addObject();
            n.put("eta", g.eta());
            n.put("steps", g.steps());
            n.put("outcome", g.outcome().name());
            Output.number(n, "amplitude", g.amplitude());
            Output.number(n, "distance", g.distance());
        }
        return o;
    }

    public static String stabilityText(StabilityReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("verdict: ").append(r.verdict()).append('\n').append("  ").append(r.reason()).append('\n');
        if (r.verdict() != StabilityReport.Verdict.NOT_APPLICABLE || Double.isFinite(r.flipCoefficient())) {
            sb.append("lambda_max = ").append(r.lambdaMax()).append(", eta* = 2/lambda_max = ").append(r.etaStar())
                    .append(" (gap to lambda_2: ").append(r.lambdaGap()).append(")\n");
            sb.append("L3 = ").append(r.third()).append(", L4 = ").append(r.fourth()).append(", t^T H^-1 t = ")
                    .append(r.coupling()).append('\n');
            sb.append("flip coefficient beta = ").append(r.flipCoefficient()).append(" (+- ")
                    .append(r.derivativeEvidence().accuracy()).append(", ").append(r.derivativeEvidence().method()).append(")\n");
            if (Double.isFinite(r.predictedAmplitude())) {
                sb.append("predicted period-2 amplitude above eta*: ").append(r.predictedAmplitude()).append('\n');
            }
            for (StabilityReport.GdRun g : r.runs()) {
                sb.append("GD at eta = ").append(g.eta()).append(": ").append(g.outcome()).append(" after ")
                        .append(g.steps()).append(" steps, amplitude along e ").append(g.amplitude())
                        .append(", distance ").append(g.distance()).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    public static ObjectNode flow(double alpha, FlowResult r) {
        ObjectNode o = Output.object();
        o.put("alpha", alpha);
        o.put("normalisation", Output.NORMALISATION);
        o.put("stop", r.stop().name());
        int last = r.times().length - 1;
        o.put("final_time", r.times()[last]);
        o.put("initial_loss", r.losses()[0]);
        o.put("final_loss", r.losses()[last]);
        Output.number(o, "final_gradient_norm", r.gradientNorms()[last]);
        o.put("final_classification", r.finalType().name());
        Output.matrix(o, "final_W", r.finalW());
        r.finalSpectrum().ifPresent(s -> o.set("final_hessian", spectrum(s)));
        r.overlaps().ifPresent(c -> {
            ObjectNode n = o.putObject("overlaps");
            n.put("max_deviation_from_W_flow", c.maxDeviation());
            n.put("teacher_rows_span", c.rowsSpan());
            Output.vector(n, "jacobian_eigenvalues_real_parts", c.jacobianEigenvalues());
            n.put("unstable_directions", c.unstableCount());
            n.put("note", c.note());
        });
        o.put("samples", r.times().length);
        o.set("evidence", Output.evidenceOrNullAccuracy(r.evidence()));
        return o;
    }

    public static String flowText(FlowResult r, java.nio.file.Path out) {
        StringBuilder sb = new StringBuilder();
        int last = r.times().length - 1;
        sb.append("gradient flow stopped: ").append(r.stop()).append(" at t = ").append(r.times()[last]).append('\n');
        sb.append("loss (").append(Output.NORMALISATION).append("): ").append(r.losses()[0]).append(" -> ")
                .append(r.losses()[last]).append('\n');
        sb.append("final gradient norm ").append(r.gradientNorms()[last]).append(", final point: ").append(r.finalType());
        r.finalSpectrum().ifPresent(s -> sb.append(" (Hessian index ").append(s.index()).append(", nullity ")
                .append(s.nullity()).append(", eigenvalues in [").append(s.smallestEigenvalue()).append(", ")
                .append(s.largestEigenvalue()).append("])"));
        sb.append('\n');
        r.overlaps().ifPresent(c -> {
            sb.append("overlap flow (Q, M): max deviation from (W W^T, W V^T) = ").append(c.maxDeviation()).append('\n');
            if (c.jacobianEigenvalues().length > 0) {
                sb.append("  linearisation at the end: ").append(c.unstableCount()).append(" unstable of ")
                        .append(c.jacobianEigenvalues().length).append(" (real parts in [").append(c.jacobianEigenvalues()[0])
                        .append(", ").append(c.jacobianEigenvalues()[c.jacobianEigenvalues().length - 1]).append("])\n");
            }
            sb.append("  ").append(c.note()).append('\n');
        });
        sb.append(r.evidence().method());
        if (out != null) {
            sb.append("\nwrote ").append(out.resolve("trajectory.csv")).append(", ").append(out.resolve("loss.svg"))
                    .append(", ").append(out.resolve("summary.json"));
        }
        return sb.toString();
    }

    /** @return the loss and |grad L| against t, on a logarithmic axis */
    public static Plot flowPlot(double alpha, FlowResult r) {
        return new Plot("gradient flow, alpha = " + alpha, "t", "L = 1/2 E[(f_W - f_V)^2] and |grad L|")
                .logarithmicY()
                .add(new Plot.Series("loss", r.times(), r.losses(), false, false))
                .add(new Plot.Series("|grad L|", r.times(), r.gradientNorms(), true, false));
    }

    /**
     * @return the trajectory as CSV: {@code t,loss,grad_norm,w<i>_<c>...}, then (with the overlap flow)
     *         {@code q<i>_<l>} for i <= l and {@code m<i>_<j>}; numbers in 17 significant digits
     */
    public static String flowCsv(FlowResult r) {
        StringBuilder sb = new StringBuilder("t,loss,grad_norm");
        for (int i = 0; i < r.k(); i++) {
            for (int c = 0; c < r.d(); c++) {
                sb.append(",w").append(i).append('_').append(c);
            }
        }
        FlowResult.OverlapComparison cmp = r.overlaps().orElse(null);
        if (cmp != null) {
            for (int i = 0; i < r.k(); i++) {
                for (int l = i; l < r.k(); l++) {
                    sb.append(",q").append(i).append('_').append(l);
                }
            }
            for (int i = 0; i < r.k(); i++) {
                for (int j = 0; j < r.n(); j++) {
                    sb.append(",m").append(i).append('_').append(j);
                }
            }
        }
        sb.append('\n');
        for (int s = 0; s < r.times().length; s++) {
            sb.append(num(r.times()[s])).append(',').append(num(r.losses()[s])).append(',').append(num(r.gradientNorms()[s]));
            for (double x : r.states()[s]) {
                sb.append(',').append(num(x));
            }
            if (cmp != null && s < cmp.q().length) {
                for (double x : cmp.q()[s]) {
                    sb.append(',').append(num(x));
                }
                for (double x : cmp.m()[s]) {
                    sb.append(',').append(num(x));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String num(double x) {
        return String.format(java.util.Locale.ROOT, "%.17g", x);
    }
}
