package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.base.Evidence;
import org.landscape.claims.ClaimResult;
import org.landscape.claims.ClaimsFile;
import org.landscape.claims.CriticalNumber;
import org.landscape.claims.Verdict;

import java.util.List;

/** Renders claim verdicts as Markdown and JSON. */
public final class ClaimsReport {
    private ClaimsReport() {
    }

    /** @return a Markdown report */
    public static String markdown(ClaimsFile file, List<ClaimResult> results) {
        StringBuilder b = new StringBuilder();
        b.append("# Claims check: ").append(file.title().isEmpty() ? file.path() : file.title()).append("\n\n");
        if (!file.source().isEmpty()) {
            b.append("Source: ").append(file.source()).append("\n\n");
        }
        b.append("Model reading: parameter `").append(file.model().parameter()).append("`, negative-side slope alpha = `")
                .append(file.model().slope().replace("a", file.model().parameter())).append("`, loss normalisation `")
                .append(file.model().normalisation()).append("`, teacher `").append(file.model().teacher())
                .append("`, teacher activation `").append(file.model().teacherActivation()).append("`. Family: `")
                .append(file.family()).append("`.\n\n");
        b.append("| claim | kind | verdict | proof |\n|---|---|---|---|\n");
        for (ClaimResult r : results) {
            b.append("| ").append(r.claim().id()).append(" | ").append(r.claim().kind().jsonName()).append(" | **")
                    .append(r.verdict().label()).append("** | ").append(r.proved() ? "proved" : r.proof().isEmpty()
                            ? "-" : "not proved").append(" |\n");
        }
        b.append('\n');
        for (ClaimResult r : results) {
            b.append("## ").append(r.claim().id()).append(": ").append(r.verdict().label()).append("\n\n");
            if (!r.claim().text().isEmpty()) {
                b.append("> ").append(r.claim().text()).append("\n\n");
            }
            b.append(r.explanation()).append("\n\n");
            if (!r.proof().isEmpty()) {
                b.append("Proof: ").append(r.proof()).append("\n\n");
            }
            for (Evidence e : r.evidence()) {
                b.append("Evidence: ").append(e.method()).append(" (accuracy ").append(e.accuracy()).append("; ")
                        .append(e.detail()).append(").\n\n");
            }
        }
        long held = results.stream().filter(r -> r.verdict() == Verdict.HOLDS).count();
        long proved = results.stream().filter(ClaimResult::proved).count();
        b.append("Summary: ").append(held).append(" of ").append(results.size()).append(" claims hold; ").append(proved)
                .append(" verdict").append(proved == 1 ? " is" : "s are").append(" proved.\n");
        return b.toString();
    }

    /** @return the JSON report */
    public static ObjectNode json(ClaimsFile file, List<ClaimResult> results) {
        ObjectNode o = Output.object();
        o.put("title", file.title());
        o.put("file", file.path());
        ObjectNode m = o.putObject("model");
        m.put("parameter", file.model().parameter());
        m.put("slope", file.model().slope());
        m.put("loss_normalisation", file.model().normalisation());
        m.put("teacher", file.model().teacher());
        m.put("teacher_activation", file.model().teacherActivation());
        o.put("family", file.family());
        ArrayNode a = o.putArray("claims");
        for (ClaimResult r : results) {
            ObjectNode c = a.addObject();
            c.put("id", r.claim().id());
            c.put("kind", r.claim().kind().jsonName());
            c.put("line", r.claim().line());
            c.put("verdict", r.verdict().label());
            c.put("explanation", r.explanation());
            c.put("proof", r.proof());
            ArrayNode f = c.putArray("critical_numbers");
            for (CriticalNumber n : r.found()) {
                ObjectNode x = f.addObject();
                x.put("value", n.value());
                if (!n.exact().isEmpty()) {
                    x.put("exact", n.exact());
                }
                x.put("enclosure_lo", n.enclosure().lo().bigDecimalValue(25, java.math.RoundingMode.FLOOR).toPlainString());
                x.put("enclosure_hi", n.enclosure().hi().bigDecimalValue(25, java.math.RoundingMode.CEILING).toPlainString());
                x.put("component", n.component());
                x.put("type", n.kind().jsonName());
                x.put("multiplicity", n.multiplicity());
                x.put("index_below", n.indexBelow());
                x.put("index_above", n.indexAbove());
                x.put("k", n.k());
            }
            ArrayNode ev = c.putArray("evidence");
            for (Evidence e : r.evidence()) {
                ev.add(Output.evidence(e));
            }
        }
        o.put("all_hold", results.stream().allMatch(r -> r.verdict() == Verdict.HOLDS));
        o.put("all_proved", results.stream().allMatch(ClaimResult::proved));
        return o;
    }
}
