package org.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The group and degree commands: exit codes, one-line errors, JSON fields named in issues 4 and 5. */
class GroupCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void subgroupsJsonHasTheIssueFields() throws Exception {
        Run r = run("group", "S5", "--subgroups", "--marks", "--characters", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(120, j.get("order").asInt());
        assertEquals(19, j.get("subgroups").size());
        for (JsonNode c : j.get("subgroups")) {
            for (String f : new String[] {"order", "generators", "structure", "weyl_order", "orbit_lengths",
                    "cycle_type_counts", "normalizer_order"}) {
                assertTrue(c.has(f), f);
            }
            long sum = 0;
            for (JsonNode v : c.get("cycle_type_counts")) {
                sum += v.asLong();
            }
            assertEquals(c.get("order").asLong(), sum);
        }
        assertEquals(19, j.get("marks").size());
        assertEquals(7, j.get("character_table").get("irreducibles").size());
    }

    @Test
    void decomposeMkk() throws Exception {
        Run r = run("group", "S5", "--decompose", "Mkk", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode comps = new ObjectMapper().readTree(r.out()).get("decomposition").get("components");
        assertEquals(4, comps.size());
        Run d = run("group", "S4xS3", "--decompose", "Mkd:4,3");
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().contains("M(4,3)"));
    }

    @Test
    void unknownNamesGiveOneLineAndExitCode2() {
        Run g = run("group", "Q8");
        assertEquals(2, g.code());
        assertEquals(1, g.err().strip().lines().count());
        assertTrue(g.err().contains("unknown group"));
        Run i = run("degree", "--group", "S5", "--irrep", "4,3");
        assertEquals(2, i.code());
        assertEquals(1, i.err().strip().lines().count());
        assertTrue(i.err().contains("4,1"), "lists the valid labels");
        Run s = run("group", "S5", "--decompose", "Mxy");
        assertEquals(2, s.code());
    }

    @Test
    void degreeCommand() throws Exception {
        Run r = run("degree", "--group", "S5", "--irrep", "3,2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = new ObjectMapper().readTree(r.out()).get("basic_degrees").get(0);
        assertEquals("3,2", d.get("irrep").asText());
        assertTrue(d.get("maximal_orbit_types").size() > 0);
        assertTrue(d.get("maximal_orbit_types").get(0).has("weyl_order"));
        Run w = run("degree", "--group", "S5", "--crossing", "4,1", "--crossing", "3,2", "--json");
        assertEquals(0, w.code(), w.err());
        JsonNode o = new ObjectMapper().readTree(w.out());
        assertFalse(o.get("omega").asText().equals("0"));
        for (JsonNode p : o.get("predicted_orbit_types")) {
            assertTrue(p.get("fix_dimension").asInt() > 0);
            assertTrue(p.has("orbit_lengths"));
        }
        Run c = run("degree", "--group", "S4", "--before", "3,1=2", "--before", "2,2");
        assertEquals(0, c.code(), c.err());
        Run b = run("degree", "--group", "S4", "--irrep", "2,2");
        String deg22 = b.out().lines().filter(l -> l.contains("deg_V =")).findFirst().orElseThrow().split("= ")[1];
        assertTrue(c.out().contains(deg22), "deg_{[3,1]}^2 deg_{[2,2]} = deg_{[2,2]}");
        Run z = run("degree", "--group", "S4", "--crossing", "3,1=2");
        assertEquals(0, z.code(), z.err());
        assertTrue(z.out().contains("omega      = 0"));
    }
}
