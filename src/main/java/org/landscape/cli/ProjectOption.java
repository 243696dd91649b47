package org.landscape.cli;

import org.landscape.analysis.CriticalPointSearch;
import picocli.CommandLine.Option;

/** {@code --project}, shared by {@code critical} and {@code continue}: what to do with a start outside Fix(H). */
final class ProjectOption {
    @Option(names = "--project", description = "with --fix: project a start that is not H-symmetric onto Fix(H) "
            + "(otherwise such a start is refused with its distance, unless its own isotropy is a conjugate of H)")
    boolean project;

    CriticalPointSearch.StartPolicy policy() {
        return project ? CriticalPointSearch.StartPolicy.PROJECT : CriticalPointSearch.StartPolicy.REQUIRE_IN_FIX;
    }
}
