package org.landscape.cli;

import org.landscape.script.ScriptFailure;
import org.landscape.script.ScriptSession;
import org.landscape.script.Statement;
import org.landscape.script.StatementSplitter;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ./landscape repl [--out DIR] [--allow-io] [--history FILE]}: an interactive prompt with the toolkit and the
 * sandbox of {@code run}. JLine gives line editing (arrows, Ctrl-A/E, Ctrl-R search) and a history kept across
 * sessions in {@code ~/.landscape_history}. An input continues on the next line while it is incomplete;
 * {@code %}, {@code %%} and {@code %n} are earlier results; {@code :history} lists earlier inputs, {@code :quit} (or
 * Ctrl-D) leaves, Ctrl-C abandons the current line.
 */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Interactive Symja prompt with the Landscape toolkit: line editing, history across sessions "
                + "(~/.landscape_history), %% for the last result, :history, :quit.")
public final class ReplCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ScriptOptions options;

    @Option(names = "--history", paramLabel = "FILE", description = "history file (default ~/.landscape_history)")
    Path historyFile;

    @Override
    public Integer call() throws IOException {
        Path history = historyFile != null ? historyFile
                : Path.of(System.getProperty("user.home"), ".landscape_history");
        return run(System.in, System.out, history);
    }

    /**
     * Runs the prompt. On a console, JLine reads the lines (editing, Ctrl-R, history file); otherwise (input piped
     * from a file or a test) plain lines are read and the history file is kept all the same.
     */
    int run(InputStream in, OutputStream out, Path history) throws IOException {
        boolean console = in == System.in && System.console() != null;
        try (ReplLines lines = console ? new ReplLines.Console(history) : new ReplLines.Piped(in, out, history)) {
            PrintStream o = lines.output();
            ScriptSession session = new ScriptSession(options.settings(), o);
            o.println("Landscape script prompt (Symja, Mathematica syntax). Help[] lists the toolkit; % is the last "
                    + "result; :history, :quit.");
            int n = 1;
            while (true) {
                String input = lines.read("In[" + n + "]:= ");
                if (input == null) {
                    break;
                }
                String cmd = input.strip();
                if (cmd.equals(":quit")) {
                    break;
                }
                if (cmd.equals(":history")) {
                    java.util.List<String> h = lines.history();
                    for (int i = 0; i < h.size(); i++) {
                        o.println(String.format("  %4d  %s", i + 1, h.get(i).replace("\n", " ")));
                    }
                    continue;
                }
                if (cmd.isEmpty()) {
                    continue;
                }
                lines.remember(input);
                session.restartClock();
                for (Statement s : StatementSplitter.split(input)) {
                    try {
                        IExpr r = session.evaluate(s, "In[" + n + "]");
                        if (r != S.Null && r.isPresent()) {
                            session.recordOut(n, r);
                            if (!s.text().strip().endsWith(";")) {
                                o.println("Out[" + n + "]= " + r.toString().replace("\n", ""));
                            }
                        }
                    } catch (ScriptFailure f) {
                        o.println(ScriptOptions.message(f));
                        break;
                    }
                }
                n++;
            }
            o.println();
            return 0;
        }
    }
}
