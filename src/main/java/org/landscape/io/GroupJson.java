package org.landscape.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.landscape.group.CharacterTable;
import org.landscape.group.Partition;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.TableOfMarks;

import java.util.Map;

/** JSON and text renderings of group-theory results shared by {@code group} and {@code degree}. */
public final class GroupJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private GroupJson() {
    }

    public static ObjectNode group(PermutationGroup g) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("group", g.name());
        o.put("order", g.order());
        o.put("degree", g.degree());
        ArrayNode gens = o.putArray("generators");
        g.generators().forEach(p -> gens.add(p.toString()));
        return o;
    }

    public static ObjectNode subgroupClass(SubgroupLattice lat, SubgroupClass c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("index", c.index());
        o.put("order", c.order());
        ArrayNode gens = o.putArray("generators");
        for (Permutation p : c.generators()) {
            gens.add(p.toString());
        }
        o.put("structure", c.structure());
        o.put("normalizer_order", c.normalizerOrder());
        o.put("weyl_order", c.weylOrder());
        o.put("conjugates", c.conjugates());
        ArrayNode orb = o.putArray("orbit_lengths");
        for (int l : c.orbitLengths()) {
            orb.add(l);
        }
        ObjectNode ct = o.putObject("cycle_type_counts");
        for (Map.Entry<Partition, Long> e : c.cycleTypeCounts().entrySet()) {
            ct.put(e.getKey().toString(), e.getValue());
        }
        ArrayNode max = o.putArray("maximal_subclasses");
        lat.maximalSubclasses(c.index()).forEach(max::add);
        return o;
    }

    public static ArrayNode subgroups(SubgroupLattice lat) {
        ArrayNode a = MAPPER.createArrayNode();
        for (SubgroupClass c : lat.classes()) {
            a.add(subgroupClass(lat, c));
        }
        return a;
    }

    public static ArrayNode marks(TableOfMarks m) {
        ArrayNode a = MAPPER.createArrayNode();
        for (int i = 0; i < m.size(); i++) {
            ArrayNode row = a.addArray();
            for (long v : m.row(i)) {
                row.add(v);
            }
        }
        return a;
    }

    public static ObjectNode characters(CharacterTable t) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode cls = o.putArray("classes");
        for (int j = 0; j < t.size(); j++) {
            ObjectNode c = cls.addObject();
            c.put("label", t.classLabel(j));
            c.put("size", t.classSize(j));
            c.put("centralizer_order", t.centralizerOrder(j));
        }
        ArrayNode irr = o.putArray("irreducibles");
        for (int i = 0; i < t.size(); i++) {
            ObjectNode r = irr.addObject();
            r.put("label", t.irrepLabel(i));
            r.put("dimension", t.dimension(i));
            ArrayNode v = r.putArray("values");
            for (long x : t.character(i)) {
                v.add(x);
            }
        }
        o.put("method", t.evidence().method());
        return o;
    }

    public static String subgroupLine(SubgroupClass c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%4d  %-16s |H|=%-6d |W|=%-6d conj=%-6d orbits=%s  gens=",
                c.index(), c.structure(), c.order(), c.weylOrder(), c.conjugates(), join(c.orbitLengths())));
        if (c.generators().isEmpty()) {
            sb.append("()");
        }
        for (int i = 0; i < c.generators().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(c.generators().get(i));
        }
        return sb.toString();
    }

    public static String join(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            sb.append(i == 0 ? "" : ",").append(a[i]);
        }
        return sb.append(']').toString();
    }

    public static String write(ObjectNode o) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
