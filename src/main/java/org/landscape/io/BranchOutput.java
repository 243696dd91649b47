package org.landscape.io;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossEvent;
import org.landscape.continuation.SwitchedBranch;
import org.landscape.proof.FamilyProof;

/**
 * A {@link LossBranch} as the text of {@code continue} (one line per event with its Morse indices, omega and orbit
 * types, one line per switched branch) and as the files of {@code continue --out}: branch.json (with the points),
 * branch.csv and the bifurcation diagram as SVG and PNG.
 */
public final class BranchOutput {
    private BranchOutput() {
    }

    /**
     * Adds branch.json, branch.csv, diagram.svg and diagram.png to {@code folder} (written on its commit).
     *
     * @param title the diagram's title
     */
    public static void put(OutputFolder folder, LossBranch b, String title) {
        folder.put("branch.json", Output.json(BranchJson.of(b, true)) + "\n");
        folder.put("branch.csv", BranchCsv.of(b));
        var diagram = BifurcationDiagramSvg.plot(b, title);
        folder.put("diagram.svg", diagram.svg(900, 600));
        folder.put("diagram.png", diagram.png(900, 600));
    }

    /** @return the summary JSON (the events, no points), with "proof" when the branch was proved */
    public static ObjectNode summary(LossBranch b, Optional<FamilyProof> proof) {
        ObjectNode summary = BranchJson.of(b, false);
        proof.ifPresent(p -> summary.set("proof", ProofJson.family(p, b.events())));
        return summary;
    }

    /** @return {@link #text(LossBranch, boolean)}, followed by the proof's text when the branch was proved */
    public static String text(LossBranch b, boolean down, Optional<FamilyProof> proof) {
        return text(b, down) + proof.map(p -> ProofJson.familyText(p, b.events()) + "\n").orElse("");
    }

    /**
     * @param down the continuation runs towards smaller values of the parameter (indices are shown in the order they
     *             are met)
     * @return the branch's summary line, then one line per event and per switched branch
     */
    public static String text(LossBranch b, boolean down) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "branch in %s (%d unknowns), blocks of %s: %s; %d points, status %s%n",
                b.subspace(), b.dimension(), b.group(), b.blockLabels(), b.points().size(), b.status()));
        if (!b.events().isEmpty()) {
            s.append(b.parameter().equals("k") ? "(k: the width as a real number; index: Morse index in the order the "
                    + "continuation meets it, multiplicities rounded to the nearest integer width)\n"
                    : "(index: Morse index in the order the continuation meets it; omega(alpha0) = deg(alpha0 - eps) "
                    + "- deg(alpha0 + eps), MATH.md section 5)\n");
        }
        for (LossEvent e : b.events()) {
            s.append(String.format(Locale.ROOT, "%-8s %s = %.15f +- %.1e  [%s] x%d  index %d -> %d", e.kind().jsonName(),
                    b.parameter(), e.alpha(), e.precision(), e.component(), e.multiplicity(), down ? e.indexAfter() : e.indexBefore(),
                    down ? e.indexBefore() : e.indexAfter()));
            if (!e.omega().isEmpty()) {
                s.append("  omega = ").append(e.omega());
            }
            if (!e.orbitTypes().isEmpty()) {
                s.append("  orbit types ").append(e.orbitTypes());
            }
            s.append('\n');
            for (SwitchedBranch sw : e.branches()) {
                s.append(String.format(Locale.ROOT, "    (%s): dim Fix = %d, %s", sw.orbitType(), sw.fixDimension(),
                        sw.criticality().name().toLowerCase()));
                for (SwitchedBranch.Half hf : sw.halves()) {
                    s.append(String.format(Locale.ROOT, "; %s: %s", hf.orientation() > 0 ? "+" : "-",
                            hf.found() ? "isotropy " + hf.isotropy() + ", side " + hf.side() + ", index " + hf.index()
                                    + " " + hf.stability().name().toLowerCase() : "not found"));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }
}
