package org.landscape.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.degree.BasicDegree;
import org.landscape.degree.BurnsideElement;
import org.landscape.degree.BurnsideRing;
import org.landscape.degree.EquivariantDegrees;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.IrreducibleDegrees;
import org.landscape.rep.WeightMatrixAction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code degree} report: basic degrees with their orbit types, the G-degree at a critical point, and the
 * bifurcation invariant omega of a crossing with its predicted orbit types; each as JSON and as text
 * ({@link Report}).
 */
public final class DegreeReport {
    private DegreeReport() {
    }

    /** @return a report with the group, the source of its irreducibles and the lattice's size */
    public static Report of(PermutationGroup g, IrreducibleDegrees degrees) {
        ObjectNode o = GroupJson.group(g);
        o.put("irreducibles_from", degrees.source());
        StringBuilder text = new StringBuilder();
        text.append(g.name()).append(": order ").append(g.order()).append(", ").append(degrees.ring().lattice().size())
                .append(" orbit-type classes; classes named by structure, _i = class index\n");
        return new Report(o, text);
    }

    /** Adds the G-degree of a non-degenerate critical point. */
    public static void atCriticalPoint(Report r, IrreducibleDegrees degrees, BurnsideElement d) {
        r.json().put("degree_at_critical_point", d.toString());
        r.json().set("coefficients", coefficients(degrees.ring().lattice(), d));
        r.text().append("\nG-degree at a non-degenerate critical point with these isotypic Morse indices:\n  ")
                .append(d).append('\n');
    }

    /** Adds the basic degrees: all, or only the one at position {@code only}. */
    public static void basicDegrees(Report r, IrreducibleDegrees degrees, Optional<Integer> only) {
        SubgroupLattice lat = degrees.ring().lattice();
        BurnsideRing ring = degrees.ring();
        ArrayNode arr = r.json().putArray("basic_degrees");
        for (int i = 0; i < degrees.degrees().size(); i++) {
            if (only.isPresent() && only.get() != i) {
                continue;
            }
            BasicDegree d = degrees.degrees().get(i);
            ObjectNode x = arr.addObject();
            x.put("irrep", d.irrep());
            x.put("dimension", d.dimension());
            x.put("degree", d.degree().toString());
            x.set("coefficients", coefficients(lat, d.degree()));
            x.set("orbit_types", classes(lat, d.orbitTypes()));
            x.set("maximal_orbit_types", classes(lat, d.maximalOrbitTypes()));
            r.text().append("\n[").append(d.irrep()).append("] (dim ").append(d.dimension()).append(")\n")
                    .append("  deg_V = ").append(d.degree()).append('\n')
                    .append("  orbit types of V\\0: ").append(names(ring, d.orbitTypes())).append('\n')
                    .append("  maximal orbit types: ").append(names(ring, d.maximalOrbitTypes())).append('\n');
        }
    }

    /**
     * Adds a crossing: the degrees before and after, omega, and the predicted orbit types with their fixed-point
     * subspaces in the weight space {@code act}.
     *
     * @param fixes {@code Fix(H)} for each class of {@code w.predicted()}, in that order
     * @param basis whether to include an orthonormal basis of each {@code Fix(H)} in the JSON
     */
    public static void crossing(Report r, IrreducibleDegrees degrees, EquivariantDegrees.BifurcationInvariant w,
                                WeightMatrixAction act, List<FixedPointSubspace> fixes, boolean basis) {
        SubgroupLattice lat = degrees.ring().lattice();
        BurnsideRing ring = degrees.ring();
        ObjectNode o = r.json();
        StringBuilder text = r.text();
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
        for (int j = 0; j < w.predicted().size(); j++) {
            int c = w.predicted().get(j);
            SubgroupClass sc = lat.get(c);
            FixedPointSubspace fix = fixes.get(j);
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
