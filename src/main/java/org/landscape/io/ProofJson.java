package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.base.Evidence;
import org.landscape.interval.Interval;
import org.landscape.continuation.LossEvent;
import org.landscape.proof.CriticalNumberProof;
import org.landscape.proof.CriticalPointProof;
import org.landscape.proof.FamilyProof;
import org.landscape.proof.EnclosedSpectrum;
import org.landscape.proof.SpectrumEnclosures;
import org.landscape.proof.Verdict;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON and text of proof results: every enclosure as {@code [lo, hi]} (doubles, round-trip), verdicts as
 * {@code "proved"} or {@code "not proved: REASON"}, and, when a claim is not proved, the numerical verdict it falls
 * back to, labelled as such.
 */
public final class ProofJson {
    private ProofJson() {
    }

    /** @return {@code [lo, hi]} */
    public static ArrayNode interval(Interval x) {
        ArrayNode a = Output.JSON.createArrayNode();
        a.add(x.lo());
        a.add(x.hi());
        return a;
    }

    /** @return an array of {@code [lo, hi]} */
    public static ArrayNode intervals(List<Interval> xs) {
        ArrayNode a = Output.JSON.createArrayNode();
        xs.forEach(x -> a.add(interval(x)));
        return a;
    }

    /** @return the verdict object: {@code verdict}, {@code in_principle} */
    public static ObjectNode verdict(Verdict v) {
        ObjectNode o = Output.object();
        o.put("verdict", v.toString());
        o.put("in_principle", v.inPrinciple());
        return o;
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode o = Output.object();
        o.put("method", e.method());
        o.put("accuracy", e.accuracy());
        o.put("detail", e.detail());
        return o;
    }

    /** @return the spectrum enclosures: clusters and per-block enclosures */
    public static ObjectNode spectrum(EnclosedSpectrum s) {
        ObjectNode o = Output.object();
        o.put("inertia_proved", s.inertiaProved());
        if (s.inertiaProved()) {
            o.put("negative_eigenvalues", s.negative());
        }
        o.set("smallest_eigenvalue", interval(s.smallest()));
        o.put("orthogonality_defect", s.orthogonalityDefect());
        ArrayNode cs = o.putArray("clusters");
        for (SpectrumEnclosures.Cluster c : s.clusters()) {
            ObjectNode co = cs.addObject();
            co.set("enclosure", interval(c.enclosure()));
            co.put("first", c.first());
            co.put("count", c.count());
            ArrayNode b = co.putArray("blocks");
            c.blocks().forEach(b::add);
        }
        ObjectNode blocks = o.putObject("blocks");
        for (Map.Entry<String, List<SpectrumEnclosures.Cluster>> e : s.byBlock().entrySet()) {
            ArrayNode a = blocks.putArray(e.getKey());
            for (SpectrumEnclosures.Cluster c : e.getValue()) {
                ObjectNode co = a.addObject();
                co.set("enclosure", interval(c.enclosure()));
                co.put("count", c.count());
                co.put("shared", c.blocks().size() > 1);
            }
        }
        o.put("meaning", "each cluster encloses eigenvalues first..first+count-1 (ascending) of the Hessian; blocks are "
                + "attributed through the numerical symmetry-adapted basis, the enclosures and counts are rigorous");
        return o;
    }

    /**
     * @param p        the proof
     * @param fallback the numerical verdict to show when the proof fails (e.g. the 45-digit certificate's), or ""
     * @return the proof object of {@code critical --certify}
     */
    public static ObjectNode critical(CriticalPointProof p, String fallback) {
        ObjectNode o = Output.object();
        o.put("verdict", p.proved() ? "proved" : "not proved: " + (p.existence().proved() ? p.index().reason()
                : p.existence().reason()));
        o.set("existence", verdict(p.existence()));
        o.set("morse_index", verdict(p.index()));
        p.morseIndex().ifPresent(i -> o.put("index", i));
        o.put("subspace", p.subspace());
        o.put("box_radius", p.boxRadius());
        if (p.existence().proved()) {
            o.put("point_enclosure_radius", p.krawczyk().enclosureRadius());
            o.set("point", intervals(p.point()));
            o.set("loss", interval(p.loss()));
            o.put("normalisation", "L = 1/2 E[(f_W(x) - f_V(x))^2]");
        }
        p.spectrum().ifPresent(s -> o.set("spectrum", spectrum(s)));
        o.put("blocks_from", p.blocksMethod());
        o.put("seconds", p.seconds());
        o.set("evidence", evidence(p.evidence()));
        if (!p.proved() && !fallback.isEmpty()) {
            o.put("numerical_verdict", fallback + " (numerical evidence, not a proof)");
        }
        return o;
    }

