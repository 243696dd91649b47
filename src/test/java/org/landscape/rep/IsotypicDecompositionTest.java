package org.landscape.rep;

import org.landscape.solve.Jacobi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.ElementTable;
import org.landscape.group.Groups;
import org.landscape.group.Partition;
import org.landscape.group.Permutation;
import org.landscape.group.PermutationGroup;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weight-matrix representation: multiplicities, projectors, symmetry-adapted bases, fixed-point subspaces. */
class IsotypicDecompositionTest {

    /**
     * MATH.md §4: under Delta S_k, M(k,k) = (triv + std) (x) (triv + std) = 2 triv + 3 [k-1,1] + [k-2,2] + [k-2,1,1]
     * for k >= 4. Checked twice: the character identity chi(g) = fix(g)^2 on every class, from the
     * Murnaghan-Nakayama table alone, and the multiplicities of the decomposition.
     */
    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 7})
    void diagonalActionOnSquareMatrices(int k) {
        PermutationGroup s = Groups.symmetric(k);
        CharacterTable t = CharacterTables.of(s);
        int triv = t.irrepIndex(Partition.of(k).toString());
        int std = t.irrepIndex(Partition.of(k - 1, 1).toString());
        int two = t.irrepIndex(Partition.of(k - 2, 2).toString());
        int hook = t.irrepIndex(Partition.of(k - 2, 1, 1).toString());
        for (int j = 0; j < t.size(); j++) {
            int fix = 0;
            for (int p : t.classParameters(j).get(0).parts()) {
                if (p == 1) {
                    fix++;
                }
            }
            long rhs = 2 * t.value(triv, j) + 3 * t.value(std, j) + t.value(two, j) + t.value(hook, j);
            assertEquals((long) fix * fix, rhs, "class " + t.classLabel(j));
        }
        for (String name : List.of("S" + k, "DeltaS" + k)) {
            long[] m = IsotypicDecomposition.multiplicities(WeightMatrixAction.mkk(Groups.parse(name)));
            for (int i = 0; i < t.size(); i++) {
                long expected = i == triv ? 2 : i == std ? 3 : (i == two || i == hook) ? 1 : 0;
                assertEquals(expected, m[i], name + " " + t.irrepLabel(i));
            }
        }
    }

    /** Gamma = S_k x S_k on M(k,k) = R^k (x) R^k: (triv + std) outer (triv + std), each once (Mkk splits the halves). */
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void gammaOnSquareMatrices(int k) {
        WeightMatrixAction act = WeightMatrixAction.mkk(Groups.parse("S" + k + "xS" + k));
        assertEquals(WeightMatrixAction.Mode.ROWS_AND_COLUMNS, act.mode());
        assertEquals(k, act.rows());
        IsotypicDecomposition dec = IsotypicDecomposition.of(act);
        String t = String.valueOf(k);
        String s = (k - 1) + ",1";
        List<String> labels = new java.util.ArrayList<>();
        for (IsotypicDecomposition.Component c : dec.components()) {
            assertEquals(1, c.multiplicity());
            labels.add(c.label());
        }
        assertEquals(List.of(t + "x" + t, t + "x" + s, s + "x" + t, s + "x" + s), labels);
    }

    @ParameterizedTest
    @CsvSource({"S4,4,4", "DeltaS4,4,4", "S4xS3,4,3", "S3,3,2", "Delta(S3xS1),4,4", "S3xS3,3,3", "S2xS2xS2,4,2"})
    void projectorsBlockDiagonaliseEquivariantMatrices(String name, int k, int d) {
        PermutationGroup g = Groups.parse(name);
        WeightMatrixAction act = WeightMatrixAction.of(g, k, d);
        IsotypicDecomposition dec = IsotypicDecomposition.of(act);
        int n = k * d;
        double[][] q = dec.symmetryAdaptedBasis();
        assertEquals(n, q.length, "components fill M(k,d)");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? 1.0 : 0.0, dot(q[i], q[j]), 1e-10);
            }
        }
        double[][] a = randomEquivariant(act, 42);
        int[] comp = new int[n];
        int row = 0;
        for (int c = 0; c < dec.components().size(); c++) {
            for (int r = 0; r < dec.components().get(c).basis().length; r++) {
                comp[row++] = c;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = dot(q[i], mul(a, q[j]));
                if (comp[i] != comp[j]) {
                    assertEquals(0.0, v, 1e-10, "off-block entry " + i + "," + j);
                }
            }
        }
        // dim Fix(G) = multiplicity of the trivial representation
        long[] m = dec.multiplicities();
        assertEquals(m[0], FixedPointSubspace.of(act).dimension());
    }

    /**
     * Schur: on a component V^m an equivariant A is B (x) I_dimV. The multiplicity spaces E_1.. are invariant, and the
     * spectrum of A on the component is that of the m x m reduced block, each eigenvalue dim V times.
     */
    @ParameterizedTest
    @CsvSource({"DeltaS4,4,4", "DeltaS5,5,5", "S4xS3,4,3", "Delta(S3xS2),5,5"})
    void reducedBlocksCarryTheSpectrum(String name, int k, int d) {
        WeightMatrixAction act = WeightMatrixAction.of(Groups.parse(name), k, d);
        IsotypicDecomposition dec = IsotypicDecomposition.of(act);
        double[][] a = randomEquivariant(act, 99);
        for (int c = 0; c < dec.components().size(); c++) {
            IsotypicDecomposition.Component comp = dec.components().get(c);
            int m = (int) comp.multiplicity();
            int nv = (int) comp.irrepDimension();
            double[][] q = comp.basis();
            for (int i = 0; i < q.length; i++) {
                for (int j = 0; j < q.length; j++) {
                    double v = dot(q[i], mul(a, q[j]));
                    if (i / m != j / m) {
                        assertEquals(0.0, v, 1e-9, "E-blocks " + comp.label());
                    }
                }
            }
            double[] full = new double[q.length];
            Jacobi.decompose(dec.block(c, a), full);
            double[] red = new double[m];
            Jacobi.decompose(dec.reducedBlock(c, a), red);
            java.util.Arrays.sort(full);
            java.util.Arrays.sort(red);
            for (int i = 0; i < full.length; i++) {
                assertEquals(red[i / nv], full[i], 1e-9, comp.label());
            }
        }
    }

    /** Morse indices per component add up to the negative eigenvalue count of the whole matrix. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void isotypicMorseIndices(long seed) {
        WeightMatrixAction act = WeightMatrixAction.mkk(Groups.parse("DeltaS5"));
        IsotypicDecomposition dec = IsotypicDecomposition.of(act);
        double[][] a = randomEquivariant(act, seed);
        IsotypicDecomposition.MorseIndices mi = dec.morseIndices(a, 1e-10);
        long total = 0;
        for (IsotypicDecomposition.Component c : dec.components()) {
            total += mi.negative()[c.irrepIndex()] * c.irrepDimension();
            assertTrue(mi.negative()[c.irrepIndex()] <= c.multiplicity());
        }
        double[] ev = new double[25];
        Jacobi.decompose(a, ev);
        long neg = java.util.Arrays.stream(ev).filter(x -> x < -1e-10).count();
        assertEquals(neg, total);
    }

    @Test
    void fixedPointSubspaceOfTheDiagonal() {
        // Fix(Delta S_k) on M(k,k) is spanned by I and the all-ones matrix J: dimension 2
        WeightMatrixAction act = WeightMatrixAction.mkk(Groups.parse("DeltaS5"));
        FixedPointSubspace fix = FixedPointSubspace.of(act);
        assertEquals(2, fix.dimension());
        double[] identity = new double[25];
        for (int i = 0; i < 5; i++) {
            identity[i * 5 + i] = 1;
        }
        double proj = 0;
        for (double[] b : fix.basis()) {
            proj += dot(b, identity) * dot(b, identity);
        }
        assertEquals(5.0, proj, 1e-12, "I lies in Fix");
        // Delta(S4 x S1): the fixed 5th row/column adds structure: dim = orbits of S4 x S1 on pairs = 5
        assertEquals(5, FixedPointSubspace.of(WeightMatrixAction.mkk(Groups.parse("Delta(S4xS1)"))).dimension());
        // S_k x S_k on M(k,k): only multiples of J
        assertEquals(1, FixedPointSubspace.of(WeightMatrixAction.of(Groups.parse("S4xS4"), 4, 4)).dimension());
    }

    @Test
    void signFlipsKillOrbits() {
        // S_2 acting on rows with sign flips: the group generated by the flip of row 0 (points 0 <-> 2) fixes
        // nothing in row 0; M(2,1) has Fix = span(e_1)
        Permutation flip = Permutation.of(2, 1, 0, 3, 4);
        PermutationGroup g = PermutationGroup.generatedBy("flip", 5, List.of(flip));
        WeightMatrixAction act = WeightMatrixAction.signedRows(g, 2, 1);
        assertEquals(1, FixedPointSubspace.of(act).dimension());
        assertEquals(0, act.character(flip), "trace: -1 on row 0, +1 on row 1");
    }

    static double[][] randomEquivariant(WeightMatrixAction act, long seed) {
        int n = act.dimension();
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] x = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                x[i][j] = x[j][i] = rnd.nextDouble() - 0.5;
            }
        }
        ElementTable e = act.group().elements();
        double[][] a = new double[n][n];
        int[] t = new int[n];
        int[] s = new int[n];
        for (int g = 0; g < e.size(); g++) {
            act.coordinateAction(e.permutation(g), t, s);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[t[i]][t[j]] += s[i] * s[j] * x[i][j] / e.size();
                }
            }
        }
        return a;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double[] mul(double[][] a, double[] v) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = dot(a[i], v);
        }
        return r;
    }
}
