package org.landscape.continuation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.landscape.solve.EventKind;
import org.landscape.group.Groups;
import org.landscape.model.Matrices;
import org.landscape.reduced.YoungStructure;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The orbit-reduced continuation against the dense one (symmetry-adapted test functions of the full kd x kd Hessian,
 * an independent route) on the Delta S6 family of examples/liu-leaky-relu: the same branch and the same crossing.
 */
class ReducedContinuationTest {

    @Test
    void deltaS6FamilyLosesStabilityAtTheSameAlphaInTheSameBlock() throws Exception {
        double[][] start = new ObjectMapper().readValue(Path.of(System.getProperty("basedir", "."),
                "examples/liu-leaky-relu/deltaS6-start.json").toFile(), double[][].class);
        double[][] v = Matrices.identity(6);
        LossContinuationSettings s = LossContinuationSettings.of(0, -0.8);
        LossBranch dense = new LossContinuation().run(v, start, Optional.of(Groups.parse("DeltaS6")), s,
                LossContinuation.Progress.SILENT, org.landscape.analysis.CriticalPointSearch.StartPolicy.PROJECT);
        YoungStructure h = YoungStructure.diagonal(6);
        double[][] symmetric = h.matrix(h.pattern(start));
        LossBranch reduced = ReducedContinuation.run(h, "DeltaS6", v, symmetric, s, LossContinuation.Progress.SILENT,
                "test");
        List<LossEvent> de = dense.events().stream().filter(e -> e.kind() == EventKind.BRANCH_POINT).toList();
        List<LossEvent> re = reduced.events().stream().filter(e -> e.kind() == EventKind.BRANCH_POINT).toList();
        assertTrue(!de.isEmpty(), "the dense run finds the crossing");
        assertEquals(de.size(), re.size(), "crossings " + de + " vs " + re);
        for (int i = 0; i < de.size(); i++) {
            assertEquals(de.get(i).alpha(), re.get(i).alpha(), 1e-9);
            assertEquals(de.get(i).multiplicity(), re.get(i).multiplicity());
            assertEquals(de.get(i).indexBefore(), re.get(i).indexBefore());
            assertEquals(de.get(i).indexAfter(), re.get(i).indexAfter());
        }
        assertEquals(-0.686912130006598, re.get(0).alpha(), 1e-10);
        assertEquals("[5,1]", re.get(0).component());
        // the equivariant branching lemma predicts the axial Young subgroups of [5,1]: S5 x S1, S4 x S2, S3 x S3
        assertEquals(List.of("Delta(S5xS1)", "Delta(S4xS2)", "Delta(S3xS3)"), re.get(0).orbitTypes());
        // the same loss along the branch at its last point
        BranchSample dl = dense.points().get(dense.points().size() - 1);
        BranchSample rl = reduced.points().get(reduced.points().size() - 1);
        assertEquals(dl.alpha(), rl.alpha(), 1e-12);
        assertEquals(dl.loss(), rl.loss(), 1e-12);
    }
}
