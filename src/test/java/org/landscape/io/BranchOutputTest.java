package org.landscape.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.landscape.base.Evidence;
import org.landscape.continuation.BranchSample;
import org.landscape.continuation.LossBranch;
import org.landscape.continuation.LossEvent;
import org.landscape.solve.BranchStatus;
import org.landscape.solve.EventKind;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writers of a continuation branch: its summary JSON read back through Jackson, its text and its CSV. */
class BranchOutputTest {
    /** Two points in alpha from -0.4 to -0.6 and one crossing at -0.5 of the [5,1] block (index 0 -> 5). */
    private static LossBranch branch() {
        Evidence ev = new Evidence("bisection", 1e-14, "bracket halved");
        LossEvent e = new LossEvent(EventKind.BRANCH_POINT, -0.5, "5,1", 5, 1e-14, -0.50000000000001,
                -0.49999999999999, 0, 5, "-(S5_52)", List.of("S5_52"), List.of(), ev);
        BranchSample a = new BranchSample(-0.4, 0.01, 1.0, 0, true, 1e-15, Map.of("6", new double[] {0.2},
                "5,1", new double[] {0.1}), new double[] {1, 0});
        BranchSample b = new BranchSample(-0.6, 0.02, 1.1, 5, false, 1e-15, Map.of("6", new double[] {0.2},
                "5,1", new double[] {-0.1}), new double[] {1, 0.1});
        return new LossBranch("DeltaS6", "Fix(DeltaS6)", 2, List.of("6", "5,1"), List.of(a, b), List.of(e),
                BranchStatus.REACHED_PARAMETER_LIMIT, ev, ev);
    }

    @Test
    void summaryRoundTrip() throws Exception {
        JsonNode o = Output.JSON.readTree(Output.json(BranchJson.of(branch(), false)));
        assertEquals("DeltaS6", o.get("group").asText());
        assertEquals(2, o.get("unknowns").asInt());
        assertEquals("REACHED_PARAMETER_LIMIT", o.get("status").asText());
        assertEquals(-0.4, o.get("alpha_first").asDouble());
        assertEquals(-0.6, o.get("alpha_last").asDouble());
        assertFalse(o.has("parameter"), "alpha is the default parameter");
        assertFalse(o.has("points"), "the summary has no points");
        JsonNode e = o.get("events").get(0);
        assertEquals(-0.5, e.get("alpha").asDouble());
        assertEquals("crossing", e.get("type").asText());
        assertEquals("5,1", e.get("component").asText());
        assertEquals(5, e.get("index_above").asInt());
        assertEquals("S5_52", e.get("orbit_types").get(0).asText());
        assertTrue(e.get("bracket").get(0).asDouble() < -0.5 && e.get("bracket").get(1).asDouble() > -0.5);
        JsonNode full = Output.JSON.readTree(Output.json(BranchJson.of(branch(), true)));
        assertEquals(2, full.get("points").size());
    }

    @Test
    void textShowsIndicesInTheOrderMet() {
        List<String> up = BranchOutput.text(branch(), false).lines().toList();
        assertEquals("branch in Fix(DeltaS6) (2 unknowns), blocks of DeltaS6: [6, 5,1]; 2 points, status "
                + "REACHED_PARAMETER_LIMIT", up.get(0));
        assertEquals("crossing alpha = -0.500000000000000 +- 1.0e-14  [5,1] x5  index 0 -> 5  omega = -(S5_52)  "
                + "orbit types [S5_52]", up.get(2));
        assertTrue(BranchOutput.text(branch(), true).contains("index 5 -> 0"), "downwards the indices swap");
        List<String> csv = BranchCsv.of(branch()).lines().toList();
        assertEquals("branch,alpha,loss,norm,index,stable,min_eig_6,min_eig_5_1", csv.get(0));
        assertEquals(3, csv.size());
    }
}
