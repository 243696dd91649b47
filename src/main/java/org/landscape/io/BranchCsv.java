package org.landscape.io;

import java.util.Locale;

import org.landscape.continuation.BranchSample;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossEvent;
import org.landscape.continuation.SwitchedBranch;

/**
 * CSV of a {@link LossBranch} for plotting: one row per point,
 * {@code branch,alpha,loss,norm,index,stable,min_eig_<block>...}; branch 0 is the main branch, then
 * {@code e<i>_<orbit type>_<+|->} for switched halves.
 */
public final class BranchCsv {
    private BranchCsv() {
    }

    /** @return the CSV text */
    public static String of(LossBranch b) {
        StringBuilder s = new StringBuilder("branch," + b.parameter() + ",loss,norm,index,stable");
        for (String l : b.blockLabels()) {
            s.append(",min_eig_").append(l.replace(',', '_'));
        }
        s.append('\n');
        for (BranchSample p : b.points()) {
            row(s, "main", p, b);
        }
        for (int i = 0; i < b.events().size(); i++) {
            LossEvent e = b.events().get(i);
            for (SwitchedBranch sw : e.branches()) {
                for (SwitchedBranch.Half h : sw.halves()) {
                    String name = "e" + i + "_" + sw.orbitType().replace(' ', '_').replace(',', '_')
                            + (h.orientation() > 0 ? "_plus" : "_minus");
                    for (BranchSample p : h.points()) {
                        row(s, name, p, b);
                    }
                }
            }
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String name, BranchSample p, LossBranch b) {
        s.append(name).append(',').append(num(p.alpha())).append(',').append(num(Output.loss(p.loss()))).append(',')
                .append(num(p.norm())).append(',').append(p.index()).append(',').append(p.stable());
        for (String l : b.blockLabels()) {
            double[] ev = p.blocks().get(l);
            s.append(',').append(ev == null || ev.length == 0 ? "" : num(ev[0]));
        }
        s.append('\n');
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.17g", x);
    }
}
