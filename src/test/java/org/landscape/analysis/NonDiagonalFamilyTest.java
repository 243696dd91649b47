package org.landscape.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscape.base.Evidence;
import org.landscape.base.InvalidInputException;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;
import org.landscape.model.Matrices;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.reduced.OrbitSums;
import org.landscape.reduced.YoungStructure;
import org.landscape.solve.SymmetricEigenvalues;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Young families whose rows and columns are partitioned differently (issue 16, item 4): templates, and members
 * followed in the width checked against the dense full-space model (model.NetworkLoss over all k(k+n) pairs, the
 * kd x kd Hessian and a dense symmetric eigensolver), which shares no code with the orbit sums.
 */
class NonDiagonalFamilyTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."));
    /** rows (k-1, 1), columns (k-2, 2), permuted by different factors */
    private static final String PRODUCT = "S{k-1}xS1xS{k-2}xS2";
    /** Delta S_{k-2} on the first k-2 rows and columns, the last two rows fixed, the last two columns swapped */
    private static final String MIXED = "Delta(S{k-2})xS1xS1xS2";

    private static double[][] read(String file) throws Exception {
        // critical points made by `critical --fix ... --project` (examples/large-width/README.md)
        return new ObjectMapper().readValue(ROOT.resolve("examples/large-width/" + file).toFile(), double[][].class);
    }

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /** dim Fix(H): the orbits of the generators on the kd entries, by union-find (no YoungShape involved). */
    private static int orbitCount(PermutationGroup h, int k) {
        int[] parent = new int[k * k];
        for (int a = 0; a < parent.length; a++) {
            parent[a] = a;
        }
        for (Permutation g : h.generators()) {
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < k; c++) {
                    int a = find(parent, i * k + c);
                    int b = find(parent, g.image(i) * k + g.image(k + c) - k);
                    parent[a] = b;
                }
            }
        }
        int roots = 0;
        for (int a = 0; a < parent.length; a++) {
            roots += find(parent, a) == a ? 1 : 0;
        }
        return roots;
    }

    private static int find(int[] parent, int a) {
        while (parent[a] != a) {
            a = parent[a];
        }
        return a;
    }

    @Test
    void templatesNameTheActionAndTheGroup() {
        YoungFamily p = YoungFamily.parse(PRODUCT);
        assertFalse(p.isDiagonal());
        assertEquals(List.of(YoungFamily.Acts.ROWS, YoungFamily.Acts.ROWS, YoungFamily.Acts.COLUMNS,
                YoungFamily.Acts.COLUMNS), List.of(p.acts(0), p.acts(1), p.acts(2), p.acts(3)));
        assertEquals("S6xS1xS5xS2", p.name(7));
        assertEquals(3, p.minimumWidth());
        assertArrayEquals(new String[] {"k-1", "1", "k-2", "2"}, p.sizeExpressions());
        // the order by Schreier-Sims from the generators alone (no product structure given): 6! 5! 2!
        PermutationGroup h7 = PermutationGroup.generatedBy("h", 14, p.group(7).generators());
        assertEquals(factorial(6).multiply(factorial(5)).multiply(BigInteger.TWO), h7.order());
        // Fix(H) is constant on row block x column block: 2 x 2 values
        assertEquals(4, orbitCount(h7, 7));
        assertEquals(4, p.shape(7).studentOrbits());

        YoungFamily m = YoungFamily.parse(MIXED);
        assertEquals("Delta(S6)xS1xS1xS2", m.name(8));
        PermutationGroup h8 = PermutationGroup.generatedBy("h", 16, m.group(8).generators());
        assertEquals(factorial(6).multiply(BigInteger.TWO), h8.order());
        assertEquals(orbitCount(h8, 8), m.shape(8).studentOrbits());
        assertEquals(7, orbitCount(h8, 8));
        // a member's name read back at its width is the same subgroup (what critical --fix accepts)
        YoungStructure a = YoungFamily.at("Delta(S6)xS1xS1xS2", 8).structure(8);
        double[][] x = new double[8][8];
        SplittableRandom rnd = new SplittableRandom(3);
        for (double[] row : x) {
            for (int c = 0; c < 8; c++) {
                row[c] = rnd.nextDouble();
            }
        }
        assertArrayEquals(m.structure(8).pattern(x), a.pattern(x), 0);
        // the diagonal templates are unchanged
        assertTrue(YoungFamily.parse("Delta(S{k-2}xS2)").isDiagonal());
        assertEquals("Delta(S8xS2)", YoungFamily.parse("Delta(S{k-2}xS2)").name(10));
        for (String bad : List.of("S{k-1}xS1xS{k-2}xS3", "S{k-1}xS1", "S{k-1}xS{k-1}xS2", "Delta(S{k-2})xS2xS1",
                "Delta(S{k-2})S2xS2", "Delta(S{k-2})xS{k-2}xS{k-2}", "S{k-1}xS0xS{k}xS1", "Delta(S{k})xS1xS1")) {
            assertThrows(InvalidInputException.class, () -> YoungFamily.parse(bad), bad);
        }
        assertThrows(InvalidInputException.class, () -> YoungFamily.at("S4xS1xS3xS3", 5));
    }

    /**
     * Each family is followed from a critical point made by the tool at the first width; at every member the loss,
     * the full gradient and the multiset of Hessian eigenvalues agree with the dense model, and at a point of
     * Fix(H_k) off the critical set the family's real-k equations (FamilyInWidth) agree with the dense loss and the
     * dense gradient summed over each orbit.
     */
    @ParameterizedTest
    @CsvSource({"S{k-1}xS1xS{k-2}xS2, saddle-k5-rows4-1-cols3-2.json, 8",
            "Delta(S{k-2})xS1xS1xS2, saddle-k6-delta4-rows1-1-cols2.json, 9"})
    void membersAgreeWithTheDenseModel(String template, String file, int k1) throws Exception {
        YoungFamily f = YoungFamily.parse(template);
        double alpha = 0;
        List<WidthFamilyMember> members = WidthFamily.follow(f, read(file), alpha, k1, false, m -> { });
        for (WidthFamilyMember m : members) {
            int k = m.k();
            double[][] w = m.point().w();
            double[][] v = Matrices.identity(k);
            NetworkLoss dense = Models.loss(alpha, v);
            int kd = k * k;
            assertEquals(dense.loss(w), m.loss(), 1e-10, "loss at k = " + k);
            double[] g = new double[kd];
            dense.gradient(w, g);
            double gn = Math.sqrt(Arrays.stream(g).map(x -> x * x).sum());
            assertTrue(gn < 1e-10, "full gradient " + gn + " at k = " + k);
            double[] h = new double[kd * kd];
            dense.hessian(w, h);
            double[][] hm = new double[kd][kd];
            for (int a = 0; a < kd; a++) {
                System.arraycopy(h, a * kd, hm[a], 0, kd);
            }
            double[] eig = SymmetricEigenvalues.of(hm);
            // the family's group H_k, and the spectrum the member carries (its own isotropy, re-detected)
            YoungStructure hk = f.structure(k);
            HessianSpectrum own = ReducedSpectra.of(hk, hk.pattern(w), hk.teacherPattern(v), alpha,
                    new Evidence("test", 0, ""));
            for (HessianSpectrum sp : List.of(own, m.point().spectrum().orElseThrow())) {
                List<Double> all = new ArrayList<>();
                for (IsotypicBlock b : sp.blocks()) {
                    for (int e = 0; e < b.eigenvalues().length; e++) {
                        for (int c = 0; c < b.multiplicities()[e]; c++) {
                            all.add(b.eigenvalues()[e]);
                        }
                    }
                }
                assertEquals(kd, all.size(), "multiplicities add up to kd at k = " + k);
                double[] red = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                for (int i = 0; i < kd; i++) {
                    assertEquals(eig[i], red[i], 1e-10, "eigenvalue " + i + " at k = " + k);
                }
                int index = (int) Arrays.stream(eig).filter(x -> x < -1e-8).count();
                assertEquals(index, sp.index(), "Morse index at k = " + k);
            }
            // off the critical set: perturb the pattern inside Fix(H_k)
            FamilyInWidth problem = new FamilyInWidth(f, FamilyInWidth.Parameter.WIDTH, alpha);
            double[] x = hk.pattern(w);
            SplittableRandom rnd = new SplittableRandom(k);
            for (int o = 0; o < x.length; o++) {
                x[o] += rnd.nextDouble(-0.2, 0.2);
            }
            double[][] wx = hk.matrix(x);
            double[] residual = new double[x.length];
            problem.residual(x, k, residual);
            OrbitSums sums = problem.sums(x, k);
            assertEquals(dense.loss(wx), sums.loss(), 1e-10, "loss off the critical set, k = " + k);
            double[] gx = new double[kd];
            dense.gradient(wx, gx);
            double[] byOrbit = new double[x.length];
            for (int a = 0; a < kd; a++) {
                byOrbit[hk.studentOrbit(a / k, a % k)] += gx[a];
            }
            for (int o = 0; o < x.length; o++) {
                assertEquals(byOrbit[o], residual[o] * hk.shape().studentOrbitSize(o), 1e-10, "gradient on orbit "
                        + o + " at k = " + k);
                assertEquals(byOrbit[o], sums.gradient()[o], 1e-10);
            }
        }
        assertEquals(k1, members.get(members.size() - 1).k());
    }

    @Test
    void theMixedFamilyIsAnIndexTwoSaddleWithExactlyItsGroup() throws Exception {
        // Delta S_{k-2} x C2: the last two neurons differ, the last two input coordinates are swapped
        List<WidthFamilyMember> ms = WidthFamily.follow(YoungFamily.parse(MIXED),
                read("saddle-k6-delta4-rows1-1-cols2.json"), 0, 10, false, m -> { });
        for (WidthFamilyMember m : ms) {
            assertEquals(2, m.index(), "k = " + m.k());
            assertEquals(factorial(m.k() - 2).multiply(BigInteger.TWO), m.point().isotropy().orElseThrow().order());
        }
    }

    /** @return W with rows permuted by one seeded permutation and columns by another (the loss is unchanged) */
    private static double[][] shuffled(double[][] w, long seed) {
        int k = w.length;
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] pi = new int[k];
        int[] rho = new int[k];
        for (int i = 0; i < k; i++) {
            pi[i] = i;
            rho[i] = i;
        }
        for (int[] p : List.of(pi, rho)) {
            for (int i = k - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
        }
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < k; c++) {
                out[pi[i]][rho[c]] = w[i][c];
            }
        }
        return out;
    }

    private static String ownName(double[][] w) {
        return org.landscape.reduced.BlockStructureDetection.detect(w, Matrices.identity(w.length), 1e-8)
                .flatMap(d -> YoungIsotropy.familyName(d.structure())).orElseThrow();
    }

    @Test
    void detectedStructuresAreNamedInTheTemplateSyntax() throws Exception {
        double[][] mixed = shuffled(read("saddle-k6-delta4-rows1-1-cols2.json"), 7);
        assertEquals("Delta(S4)xS1xS1xS2", ownName(mixed));
        assertEquals("S4xS1xS3xS2", ownName(shuffled(read("saddle-k5-rows4-1-cols3-2.json"), 8)));
        // the census minimum of width 20 whose isotropy is printed S14 x S6 (rows and columns sorted separately)
        assertEquals("Delta(S14xS6)", ownName(read("spurious-S14xS6-k20.json")));
        // a shuffled member is followed from its own position (conjugated into the template's standard position)
        List<WidthFamilyMember> ms = WidthFamily.follow(YoungFamily.parse(MIXED), mixed, 0, 7, false, m -> { });
        assertEquals(read("saddle-k6-delta4-rows1-1-cols2.json")[4][5], ms.get(0).point().w()[4][5], 1e-12);
        assertEquals(2, ms.get(1).index());
    }

    @Test
    void badStartsAreRefused() throws Exception {
        YoungFamily p = YoungFamily.parse(PRODUCT);
        // a point of the mixed family is not block-structured for the product template
        double[][] mixed = read("saddle-k6-delta4-rows1-1-cols2.json");
        assertThrows(InvalidInputException.class, () -> WidthFamily.follow(p, mixed, 0, 7, false, m -> { }));
        // below the smallest width
        assertThrows(InvalidInputException.class, () -> WidthFamily.follow(p, new double[][] {{1, 0}, {0, 1}}, 0, 4,
                false, m -> { }));
    }
}
