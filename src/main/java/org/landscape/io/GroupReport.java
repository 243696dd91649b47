package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.group.CharacterTable;
import org.landscape.group.ConjugacyClasses;
import org.landscape.group.ElementTable;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.TableOfMarks;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.rep.RealIrreducibles;
import org.landscape.rep.RealIsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;

import java.math.BigInteger;
import java.util.List;

/**
 * The {@code group} report: order and generators, classes of elements, the character table (closed form, or the
 * numeric real characters of a group without one), subgroup classes, the table of marks, and the isotypic
 * decomposition of weight matrices; each part as JSON and as text ({@link Report}).
 */
public final class GroupReport {
    private GroupReport() {
    }

    /** @return a report with the group's name, order, degree and generators, and its classes of elements if small */
    public static Report of(PermutationGroup g) {
        Report r = new Report(GroupJson.group(g), new StringBuilder());
        StringBuilder text = r.text();
        text.append(g.name()).append(": order ").append(g.order()).append(", acting on ").append(g.degree())
                .append(" points, generators ").append(g.generators().isEmpty() ? "none" : "")
                .append(String.join(", ", g.generators().stream().map(Object::toString).toList())).append('\n');
        if (g.order().compareTo(BigInteger.valueOf(ElementTable.MAX_ORDER)) <= 0) {
            ConjugacyClasses cc = ConjugacyClasses.of(g);
            ArrayNode ec = r.json().putArray("element_classes");
            text.append(cc.count()).append(" conjugacy classes of elements:");
            for (int j = 0; j < cc.count(); j++) {
                ObjectNode c = ec.addObject();
                Permutation rep = g.elements().permutation(cc.representative(j));
                c.put("representative", rep.toString());
                c.put("cycle_type", rep.cycleType().toString());
                c.put("size", cc.size(j));
                text.append(j % 6 == 0 ? "\n  " : "  ").append(rep).append(" [").append(cc.size(j)).append(']');
            }
            text.append('\n');
        }
        return r;
    }

    /** Adds the numeric real characters of a group without a closed-form table. */
    public static void realCharacters(Report r, PermutationGroup g, RealIrreducibles ri) {
        StringBuilder text = r.text();
        ObjectNode ct = r.json().putObject("character_table");
        ct.put("method", "numeric real characters from the regular representation (no closed form for this group)");
        ArrayNode cls = ct.putArray("classes");
        text.append("\nReal irreducible characters (numeric; W of complex type = chi + conj(chi))\n")
                .append(String.format("%-14s", "class rep"));
        for (int j = 0; j < ri.classes().count(); j++) {
            ObjectNode c = cls.addObject();
            c.put("representative", g.elements().permutation(ri.classes().representative(j)).toString());
            c.put("size", ri.classes().size(j));
            text.append(String.format(" %12s", g.elements().permutation(ri.classes().representative(j))));
        }
        text.append('\n');
        ArrayNode irr = ct.putArray("irreducibles");
        for (RealIrreducibles.Irreducible w : ri.irreducibles()) {
            ObjectNode x = irr.addObject();
            x.put("label", w.label());
            x.put("dimension", w.dimension());
            x.put("endomorphism_dimension", w.endomorphismDimension());
            ArrayNode v = x.putArray("values");
            text.append(String.format("%-14s", w.label() + " (e=" + w.endomorphismDimension() + ")"));
            for (double y : w.character()) {
                double ry = Math.round(y * 1e9) / 1e9;
                v.add(ry);
                text.append(String.format(" %12.6f", ry));
            }
            text.append('\n');
        }
    }

    /** Adds a closed-form character table. */
    public static void characters(Report r, CharacterTable t) {
        StringBuilder text = r.text();
        r.json().set("character_table", GroupJson.characters(t));
        text.append("\nCharacter table (").append(t.evidence().method()).append(")\n");
        text.append(String.format("%-14s", "class"));
        for (int j = 0; j < t.size(); j++) {
            text.append(String.format(" %8s", t.classLabel(j)));
        }
        text.append('\n').append(String.format("%-14s", "size"));
        for (int j = 0; j < t.size(); j++) {
            text.append(String.format(" %8s", t.classSize(j)));
        }
        text.append('\n');
        for (int i = 0; i < t.size(); i++) {
            text.append(String.format("%-14s", "[" + t.irrepLabel(i) + "]"));
            for (long v : t.character(i)) {
                text.append(String.format(" %8d", v));
            }
            text.append('\n');
        }
    }

