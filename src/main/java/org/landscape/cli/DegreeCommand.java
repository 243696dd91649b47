package org.landscape.cli;

import org.landscape.base.Monitor;
import org.landscape.degree.BurnsideRing;
import org.landscape.degree.EquivariantDegrees;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupLattices;
import org.landscape.io.DegreeReport;
import org.landscape.io.Report;
import org.landscape.rep.IrreducibleDegrees;
import org.landscape.rep.WeightMatrixAction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./landscape degree --group S5 [--irrep 3,2] [--crossing 4,1 ...] [--before 3,2=1 ...] [--space Mkk]
 * [--basis] [--json]}.
 */
@Command(name = "degree", mixinStandardHelpOptions = true,
        description = "Basic degrees in the Burnside ring, orbit types, and bifurcation invariants omega.")
public final class DegreeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--group", required = true, paramLabel = "NAME", description = "group name, e.g. S5, S4xZ2, DeltaS5")
    String group;

    @Option(names = "--irrep", paramLabel = "LABEL", description = "one irreducible, e.g. 3,2 (default: all)")
    String irrep;

    @Option(names = "--crossing", paramLabel = "LABEL[=m]",
            description = "m (default 1) copies of this irreducible turn negative at the crossing (m < 0: turn "
                    + "positive, with --before); repeatable. omega = deg(before) - deg(after): MATH.md's omega(alpha0) "
                    + "when 'before' is alpha0 - eps, as 'continue' prints it")
    List<String> crossings = new ArrayList<>();

    @Option(names = "--before", paramLabel = "LABEL[=m]",
            description = "isotypic Morse index before the crossing (m copies, default 1); repeatable; without "
                    + "--crossing: print the G-degree of a critical point with these indices")
    List<String> before = new ArrayList<>();

    @Option(names = "--space", paramLabel = "Mkk|Mkd:K,D", defaultValue = "Mkk",
            description = "weight-matrix space for dim Fix(H) of predicted orbit types (default Mkk)")
    String space;

    @Option(names = "--basis", description = "include an orthonormal basis of Fix(H) in the JSON")
    boolean basis;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        return LongRun.around("degree", spec.commandLine().getErr(), "computing the subgroup lattice and basic degrees of " + group, this::compute);
    }

    private Integer compute(Monitor monitor) {
        PermutationGroup g = Groups.parse(group);
        IrreducibleDegrees degrees = IrreducibleDegrees.of(g, new BurnsideRing(SubgroupLattices.of(g, monitor)));
        Report r = DegreeReport.of(g, degrees);
        if (crossings.isEmpty() && !before.isEmpty()) {
            DegreeReport.atCriticalPoint(r, degrees, EquivariantDegrees.atCriticalPoint(degrees.ring(),
                    degrees.degrees(), degrees.multiplicities(before)));
        } else if (crossings.isEmpty()) {
            DegreeReport.basicDegrees(r, degrees, irrep == null ? Optional.empty() : Optional.of(degrees.index(irrep)));
        } else {
            EquivariantDegrees.BifurcationInvariant w = EquivariantDegrees.crossing(degrees.ring(), degrees.degrees(),
                    degrees.multiplicities(before), degrees.multiplicities(crossings));
            WeightMatrixAction act = GroupCommand.parseAction(g, space);
            DegreeReport.crossing(r, degrees, w, act, degrees.fixedSubspaces(w.predicted(), act), basis);
        }
        spec.commandLine().getOut().print(r.render(json));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
