package org.landscape.compile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.landscape.compile.generated.LeakyKernelProfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The factory's fall-back chain and the interpreted fallback against the generated profiles. The
 * interpreted profiles evaluate the Symja expressions themselves (30 digits near the end points), an
 * evaluation independent of the printer, the CSE and the Taylor series of the generated class.
 */
class KernelProfilesFactoryTest {

    @Test
    void autoPrefersTheGeneratedClassAndSaysSo() {
        KernelProfilesFactory.Choice c = KernelProfilesFactory.choose(KernelProfilesFactory.Mode.AUTO);
        assertEquals(KernelProfilesFactory.Mode.GENERATED, c.mode());
        assertTrue(c.reasons().isEmpty());
        assertTrue(c.describe().startsWith("generated profiles"), c.describe());
    }

    @Test
    void forcedGeneratedModeWithoutTheClassFailsWithAMessage() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.landscape.base.UnsupportedException.class,
                () -> KernelProfilesFactory.choose(KernelProfilesFactory.Mode.GENERATED, "no.such.Profiles"));
        assertTrue(e.getMessage().contains("no.such.Profiles is unavailable"), e.getMessage());
    }

    /** Slow (Symja series coefficients to order 40, then Janino): run with -Dgroups=slow. */
    @Test
    @Tag("slow")
    void missingGeneratedClassFallsBackToInMemoryCompilationOfTheSameSource() {
        KernelProfilesFactory.Choice c = KernelProfilesFactory.choose(KernelProfilesFactory.Mode.AUTO,
                "org.landscape.compile.generated.NoSuchProfiles");
        assertEquals(KernelProfilesFactory.Mode.COMPILED, c.mode());
        assertTrue(c.describe().contains("NoSuchProfiles is unavailable"), c.describe());
        KernelProfiles generated = new LeakyKernelProfiles();
        double[] a = new double[8];
        double[] b = new double[8];
        for (int k = 0; k <= 60; k++) {
            double x = Math.PI / 2 * Math.pow(2, -k / 2.0);
            for (int end = 0; end < 2; end++) {
                if (end == 0) {
                    generated.nearZero(x, a);
                    c.profiles().nearZero(x, b);
                } else {
                    generated.nearPi(x, a);
                    c.profiles().nearPi(x, b);
                }
                for (int i = 0; i < 8; i++) {
                    assertEquals(a[i], b[i], 0.0, "same source, same bits: x=" + x + " slot " + i);
                }
            }
        }
    }

    @Test
    void interpretedFallbackAgreesWithGeneratedProfiles() {
        KernelProfilesFactory.Choice c = KernelProfilesFactory.choose(KernelProfilesFactory.Mode.INTERPRETED);
        assertEquals(KernelProfilesFactory.Mode.INTERPRETED, c.mode());
        assertTrue(c.describe().contains("interpreted"), c.describe());
        KernelProfiles generated = new LeakyKernelProfiles();
        double[] a = new double[8];
        double[] b = new double[8];
        // grid across both regimes of the interpreted evaluator (30 digits below 0.6, machine precision above)
        double[] xs = {1e-9, 0.01, 0.5553, 0.61, 1.2, Math.PI / 2};
        for (double x : xs) {
            for (int end = 0; end < 2; end++) {
                if (end == 0) {
                    generated.nearZero(x, a);
                    c.profiles().nearZero(x, b);
                } else {
                    generated.nearPi(x, a);
                    c.profiles().nearPi(x, b);
                }
                for (int i = 0; i < 8; i++) {
                    assertEquals(a[i], b[i], 4e-15 * Math.abs(a[i]) + 1e-300, "end " + end + " x=" + x + " slot " + i);
                }
            }
        }
    }
}
