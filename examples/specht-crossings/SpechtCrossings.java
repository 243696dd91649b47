import org.landscape.degree.BasicDegree;
import org.landscape.degree.BasicDegrees;
import org.landscape.degree.BurnsideRing;
import org.landscape.degree.EquivariantDegrees;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;

import java.util.List;

/**
 * Bifurcation invariants for every crossing type of the four Specht components of M(k,k) under Delta S_k
 * (the isotropy of the global minimum W = V = I), k = 4, 5, 6: starting from Morse index 0, c copies (c = 1 up to
 * the multiplicity of the component in M(k,k)) of one irreducible turn negative. Prints omega and the maximal
 * orbit types of the crossing space with non-zero coefficient in omega, each with dim Fix(H) in M(k,k): the
 * predicted symmetries of the branches.
 *
 * <p>Run: {@code examples/specht-crossings/run.sh}, or after {@code ./landscape --version} (which builds the jar)
 * {@code java -Xss8m -cp target/landscape-run.jar examples/specht-crossings/SpechtCrossings.java 4 5 6}; the
 * arguments are the widths (default 4 5 6).
 */
public final class SpechtCrossings {
    public static void main(String[] args) {
        int[] widths = args.length == 0 ? new int[] {4, 5, 6}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int k : widths) {
            PermutationGroup g = Groups.parse("DeltaS" + k);
            WeightMatrixAction act = WeightMatrixAction.mkk(g);
            IsotypicDecomposition dec = IsotypicDecomposition.of(act);
            CharacterTable t = dec.characterTable();
            SubgroupLattice lat = SubgroupLattices.of(g);
            BurnsideRing ring = new BurnsideRing(lat);
            List<BasicDegree> basic = BasicDegrees.all(ring, t);
            System.out.printf("%n== k = %d: M(%d,%d) under Delta S_%d ==%n", k, k, k, k);
            for (IsotypicDecomposition.Component c : dec.components()) {
                System.out.printf("component [%s]: multiplicity %d, dim V = %d%n", c.label(), c.multiplicity(),
                        c.irrepDimension());
            }
            for (IsotypicDecomposition.Component c : dec.components()) {
                for (long copies = 1; copies <= c.multiplicity(); copies++) {
                    long[] before = new long[t.size()];
                    long[] cross = new long[t.size()];
                    cross[c.irrepIndex()] = copies;
                    EquivariantDegrees.BifurcationInvariant w = EquivariantDegrees.crossing(ring, basic, before, cross);
                    System.out.printf("%n  crossing %d x [%s]: omega = %s%n", copies, c.label(), w.omega());
                    if (w.omega().isZero()) {
                        System.out.println("    omega = 0: no branch is forced by the degree");
                    }
                    for (int h : w.predicted()) {
                        SubgroupClass sc = lat.get(h);
                        FixedPointSubspace fix = FixedPointSubspace.of(act, sc.generators());
                        System.out.printf("    predicted (%s): |H| = %d, coefficient %d, dim Fix(H) = %d, generators %s%n",
                                ring.name(h), sc.order(), w.omega().coefficient(h), fix.dimension(), sc.generators());
                    }
                }
            }
        }
    }
}
