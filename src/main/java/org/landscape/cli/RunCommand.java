package org.landscape.cli;

import org.landscape.script.ScriptFailure;
import org.landscape.script.ScriptSession;
import org.landscape.script.ScriptSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ./landscape run FILE.m [--out DIR] [--allow-io] [--no-check]}: runs a Symja script with the toolkit. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a derivation script (Mathematica syntax, Symja) with the Landscape toolkit; see src/docs/scripting.md.")
public final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.m", description = "the script")
    Path file;

    @CommandLine.Mixin
    ScriptOptions options;

    @Option(names = "--no-check", description = "skip the numeric check of exported formulas (on by default)")
    boolean noCheck;

    @Override
    public Integer call() {
        ScriptSettings settings = options.settings().withCheckExports(!noCheck);
        PrintStream stdout = System.out;
        try {
            new ScriptSession(settings, stdout).runFile(file);
        } catch (ScriptFailure f) {
            stdout.flush();
            spec.commandLine().getErr().println(ScriptOptions.message(f));
            spec.commandLine().getErr().flush();
            return f.exitCode();
        }
        stdout.flush();
        return 0;
    }
}
