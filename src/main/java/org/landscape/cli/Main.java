package org.landscape.cli;

import org.landscape.base.LandscapeException;
import org.landscape.base.MemoryBudget;
import org.landscape.base.ResourceLimitException;
import org.landscape.base.UnsupportedException;
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
        cl.setExecutionStrategy(Main::executeGuarded);
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        return cl;
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.err.println(oneLine(e));
            System.err.flush();
            Runtime.getRuntime().halt(e instanceof OutOfMemoryError ? 6 : 70);
        });
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable e) {
            // an Error thrown outside a command (picocli's own parsing, or printing the usage)
            System.err.println(oneLine(e));
            code = e instanceof OutOfMemoryError ? 6 : 70;
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * Runs the command; an {@link Error} (out of memory, stack overflow) becomes an exception the handler turns
     * into one line, like every other failure.
     */
    private static int executeGuarded(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError e) {
            throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), "out of memory",
                    new ResourceLimitException(ResourceLimitException.Limit.MEMORY, outOfMemory()));
        } catch (StackOverflowError e) {
            throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), "stack overflow",
                    new UnsupportedException("the computation recursed too deeply (stack overflow): use a smaller "
                            + "input, or a larger stack with LANDSCAPE_JAVA_OPTS=-Xss64m"));
        }
    }

    private static String outOfMemory() {
        return "the JVM ran out of memory (heap " + MemoryBudget.human(Runtime.getRuntime().maxMemory())
                + "): use a smaller input, or a larger heap with LANDSCAPE_JAVA_OPTS=-Xmx16g";
    }

    private static String oneLine(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "error: " + outOfMemory();
        }
        String msg = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return "internal error: " + e.getClass().getSimpleName() + msg
                + " (please report this with the command line you ran)";
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        String msg = String.valueOf(ex.getMessage()).replaceFirst("^Error: ", "");
        err.println("error: " + msg + " (see '" + ex.getCommandLine().getCommandName() + " --help')");
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
            err.println("error: " + Flags.forCommandLine(le.getMessage()));
            err.flush();
            return le.exitCode();
        }
        err.println(oneLine(ex));
        err.flush();
        return 70;
    }
}