    /** @return the text lines of {@code critical --certify} for the proof */
    public static String criticalText(CriticalPointProof p, String fallback) {
        StringBuilder b = new StringBuilder();
        b.append("proof: ").append(p.proved() ? "proved" : "not proved: " + (p.existence().proved()
                ? p.index().reason() : p.existence().reason())).append('\n');
        if (p.existence().proved()) {
            b.append(String.format(Locale.ROOT, "  existence: proved, a unique critical point in %s within %.2e of the "
                    + "given point (box radius %.2e)%n", p.subspace(), p.krawczyk().enclosureRadius(), p.boxRadius()));
            b.append("  loss (L = 1/2 E[(f_W - f_V)^2]) in ").append(p.loss()).append('\n');
            b.append("  Morse index: ").append(p.index().proved() ? "proved " + p.morseIndex().getAsInt()
                    : p.index().toString()).append('\n');
            p.spectrum().ifPresent(s -> {
                b.append("  smallest eigenvalue in ").append(s.smallest()).append(" (").append(s.lowest().count())
                        .append(" eigenvalue(s), block ").append(String.join(", ", s.lowest().blocks())).append(")\n");
            });
        }
        if (!p.proved() && !fallback.isEmpty()) {
            b.append("  numerical verdict (not a proof): ").append(fallback).append('\n');
        }
        b.append(String.format(Locale.ROOT, "  (%.2f s; %s)", p.seconds(), p.evidence().detail()));
        return b.toString();
    }

    /**
     * @param events the numerical events of the same branch
     * @return per numerical event: "proved (...)" if a proved crossing of the same component lies within its bracket
     *         (widened by 1e-9), else "not proved: ..."
     */
    public static List<String> eventProofs(FamilyProof f, List<LossEvent> events) {
        List<String> out = new java.util.ArrayList<>();
        for (LossEvent e : events) {
            String p = "not proved: no proved crossing of [" + e.component() + "] near alpha = " + e.alpha()
                    + (f.proved() ? "" : " (" + f.verdict() + ")");
            for (FamilyProof.Segment s : f.segments()) {
                if (s.kind() != FamilyProof.Kind.CROSSING || !s.component().equals(e.component())
                        || !s.alpha().contains(e.alpha())) {
                    continue;
                }
                Interval a = s.alpha();
                for (CriticalNumberProof c : f.crossings()) {
                    if (c.proved() && s.alpha().contains(c.alpha())) {
                        a = c.alpha();
                    }
                }
                p = "proved (a transversal crossing, alpha* in " + a + ", Morse index " + s.indexLow() + " -> "
                        + s.indexHigh() + " with increasing alpha)";
            }
            out.add(p);
        }
        return out;
    }

    /** @return the proof object of {@code continue --certify} */
    public static ObjectNode family(FamilyProof f, List<LossEvent> events) {
        ObjectNode o = Output.object();
        o.put("verdict", f.verdict().toString());
        o.put("from", f.from());
        o.put("reached", f.reached());
        o.put("target", f.target());
        o.put("tubes", f.segments().size());
        ArrayNode cs = o.putArray("crossings");
        for (CriticalNumberProof c : f.crossings()) {
            ObjectNode co = cs.addObject();
            co.set("alpha", interval(c.alpha()));
            co.put("component", c.component());
            co.set("existence", verdict(c.existence()));
            co.set("transversal", verdict(c.transversal()));
            co.put("subgroup_K", c.subgroupK());
        }
        ArrayNode ev = o.putArray("events");
        List<String> ps = eventProofs(f, events);
        for (int i = 0; i < events.size(); i++) {
            ObjectNode eo = ev.addObject();
            eo.put("alpha", events.get(i).alpha());
            eo.put("component", events.get(i).component());
            eo.put("proof", ps.get(i));
        }
        ArrayNode seg = o.putArray("segments");
        for (FamilyProof.Segment s : f.segments()) {
            ObjectNode so = seg.addObject();
            so.set("alpha", interval(s.alpha()));
            so.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
            so.put("index_low", s.indexLow());
            so.put("index_high", s.indexHigh());
            if (!s.component().isEmpty()) {
                so.put("component", s.component());
            }
        }
        o.put("seconds", f.seconds());
        o.put("meaning", "on every segment the branch (a critical point in the fixed-point subspace) exists and is "
                + "unique in its tube; regular segments have a constant proved Morse index, crossing segments exactly "
                + "one transversal zero of one block eigenvalue");
        return o;
    }

    /** @return the text of {@code continue --certify} */
    public static String familyText(FamilyProof f, List<LossEvent> events) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "proof: %s (validated continuation from "
                + "alpha = %s to %s, %d tubes, %.1f s)%n", f.verdict(), f.from(), f.reached(), f.segments().size(),
                f.seconds()));
        List<String> ps = eventProofs(f, events);
        for (int i = 0; i < events.size(); i++) {
            b.append("  event at alpha = ").append(events.get(i).alpha()).append(" in [").append(events.get(i)
                    .component()).append("]: ").append(ps.get(i)).append('\n');
        }
        return b.toString().stripTrailing();
    }

    /** @return the text of {@code spectrum --certify}: the enclosures per cluster */
    public static String spectrumText(EnclosedSpectrum s) {
        StringBuilder b = new StringBuilder("proof: ").append(s.inertiaProved() ? "proved" : "not proved: "
                + (s.straddlingZero().isEmpty() ? "the approximate eigenbasis is not proved nonsingular"
                : s.straddlingZero().get(0).count() + " eigenvalue(s) enclosed in " + s.straddlingZero().get(0).enclosure()
                + ", which contains 0")).append('\n');
        for (SpectrumEnclosures.Cluster c : s.clusters()) {
            b.append("  ").append(c.enclosure()).append(" x").append(c.count()).append("  ")
                    .append(String.join(", ", c.blocks())).append('\n');
        }
        if (s.inertiaProved()) {
            b.append("  negative eigenvalues (proved): ").append(s.negative()).append('\n');
        }
        return b.toString().stripTrailing();
    }
}
