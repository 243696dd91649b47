package org.landscape.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.base.InvalidInputException;
import org.landscape.degree.BasicDegree;
import org.landscape.degree.BasicDegrees;
import org.landscape.degree.BurnsideElement;
import org.landscape.degree.BurnsideRing;
import org.landscape.degree.EquivariantDegrees;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;
import org.landscape.io.GroupJson;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.RealIrreducibles;
import org.landscape.rep.WeightMatrixAction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./landscape degree --group S5 [--irrep 3,2] [--crossing 4,1 ...] [--before 3,2=1 ...] [--space Mkk]
 * [--basis] [--json]}.
 */
@Command(name = "degree", mixinStandardHelpOptions = true,
        description = "Basic degrees in the Burnside ring, orbit types, and bifurcation invariants omega.")
public final class DegreeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--group", required = true, paramLabel = "NAME", description = "group name, e.g. S5, S4xZ2, DeltaS5")
    String group;

    @Option(names = "--irrep", paramLabel = "LABEL", description = "one irreducible, e.g. 3,2 (default: all)")
    String irrep;

    @Option(names = "--crossing", paramLabel = "LABEL[=m]",
            description = "m (default 1) copies of this irreducible turn negative at the crossing (m < 0: turn "
                    + "positive, with --before); repeatable. omega = deg(before) - deg(after): MATH.md's omega(alpha0) "
                    + "when 'before' is alpha0 - eps, as 'continue' prints it")
    List<String> crossings = new ArrayList<>();

    @Option(names = "--before", paramLabel = "LABEL[=m]",
            description = "isotypic Morse index before the crossing (m copies, default 1); repeatable; without "
                    + "--crossing: print the G-degree of a critical point with these indices")
    List<String> before = new ArrayList<>();

    @Option(names = "--space", paramLabel = "Mkk|Mkd:K,D", defaultValue = "Mkk",
            description = "weight-matrix space for dim Fix(H) of predicted orbit types (default Mkk)")
    String space;

    @Option(names = "--basis", description = "include an orthonormal basis of Fix(H) in the JSON")
    boolean basis;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        return LongRun.around("degree", spec.commandLine().getErr(), "computing the subgroup lattice and basic degrees of " + group, this::compute);
    }

    private Integer compute(org.landscape.base.Monitor monitor) {
        PermutationGroup g = Groups.parse(group);
        SubgroupLattice lat = SubgroupLattices.of(g, monitor);
        BurnsideRing ring = new BurnsideRing(lat);
        List<BasicDegree> all;
        String source;
        if (g.structure().isPresent()) {
            CharacterTable t = CharacterTables.of(g);
            all = BasicDegrees.all(ring, t);
            source = t.evidence().method();
        } else {
            RealIrreducibles ri = RealIrreducibles.of(g);
            long[][] fix = ri.fixedDimensions(lat);
            all = new ArrayList<>();
            for (int i = 0; i < fix.length; i++) {
                RealIrreducibles.Irreducible w = ri.irreducibles().get(i);
                all.add(BasicDegrees.fromFixedDimensions(ring, w.label(), w.dimension(), fix[i]));
            }
            source = "real irreducibles W1.. from the regular representation (numeric characters, exact fixed dimensions)";
        }
        ObjectNode o = GroupJson.group(g);
        o.put("irreducibles_from", source);
        StringBuilder text = new StringBuilder();
        text.append(g.name()).append(": order ").append(g.order()).append(", ").append(lat.size())
                .append(" orbit-type classes; classes named by structure, _i = class index\n");
        if (crossings.isEmpty() && !before.isEmpty()) {
            BurnsideElement d = EquivariantDegrees.atCriticalPoint(ring, all, counts(all, before));
            o.put("degree_at_critical_point", d.toString());
            o.set("coefficients", coefficients(lat, d));
            text.append("\nG-degree at a non-degenerate critical point with these isotypic Morse indices:\n  ")
                    .append(d).append('\n');
        } else if (crossings.isEmpty()) {
            ArrayNode arr = o.putArray("basic_degrees");
            for (BasicDegree d : all) {
                if (irrep != null && d != all.get(index(all, irrep))) {
                    continue;
                }
                ObjectNode x = arr.addObject();
                x.put("irrep", d.irrep());
                x.put("dimension", d.dimension());
                x.put("degree", d.degree().toString());
                x.set("coefficients", coefficients(lat, d.degree()));
                x.set("orbit_types", classes(lat, d.orbitTypes()));
                x.set("maximal_orbit_types", classes(lat, d.maximalOrbitTypes()));
                text.append("\n[").append(d.irrep()).append("] (dim ").append(d.dimension()).append(")\n")
                        .append("  deg_V = ").append(d.degree()).append('\n')
                        .append("  orbit types of V\\0: ").append(names(ring, d.orbitTypes())).append('\n')
                        .append("  maximal orbit types: ").append(names(ring, d.maximalOrbitTypes())).append('\n');
            }
        } else {
            long[] m0 = counts(all, before);
            long[] dm = counts(all, crossings);
            EquivariantDegrees.BifurcationInvariant w = EquivariantDegrees.crossing(ring, all, m0, dm);
            WeightMatrixAction act = GroupCommand.parseAction(g, space);
            o.put("degree_before", w.before().toString());
            o.put("degree_after", w.after().toString());
            o.put("omega", w.omega().toString());
            o.set("omega_coefficients", coefficients(lat, w.omega()));
            ArrayNode pred = o.putArray("predicted_orbit_types");
            text.append("\ndeg before = ").append(w.before()).append("\ndeg after  = ").append(w.after())
                    .append("\nomega      = ").append(w.omega()).append('\n');
            o.set("support_maxima", classes(lat, w.supportMaxima()));
            o.set("maximal_orbit_types", classes(lat, w.maximalOrbitTypes()));
            text.append("maximal orbit types of the crossing space: ").append(names(ring, w.maximalOrbitTypes()))
                    .append("\nmaximal classes in the support of omega: ").append(names(ring, w.supportMaxima()))
                    .append('\n');
            text.append(w.predicted().isEmpty() ? "no maximal orbit type has a non-zero coefficient: no branch is forced\n"
                    : "maximal orbit types with non-zero coefficient (predicted branch symmetries), Fix(H) in M("
                    + act.rows() + "," + act.columns() + "):\n");
            for (int c : w.predicted()) {
                SubgroupClass sc = lat.get(c);
                FixedPointSubspace fix = FixedPointSubspace.of(act, sc.generators());
                ObjectNode x = GroupJson.subgroupClass(lat, sc);
                x.put("coefficient", w.omega().coefficient(c));
                x.put("fix_dimension", fix.dimension());
                if (basis) {
                    ArrayNode b = x.putArray("fix_basis");
                    for (double[] v : fix.basis()) {
                        ArrayNode row = b.addArray();
                        for (double e : v) {
                            row.add(e);
                        }
                    }
                }
                pred.add(x);
                text.append(String.format("  (%s)  coefficient %d, dim Fix(H) = %d, |W(H)| = %d, gens %s%n",
                        ring.name(c), w.omega().coefficient(c), fix.dimension(), sc.weylOrder(), sc.generators()));
            }
        }
        spec.commandLine().getOut().print(json ? GroupJson.write(o) + "\n" : text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static int index(List<BasicDegree> all, String label) {
        String norm = label.replace("[", "").replace("]", "").replace(" ", "");
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).irrep().equals(norm)) {
                return i;
            }
        }
        List<String> labels = new ArrayList<>();
        all.forEach(b -> labels.add(b.irrep()));
        throw new InvalidInputException("unknown irreducible '" + label + "': use one of " + String.join(" ", labels));
    }

    private static long[] counts(List<BasicDegree> all, List<String> specs) {
        long[] m = new long[all.size()];
        for (String s : specs) {
            String[] p = s.split("=");
            long k = 1;
            if (p.length == 2) {
                try {
                    k = Long.parseLong(p[1].trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("bad count in '" + s + "': write LABEL=m with an integer m");
                }
            }
            m[index(all, p[0].trim())] += k;
        }
        return m;
    }

    private static ArrayNode coefficients(SubgroupLattice lat, BurnsideElement x) {
        ArrayNode a = GroupJson.MAPPER.createArrayNode();
        for (int i : x.support()) {
            ObjectNode c = a.addObject();
            c.put("class", i);
            c.put("structure", lat.get(i).structure());
            c.put("coefficient", x.coefficient(i));
        }
        return a;
    }

    private static ArrayNode classes(SubgroupLattice lat, List<Integer> idx) {
        ArrayNode a = GroupJson.MAPPER.createArrayNode();
        for (int i : idx) {
            a.add(GroupJson.subgroupClass(lat, lat.get(i)));
        }
        return a;
    }

    private static String names(BurnsideRing ring, List<Integer> idx) {
        List<String> s = new ArrayList<>();
        for (int i : idx) {
            s.add("(" + ring.name(i) + ")");
        }
        return String.join(", ", s);
    }
}
