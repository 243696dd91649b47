package org.landscape.cli;

import org.landscape.base.InvalidInputException;
import org.landscape.base.Monitor;
import org.landscape.group.CharacterTables;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupLattices;
import org.landscape.io.GroupReport;
import org.landscape.io.Report;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.rep.RealIrreducibles;
import org.landscape.rep.RealIsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code ./landscape group NAME [--characters] [--subgroups] [--marks] [--decompose Mkk|Mkd:K,D] [--json]}. */
@Command(name = "group", mixinStandardHelpOptions = true,
        description = "Order, character table, subgroup classes (orbit types), table of marks, weight-matrix decomposition.")
public final class GroupCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME",
            description = "S5, A5, Z6, S4xZ2, S4xS4, S3xS2, Young(3,2), DeltaS5, Delta(S4xS1), ...")
    String name;

    @Option(names = "--characters", description = "print the character table")
    boolean characters;

    @Option(names = "--subgroups", description = "print the conjugacy classes of subgroups")
    boolean subgroups;

    @Option(names = "--marks", description = "print the table of marks (rows G/H_i, columns H_j)")
    boolean marks;

    @Option(names = "--decompose", paramLabel = "Mkk|Mkd:K,D",
            description = "isotypic decomposition of the action on weight matrices M(k,k) or M(K,D)")
    String decompose;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        return LongRun.around("group", spec.commandLine().getErr(), "computing " + (subgroups || marks ? "the subgroup lattice of " : "") + name, this::compute);
    }

    private Integer compute(Monitor monitor) {
        PermutationGroup g = Groups.parse(name);
        Report r = GroupReport.of(g);
        if (characters && g.structure().isEmpty()) {
            GroupReport.realCharacters(r, g, RealIrreducibles.of(g));
        } else if (characters) {
            GroupReport.characters(r, CharacterTables.of(g));
        }
        if (subgroups || marks) {
            GroupReport.lattice(r, SubgroupLattices.of(g, monitor), subgroups, marks);
        }
        if (decompose != null) {
            WeightMatrixAction act = parseAction(g, decompose);
            if (g.structure().isEmpty()) {
                RealIsotypicDecomposition dec = RealIsotypicDecomposition.of(act);
                GroupReport.realDecomposition(r, g, act, dec, dec.identifyIfSmall());
            } else {
                GroupReport.decomposition(r, g, act, IsotypicDecomposition.of(act));
            }
        }
        spec.commandLine().getOut().print(r.render(json));
        spec.commandLine().getOut().flush();
        return 0;
    }

    static WeightMatrixAction parseAction(PermutationGroup g, String spec) {
        return WeightMatrixAction.parse(g, spec).orElseThrow(() -> new InvalidInputException("unknown space '" + spec
                + "': use Mkk or Mkd:K,D (e.g. Mkd:4,3)"));
    }
}
