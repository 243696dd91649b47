package org.landscape.io;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.continuation.BranchSample;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossEvent;
import org.landscape.continuation.SwitchedBranch;

/**
 * JSON of a {@link LossBranch} (issue 7 names): the summary {@code {"events": [{"alpha", "component", "type",
 * "omega", "orbit_types", "branches", "precision", "bracket", "evidence", ...}]}} and the branch file, which adds the
 * points.
 */
public final class BranchJson {
    private BranchJson() {
    }

    /**
     * @param b          the branch
     * @param withPoints include every point (branch file) or only the events (summary)
     * @return the JSON object
     */
    public static ObjectNode of(LossBranch b, boolean withPoints) {
        ObjectNode o = Output.object();
        o.put("group", b.group());
        o.put("subspace", b.subspace());
        o.put("unknowns", b.dimension());
        ArrayNode labels = o.putArray("blocks");
        b.blockLabels().forEach(labels::add);
        o.put("status", b.status().name());
        o.put("points_count", b.points().size());
        String par = b.parameter();
        if (!par.equals("alpha")) {
            o.put("parameter", par);
        }
        if (!b.points().isEmpty()) {
            o.put(par + "_first", b.points().get(0).alpha());
            o.put(par + "_last", b.points().get(b.points().size() - 1).alpha());
        }
        o.set("start_evidence", Output.evidence(b.start()));
        o.set("evidence", Output.evidence(b.evidence()));
        ArrayNode ev = o.putArray("events");
        for (LossEvent e : b.events()) {
            ev.add(event(e, withPoints, par));
        }
        if (withPoints) {
            ArrayNode pts = o.putArray("points");
            b.points().forEach(p -> pts.add(point(p, par)));
        }
        return o;
    }

    static ObjectNode event(LossEvent e, boolean withPoints) {
        return event(e, withPoints, "alpha");
    }

    /** @param par the parameter's key ("alpha", or "k" for a family in the width) */
    static ObjectNode event(LossEvent e, boolean withPoints, String par) {
        ObjectNode x = Output.object();
        x.put(par, e.alpha());
        x.put("component", e.component());
        x.put("type", e.kind().jsonName());
        x.put("multiplicity", e.multiplicity());
        if (e.omega().isEmpty()) {
            x.putNull("omega");
        } else {
            x.put("omega", e.omega());
        }
        ArrayNode ot = x.putArray("orbit_types");
        e.orbitTypes().forEach(ot::add);
        ArrayNode br = x.putArray("branches");
        for (SwitchedBranch s : e.branches()) {
            br.add(switched(s, withPoints));
        }
        x.put("precision", e.precision());
        ArrayNode bracket = x.putArray("bracket");
        bracket.add(e.bracketLow());
        bracket.add(e.bracketHigh());
        x.put("index_below", e.indexBefore());
        x.put("index_above", e.indexAfter());
        x.set("evidence", Output.evidence(e.evidence()));
        return x;
    }

    static ObjectNode switched(SwitchedBranch s, boolean withPoints) {
        ObjectNode x = Output.object();
        x.put("orbit_type", s.orbitType());
        x.put("class_index", s.classIndex());
        x.put("coefficient", s.coefficient());
        x.put("fix_dimension", s.fixDimension());
        x.put("direction", s.criticality().name().toLowerCase());
        x.put("kernel_in_component", s.kernelInComponent());
        x.put("kernel_eigenvalue", s.kernelEigenvalue());
        ArrayNode halves = x.putArray("halves");
        for (SwitchedBranch.Half h : s.halves()) {
            ObjectNode y = halves.addObject();
            y.put("orientation", h.orientation());
            y.put("found", h.found());
            y.put("isotropy", h.isotropy());
            y.put("isotropy_class", h.isotropyClass());
            y.put("isotropy_matches_prediction", h.matchesPrediction());
            y.put("side", h.side());
            y.put("index", h.index());
            y.put("stability", h.stability().name().toLowerCase());
            y.put("status", h.status().name());
            y.put("points_count", h.points().size());
            if (!h.points().isEmpty()) {
                BranchSample last = h.points().get(h.points().size() - 1);
                y.put("alpha_last", last.alpha());
                y.put("loss_last", Output.loss(last.loss()));
            }
            if (withPoints) {
                ArrayNode pts = y.putArray("points");
                h.points().forEach(p -> pts.add(point(p)));
            }
        }
        x.set("evidence", Output.evidence(s.evidence()));
        return x;
    }

    static ObjectNode point(BranchSample p) {
        return point(p, "alpha");
    }

    static ObjectNode point(BranchSample p, String par) {
        ObjectNode x = Output.object();
        x.put(par, p.alpha());
        x.put("loss", Output.loss(p.loss()));
        x.put("norm", p.norm());
        x.put("index", p.index());
        x.put("stable", p.stable());
        x.put("residual", p.residual());
        ObjectNode blocks = x.putObject("blocks");
        for (Map.Entry<String, double[]> e : p.blocks().entrySet()) {
            ArrayNode a = blocks.putArray(e.getKey());
            for (double v : e.getValue()) {
                a.add(v);
            }
        }
        if (p.w().length > 0) { // large orbit-reduced branches keep no full point per sample
            ArrayNode w = x.putArray("w");
            for (double v : p.w()) {
                w.add(v);
            }
        }
        return x;
    }
}
