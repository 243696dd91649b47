package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.base.InvalidInputException;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.ConjugacyClasses;
import org.landscape.group.ElementTable;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;
import org.landscape.group.TableOfMarks;
import org.landscape.io.GroupJson;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.rep.RealIrreducibles;
import org.landscape.rep.RealIsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ./landscape group NAME [--characters] [--subgroups] [--marks] [--decompose Mkk|Mkd:K,D] [--json]}. */
@Command(name = "group", mixinStandardHelpOptions = true,
        description = "Order, character table, subgroup classes (orbit types), table of marks, weight-matrix decomposition.")
public final class GroupCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final Pattern MKD = Pattern.compile("Mkd:(\\d+),(\\d+)");

    @Parameters(index = "0", paramLabel = "NAME",
            description = "S5, A5, Z6, S4xZ2, S4xS4, S3xS2, Young(3,2), DeltaS5, Delta(S4xS1), ...")
    String name;

    @Option(names = "--characters", description = "print the character table")
    boolean characters;

    @Option(names = "--subgroups", description = "print the conjugacy classes of subgroups")
    boolean subgroups;

    @Option(names = "--marks", description = "print the table of marks (rows G/H_i, columns H_j)")
    boolean marks;

    @Option(names = "--decompose", paramLabel = "Mkk|Mkd:K,D",
            description = "isotypic decomposition of the action on weight matrices M(k,k) or M(K,D)")
    String decompose;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        return LongRun.around("group", spec.commandLine().getErr(), "computing " + (subgroups || marks ? "the subgroup lattice of " : "") + name, this::compute);
    }

    private Integer compute(org.landscape.base.Monitor monitor) {
        PermutationGroup g = Groups.parse(name);
        ObjectNode o = GroupJson.group(g);
        StringBuilder text = new StringBuilder();
        text.append(g.name()).append(": order ").append(g.order()).append(", acting on ").append(g.degree())
                .append(" points, generators ").append(g.generators().isEmpty() ? "none" : "")
                .append(String.join(", ", g.generators().stream().map(Object::toString).toList())).append('\n');
        if (g.order().compareTo(java.math.BigInteger.valueOf(ElementTable.MAX_ORDER)) <= 0) {
            ConjugacyClasses cc = ConjugacyClasses.of(g);
            ArrayNode ec = o.putArray("element_classes");
            text.append(cc.count()).append(" conjugacy classes of elements:");
            for (int j = 0; j < cc.count(); j++) {
                ObjectNode c = ec.addObject();
                org.landscape.group.Permutation rep = g.elements().permutation(cc.representative(j));
                c.put("representative", rep.toString());
                c.put("cycle_type", rep.cycleType().toString());
                c.put("size", cc.size(j));
                text.append(j % 6 == 0 ? "\n  " : "  ").append(rep).append(" [").append(cc.size(j)).append(']');
            }
            text.append('\n');
        }
        if (characters && g.structure().isEmpty()) {
            RealIrreducibles ri = RealIrreducibles.of(g);
            ObjectNode ct = o.putObject("character_table");
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
                ObjectNode r = irr.addObject();
                r.put("label", w.label());
                r.put("dimension", w.dimension());
                r.put("endomorphism_dimension", w.endomorphismDimension());
                ArrayNode v = r.putArray("values");
                text.append(String.format("%-14s", w.label() + " (e=" + w.endomorphismDimension() + ")"));
                for (double x : w.character()) {
                    double rx = Math.round(x * 1e9) / 1e9;
                    v.add(rx);
                    text.append(String.format(" %12.6f", rx));
                }
                text.append('\n');
            }
        } else if (characters) {
            CharacterTable t = CharacterTables.of(g);
            o.set("character_table", GroupJson.characters(t));
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
        if (subgroups || marks) {
            SubgroupLattice lat = SubgroupLattices.of(g, monitor);
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
        if (decompose != null && g.structure().isEmpty()) {
            WeightMatrixAction act = parseAction(g, decompose);
            RealIsotypicDecomposition dec = RealIsotypicDecomposition.of(act);
            ObjectNode d = o.putObject("decomposition");
            d.put("space", "M(" + act.rows() + "," + act.columns() + ")");
            d.put("mode", act.mode().name());
            d.put("dimension", act.dimension());
            d.put("method", dec.evidence().method());
            ArrayNode comps = d.putArray("components");
            text.append("\nM(").append(act.rows()).append(',').append(act.columns()).append(") under ").append(g.name())
                    .append(": real isotypic components (no closed-form character table; <chi,chi> = e m^2)\n");
            List<RealIsotypicDecomposition.Identification> ids = g.elements().size() <= RealIrreducibles.MAX_ORDER
                    ? dec.identify(RealIrreducibles.of(g)) : List.of();
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
        } else if (decompose != null) {
            WeightMatrixAction act = parseAction(g, decompose);
            IsotypicDecomposition dec = IsotypicDecomposition.of(act);
            ObjectNode d = o.putObject("decomposition");
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
        spec.commandLine().getOut().print(json ? GroupJson.write(o) + "\n" : text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static WeightMatrixAction parseAction(PermutationGroup g, String spec) {
        if (spec.equalsIgnoreCase("Mkk")) {
            return WeightMatrixAction.mkk(g);
        }
        Matcher m = MKD.matcher(spec);
        if (m.matches()) {
            return WeightMatrixAction.of(g, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new InvalidInputException("unknown space '" + spec + "': use Mkk or Mkd:K,D (e.g. Mkd:4,3)");
    }
}
