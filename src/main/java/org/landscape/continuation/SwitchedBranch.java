package org.landscape.continuation;

import java.util.List;

import org.landscape.base.Evidence;
import org.landscape.solve.BranchStatus;
import org.landscape.solve.Criticality;
import org.landscape.solve.Stability;

/**
 * The branch found by branch switching inside \( \mathrm{Fix}(K) \) for one predicted orbit type K at a crossing
 * (MATH.md sections 5-6).
 *
 * @param orbitType          the predicted class (K), by name
 * @param classIndex         its index in the subgroup lattice of the branch's symmetry group G
 * @param coefficient        its coefficient in omega
 * @param fixDimension       \( \dim \mathrm{Fix}(K) \) in M(k,d)
 * @param kernelInComponent  \( \|P_i \varphi\| \): the part of the switching direction \( \varphi \in \mathrm{Fix}(K) \)
 *                           lying in the crossing component (1 when the kernel of \( \mathrm{Fix}(K) \) is the predicted
 *                           one)
 * @param kernelEigenvalue   the eigenvalue of the Hessian in \( \mathrm{Fix}(K) \) belonging to \( \varphi \) at the
 *                           located point (\( \approx 0 \))
 * @param criticality        sub-, super-, transcritical or undetermined
 * @param halves             the two halves along \( \pm\varphi \)
 * @param evidence           how they were found
 */
public record SwitchedBranch(String orbitType, int classIndex, long coefficient, int fixDimension,
        double kernelInComponent, double kernelEigenvalue, Criticality criticality, List<Half> halves, Evidence evidence) {

    public SwitchedBranch {
        halves = List.copyOf(halves);
    }

    /**
     * One half of the new branch.
     *
     * @param orientation        +1 or -1
     * @param found              whether its first point was corrected
     * @param isotropy           the isotropy (structure name within G) of its first point away from the crossing
     * @param isotropyClass      its class index in G's lattice (-1 if not found)
     * @param matchesPrediction  isotropy class equals the predicted class
     * @param side               \( \mathrm{sign}(\alpha - \alpha_0) \) on this half near the crossing (0 undecided)
     * @param index              its Morse index in M(k,d) at the first point
     * @param stability          stable / unstable / undetermined
     * @param status             why its continuation ended
     * @param points             its continuation
     */
    public record Half(int orientation, boolean found, String isotropy, int isotropyClass, boolean matchesPrediction,
            int side, int index, Stability stability, BranchStatus status, List<BranchSample> points) {
        public Half {
            points = List.copyOf(points);
        }
    }
}