    /** Adds the lattice's size and method, and its subgroup classes and table of marks as asked. */
    public static void lattice(Report r, SubgroupLattice lat, boolean subgroups, boolean marks) {
        StringBuilder text = r.text();
        ObjectNode o = r.json();
        o.put("subgroup_classes", lat.size());
        o.put("subgroups_total", lat.subgroupCount());
        o.put("lattice_method", lat.evidence().method());
        if (subgroups) {
            o.set("subgroups", GroupJson.subgroups(lat));
            text.append('\n').append(lat.size()).append(" conjugacy classes of subgroups (")
                    .append(lat.subgroupCount()).append(" subgroups); ordered by order, orbit lengths, cycle types\n");
            for (SubgroupClass c : lat.classes()) {
                text.append(GroupJson.subgroupLine(c)).append('\n');
            }
        }
        if (marks) {
            TableOfMarks m = lat.tableOfMarks();
            o.set("marks", GroupJson.marks(m));
            text.append("\nTable of marks m(i,j) = |(G/H_i)^{H_j}| (lower triangular, diagonal |W(H_i)|)\n");
            for (int i = 0; i < m.size(); i++) {
                StringBuilder row = new StringBuilder(String.format("%4d %-14s", i, lat.get(i).structure()));
                for (int j = 0; j <= i; j++) {
                    long v = m.mark(i, j);
                    row.append(v == 0 ? "     ." : String.format(" %5d", v));
                }
                text.append(row.toString().stripTrailing()).append('\n');
            }
        }
    }

    /**
     * Adds the real isotypic decomposition of a group without a closed-form table.
     *
     * @param ids the components identified with real irreducibles (empty when the group is too large)
     */
    public static void realDecomposition(Report r, PermutationGroup g, WeightMatrixAction act,
                                         RealIsotypicDecomposition dec, List<RealIsotypicDecomposition.Identification> ids) {
        StringBuilder text = r.text();
        ObjectNode d = r.json().putObject("decomposition");
        d.put("space", "M(" + act.rows() + "," + act.columns() + ")");
        d.put("mode", act.mode().name());
        d.put("dimension", act.dimension());
        d.put("method", dec.evidence().method());
        ArrayNode comps = d.putArray("components");
        text.append("\nM(").append(act.rows()).append(',').append(act.columns()).append(") under ").append(g.name())
                .append(": real isotypic components (no closed-form character table; <chi,chi> = e m^2)\n");
        for (int i = 0; i < dec.components().size(); i++) {
            RealIsotypicDecomposition.Component c = dec.components().get(i);
            ObjectNode x = comps.addObject();
            String name = "";
            if (!ids.isEmpty()) {
                x.put("irrep", ids.get(i).irrep());
                x.put("irrep_dimension", ids.get(i).irrepDimension());
                x.put("multiplicity", ids.get(i).multiplicity());
                name = String.format("  [%s]: multiplicity %d, dim W = %d,", ids.get(i).irrep(),
                        ids.get(i).multiplicity(), ids.get(i).irrepDimension());
            }
            x.put("dimension", c.dimension());
            x.put("character_norm", c.characterNorm());
            x.put("trivial", c.isTrivial());
            text.append(String.format("%s  dimension %d, <chi,chi> = %d%s%n", name, c.dimension(),
                    c.characterNorm(), c.isTrivial() ? " (trivial: Fix(G))" : ""));
        }
    }

    /** Adds the isotypic decomposition by the closed-form character table. */
    public static void decomposition(Report r, PermutationGroup g, WeightMatrixAction act, IsotypicDecomposition dec) {
        StringBuilder text = r.text();
        ObjectNode d = r.json().putObject("decomposition");
        d.put("space", "M(" + act.rows() + "," + act.columns() + ")");
        d.put("mode", act.mode().name());
        d.put("dimension", act.dimension());
        ArrayNode comps = d.putArray("components");
        text.append("\nM(").append(act.rows()).append(',').append(act.columns()).append(") under ")
                .append(g.name()).append(" (").append(act.mode()).append("), dimension ").append(act.dimension())
                .append(" =\n");
        StringBuilder sum = new StringBuilder();
        for (IsotypicDecomposition.Component c : dec.components()) {
            ObjectNode x = comps.addObject();
            x.put("irrep", c.label());
            x.put("irrep_dimension", c.irrepDimension());
            x.put("multiplicity", c.multiplicity());
            x.put("dimension", c.dimension());
            sum.append(sum.length() == 0 ? "  " : " + ").append(c.multiplicity() == 1 ? "" : c.multiplicity() + " ")
                    .append('[').append(c.label()).append(']');
        }
        text.append(sum).append('\n');
        for (IsotypicDecomposition.Component c : dec.components()) {
            text.append(String.format("  [%s]: multiplicity %d, dim V = %d, component dimension %d%n", c.label(),
                    c.multiplicity(), c.irrepDimension(), c.dimension()));
        }
    }
}
