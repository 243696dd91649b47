package org.landscape.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.landscape.base.InvalidInputException;
import org.landscape.verify.LossReference;
import org.landscape.verify.QuadratureReference;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Diagonal Young families and symmetric critical points followed in the width k. */
class WidthFamilyTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."));

    private static double[][] censusMinimum() throws Exception {
        // found by the k = 6 census from random starts (examples/spurious-minima), independent of the family code
        return new ObjectMapper().readValue(ROOT.resolve("examples/spurious-minima/spurious-k6.json").toFile(),
                double[][].class);
    }

    @Test
    void templatesParseIntoPartsGroupsAndOrbitPatterns() {
        YoungFamily a = YoungFamily.parse("Delta(S{k-1}xS1)");
        assertEquals("Delta(S9xS1)", a.name(10));
        assertEquals(2, a.minimumWidth());
        // |Delta(S_{k-1} x S_1)| = (k-1)! from the generators, by Schreier-Sims
        assertEquals(BigInteger.valueOf(362880), a.group(10).order());
        YoungFamily b = YoungFamily.parse("Delta(S{k-3}xS2xS1)");
        assertEquals(BigInteger.valueOf(24 * 2), b.group(7).order(), "4! 2! 1!");
        YoungFamily d = YoungFamily.parse("DeltaS{k}");
        assertEquals("DeltaS12", d.name(12));
        // Fix(Delta(S_{k-1} x S_1)) has 5 orbit values, Fix(Delta S_k) 2, for every k
        assertEquals(5, a.parameters(new double[8][8]).size());
        assertEquals(2, d.parameters(new double[8][8]).size());
        for (String bad : List.of("S{k}", "Delta(S{k-2}xS1)", "Delta(S5xS1)", "Delta(S{k-1}xS{k-1})", "DeltaS{j}")) {
            assertThrows(InvalidInputException.class, () -> YoungFamily.parse(bad), bad);
        }
    }

    @Test
    void patternValuesCarryAPointAcrossWidths() {
        YoungFamily a = YoungFamily.parse("Delta(S{k-1}xS1)");
        Map<String, Double> p = Map.of("0,0,diag", 1.0, "0,0", 0.1, "0,1", 0.2, "1,0", 0.3, "1,1,diag", -0.5);
        double[][] w = a.matrix(p, 9);
        assertEquals(1.0, w[7][7]);
        assertEquals(0.2, w[3][8]);
        assertEquals(0.3, w[8][0]);
        assertEquals(-0.5, w[8][8]);
        Map<String, Double> back = a.parameters(w);
        assertEquals(p.keySet(), back.keySet());
        p.forEach((key, v) -> assertEquals(v, back.get(key), 1e-15, key));
        assertEquals(0, a.distanceToFix(w), 1e-15);
    }

    @Test
    void theCensusMinimumIsFoundInAnyRowOrderAndIsCriticalInTheFullSpaceAtLargerWidths() throws Exception {
        double[][] w6 = censusMinimum(); // the odd neuron is row/column 1, not the last one
        List<WidthFamilyMember> seen = new ArrayList<>();
        List<WidthFamilyMember> family = WidthFamily.follow(YoungFamily.parse("Delta(S{k-1}xS1)"), w6, 0, 8, false,
                seen::add);
        assertEquals(3, family.size());
        assertEquals(family, seen, "members are streamed as they are computed");
        assertEquals(new NetworkLossValue(w6).loss, family.get(0).loss(), 1e-13);
        for (WidthFamilyMember m : family) {
            assertEquals(0, m.index(), "a minimum at k = " + m.k());
            assertTrue(m.smallestEigenvalue() > 1e-3);
        }
        // the k = 7 member is a critical point of the full loss: gradient by 45-digit quadrature
        double[][] w7 = family.get(1).point().w();
        double[][] v7 = identity(7);
        LossReference ref = new QuadratureReference(0).loss(w7, v7);
        double g = 0;
        for (double x : ref.gradient()) {
            g = Math.max(g, Math.abs(x));
        }
        assertTrue(g < 1e-13, "|grad L|_inf by quadrature = " + g);
        assertEquals(ref.loss(), family.get(1).loss(), 1e-14);
    }

    @Test
    void theTwoFamiliesMeetAtWidthThree() throws Exception {
        // Delta(S_{k-1} x S_1) from the census minimum and Delta S_k from a 4-digit start: two different paths
        // down in k that end at one critical point of k = 3, whose isotropy contains both groups (S3)
        double[][] deltaStart = new ObjectMapper().readValue(
                ROOT.resolve("examples/liu-leaky-relu/deltaS6-start.json").toFile(), double[][].class);
        List<WidthFamilyMember> a = WidthFamily.follow(YoungFamily.parse("Delta(S{k-1}xS1)"), censusMinimum(), 0, 3,
                false, m -> { });
        List<WidthFamilyMember> d = WidthFamily.follow(YoungFamily.parse("DeltaS{k}"), deltaStart, 0, 3, false,
                m -> { });
        WidthFamilyMember a3 = a.get(a.size() - 1);
        WidthFamilyMember d3 = d.get(d.size() - 1);
        assertEquals(3, a3.k());
        assertEquals(d3.loss(), a3.loss(), 1e-12);
        assertEquals(BigInteger.valueOf(6), a3.point().isotropy().orElseThrow().order());
        assertTrue(a.get(1).index() > 0, "the type-A point of k = 5 is a saddle");
    }

    @Test
    void aStartWithoutTheSymmetryIsRefused() {
        double[][] w = {{1, 0.2, 0.1}, {0.3, 1, 0.4}, {0.5, 0.6, 1}};
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WidthFamily.follow(YoungFamily.parse("Delta(S{k-1}xS1)"), w, 0, 5, false, m -> { }));
        assertTrue(e.getMessage().contains("is not Delta(S{k-1}xS1)-symmetric at k = 3"), e.getMessage());
    }

    private static double[][] identity(int k) {
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            v[i][i] = 1;
        }
        return v;
    }

    /** Loss of a point of width 6 against I_6 by the model (the census stored it at the minimum). */
    private static final class NetworkLossValue {
        final double loss;

        NetworkLossValue(double[][] w) {
            loss = org.landscape.model.Models.loss(0, identity(w.length)).loss(w);
        }
    }
}
