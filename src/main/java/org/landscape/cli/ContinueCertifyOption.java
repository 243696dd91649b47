package org.landscape.cli;

import org.landscape.analysis.SubgroupActions;
import org.landscape.base.UnsupportedException;
import org.landscape.proof.FamilyProof;
import org.landscape.proof.ValidatedContinuation;
import picocli.CommandLine.Option;

import java.util.Optional;

/** {@code continue --certify}: the validated continuation of the branch in Fix(H) (a mixin of {@link ContinueCommand}). */
final class ContinueCertifyOption {
    @Option(names = "--certify", description = "prove the branch by validated continuation in Fix(H) (needs --fix): "
            + "existence in tubes, Morse index per segment, each crossing enclosed and proved transversal")
    boolean certify;

    /** Refuses {@code --certify} without {@code --fix} before anything is computed. */
    void check(String fix) {
        if (certify && fix == null) {
            throw new UnsupportedException("continue --certify proves branches of symmetric critical points: give --fix H "
                    + "(the validated continuation runs in Fix(H))");
        }
    }

    /** @return the proof of the branch from {@code wv = {W, V}} between a0 and a1 in Fix(fix), if asked for */
    Optional<FamilyProof> proof(String fix, double[][][] wv, double a0, double a1) {
        return certify ? Optional.of(ValidatedContinuation.run(wv[1],
                SubgroupActions.onWeights(fix, wv[0].length, wv[0][0].length), wv[0], a0, a1,
                ValidatedContinuation.DEFAULT_SETTINGS)) : Optional.empty();
    }
}
