package org.landscape.cli;

import org.landscape.base.LandscapeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * Entry point of {@code ./landscape}. A thin layer: each sub-command parses its options, calls one
 * library method and prints the result. Errors become one line on stderr and a non-zero exit code.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true, version = "landscape 0.1.0",
        description = "Loss landscapes of shallow leaky-ReLU networks under Gaussian inputs.",
        subcommands = {
                CommandLine.HelpCommand.class,
                KernelCommand.class,
                EvalCommand.class,
                DeriveCommand.class,
                VerifyCommand.class,
                GroupCommand.class,
                DegreeCommand.class,
                CheckCommand.class,
                GlobalMinimumCommand.class,
                EscapeCommand.class,
                EmbedCommand.class,
                StabilityCommand.class,
                FlowCommand.class,
                CriticalCommand.class,
                SpectrumCommand.class,
                CensusCommand.class,
                FamilyCommand.class,
                ContinueCommand.class,
                VerifyCertificateCommand.class,
                RunCommand.class,
                ReplCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        return cl;
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.out.flush();
        System.exit(code);
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("error: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandName() + " --help')");
        err.flush();
        return 2;
    }

    private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Throwable t = ex;
        while (!(t instanceof LandscapeException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof LandscapeException le) {
            err.println("error: " + le.getMessage());
            err.flush();
            return le.exitCode();
        }
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("internal error: " + ex.getClass().getSimpleName() + ": " + msg.lines().findFirst().orElse("")
                + " (please report this with the command line you ran)");
        err.flush();
        return 70;
    }
}
