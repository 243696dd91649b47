package org.landscape.claims;

import org.junit.jupiter.api.Test;
import org.landscape.io.ClaimsReader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claims about the Delta S6-symmetric critical family of k = n = d = 6 (teacher I_6). Independent truths:
 * the maximal isotropy subgroups of the standard representation of S_6 are S_5, S_4 x S_2 and S_3 x S_3
 * (Young subgroups with two blocks); the family's [5,1] crossing at alpha = -0.686912130006598 was located
 * independently by Brent on the smallest eigenvalue of the dense Hessian (SpuriousFamilyTest); at a
 * crossing of the standard representation, which has a cubic invariant, not every branch can be a
 * subcritical pitchfork (transcritical branches exist).
 */
class SymmetricFamilyClaimsTest {

    @Test
    void deltaS6FamilyClaims() {
        String start = Path.of(System.getProperty("basedir", "."), "examples/liu-leaky-relu/deltaS6-start.json").toString();
        String json = "{\"family\":\"symmetric\",\"subgroup\":\"DeltaS6\",\"start\":\"" + start + "\",\"claims\":["
                + "{\"kind\":\"critical-numbers\",\"interval\":[-1,0],\"values\":[-0.686912130006598],\"types\":[\"crossing\"],\"tolerance\":1e-9},"
                + "{\"kind\":\"critical-numbers\",\"interval\":[-1,0],\"values\":[-0.5]},"
                + "{\"kind\":\"no-instability\",\"interval\":[-0.5,0.5]},"
                + "{\"kind\":\"no-instability\",\"interval\":[-1,0]},"
                + "{\"kind\":\"orbit-types\",\"interval\":[-1,0],\"at\":-0.6869121300066,\"orbit_types\":[\"Delta(S5xS1)\",\"S4xS2\",\"S3xS3\"],\"tolerance\":1e-8},"
                + "{\"kind\":\"orbit-types\",\"interval\":[-1,0],\"at\":-0.6869121300066,\"orbit_types\":[\"S4\"],\"tolerance\":1e-8},"
                + "{\"kind\":\"branch-direction\",\"interval\":[-1,0],\"at\":-0.6869121300066,\"direction\":\"subcritical\",\"tolerance\":1e-8}"
                + "]}";
        List<ClaimResult> r = new ClaimsChecker().check(ClaimsReader.parse(json, "family.json"), s -> { });
        Verdict[] expected = {Verdict.HOLDS, Verdict.FAILS, Verdict.HOLDS, Verdict.FAILS, Verdict.HOLDS, Verdict.FAILS,
                Verdict.FAILS};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], r.get(i).verdict(), "claim " + i + ": " + r.get(i).explanation());
            assertTrue(!r.get(i).evidence().isEmpty(), "every verdict carries evidence");
        }
        assertTrue(r.get(6).explanation().contains("transcritical"), r.get(6).explanation());
    }

    @Test
    void structureNamesCompareUpToNotation() {
        assertEquals(SymmetricFamilyClaims.normal("C2 x S4_47"), SymmetricFamilyClaims.normal("S4xS2"));
        assertEquals(SymmetricFamilyClaims.normal("S5_52"), SymmetricFamilyClaims.normal("Delta(S5xS1)"));
        assertTrue(!SymmetricFamilyClaims.normal("S3 x S3_44").equals(SymmetricFamilyClaims.normal("S4xS2")));
    }
}
