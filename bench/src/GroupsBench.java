import org.landscape.degree.BasicDegrees;
import org.landscape.degree.BurnsideElement;
import org.landscape.degree.BurnsideRing;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Timing harness for the exact group-theory layer (not a test; see bench/RESULTS.md). Each case is timed once
 * cold (first call in this JVM, includes class loading and JIT) and as the median of further warm runs on a
 * freshly parsed group (the lattice cache is per group instance, so nothing is reused).
 * Run: bench/groups-bench.sh
 */
public final class GroupsBench {
    private GroupsBench() {
    }

    static void time(String label, int warm, Supplier<Object> task) {
        long t0 = System.nanoTime();
        Object r = task.get();
        long cold = System.nanoTime() - t0;
        long[] w = new long[warm];
        for (int i = 0; i < warm; i++) {
            long s = System.nanoTime();
            task.get();
            w[i] = System.nanoTime() - s;
        }
        Arrays.sort(w);
        String warmMs = warm == 0 ? "-" : String.format("%.1f", w[warm / 2] / 1e6);
        System.out.printf("| %-44s | %10.1f | %10s | %s |%n", label, cold / 1e6, warmMs, r);
    }

    public static void main(String[] args) {
        System.out.println("| case | cold ms | warm median ms | result |");
        System.out.println("|---|---|---|---|");
        for (String g : new String[] {"S4", "S5", "S6", "S7"}) {
            time("lattice + marks " + g, 5, () -> SubgroupLattices.of(Groups.parse(g)).size() + " classes");
        }
        time("lattice + marks S8", 2, () -> SubgroupLattices.of(Groups.parse("S8")).size() + " classes");
        time("lattice + marks S4xS4", 3, () -> SubgroupLattices.of(Groups.parse("S4xS4")).size() + " classes");
        time("lattice + marks S4xZ2", 5, () -> SubgroupLattices.of(Groups.parse("S4xZ2")).size() + " classes");
        time("lattice + marks S5xS5", 0, () -> SubgroupLattices.of(Groups.parse("S5xS5")).size() + " classes");
        time("character table S8 (Murnaghan-Nakayama)", 5, () -> CharacterTables.of(Groups.symmetric(8)).size() + " irreps");
        time("character table S12", 3, () -> CharacterTables.of(Groups.symmetric(12)).size() + " irreps");
        time("all basic degrees of S6 (incl. lattice)", 5, () -> {
            PermutationGroup s6 = Groups.symmetric(6);
            BurnsideRing a = new BurnsideRing(SubgroupLattices.of(s6));
            return BasicDegrees.all(a, CharacterTables.of(s6)).size() + " degrees";
        });
        PermutationGroup s6 = Groups.symmetric(6);
        SubgroupLattice lat6 = SubgroupLattices.of(s6);
        CharacterTable t6 = CharacterTables.of(s6);
        BurnsideRing a6 = new BurnsideRing(lat6);
        time("all basic degrees of S6 (lattice given)", 5, () -> BasicDegrees.all(a6, t6).size() + " degrees");
        time("multiplication table of A(S6), 56x56 (marks)", 5, () -> {
            long nz = 0;
            for (int i = 0; i < a6.rank(); i++) {
                for (int j = 0; j < a6.rank(); j++) {
                    BurnsideElement p = a6.basis(i).multiply(a6.basis(j));
                    nz += p.support().size();
                }
            }
            return nz + " non-zero coefficients";
        });
        time("multiplication table of A(S6) (recurrence)", 5, () -> {
            long nz = 0;
            for (int i = 0; i < a6.rank(); i++) {
                for (int j = 0; j < a6.rank(); j++) {
                    nz += a6.multiplyByRecurrence(a6.basis(i), a6.basis(j)).support().size();
                }
            }
            return nz + " non-zero coefficients";
        });
        time("all basic degrees of S7 (incl. lattice)", 3, () -> {
            PermutationGroup s7 = Groups.symmetric(7);
            BurnsideRing a = new BurnsideRing(SubgroupLattices.of(s7));
            return BasicDegrees.all(a, CharacterTables.of(s7)).size() + " degrees";
        });
    }
}
