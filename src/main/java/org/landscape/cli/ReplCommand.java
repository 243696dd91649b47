package org.landscape.cli;

import org.landscape.script.ScriptFailure;
import org.landscape.script.ScriptSession;
import org.landscape.script.ScriptSettings;
import org.landscape.script.Statement;
import org.landscape.script.StatementSplitter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./landscape repl [--out DIR] [--allow-io]}: an interactive prompt with the toolkit and the sandbox of
 * {@code run}. JLine is not on the class path, so input is read line by line; {@code :history} lists earlier
 * inputs, {@code !N} repeats one, {@code :quit} leaves. An input continues on the next line while it is incomplete.
 */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Interactive Symja prompt with the Landscape toolkit (:quit to leave, :history, !N).")
public final class ReplCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ScriptOptions options;

    @Override
    public Integer call() throws IOException {
        ScriptSettings settings = options.settings();
        PrintStream o = System.out;
        ScriptSession session = new ScriptSession(settings, o);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> history = new ArrayList<>();
        o.println("Landscape script prompt (Symja, Mathematica syntax). Help[] lists the toolkit; :quit leaves.");
        StringBuilder pending = new StringBuilder();
        int n = 1;
        while (true) {
            o.print(pending.length() == 0 ? "In[" + n + "]:= " : "      ");
            o.flush();
            String line = in.readLine();
            if (line == null || pending.length() == 0 && line.strip().equals(":quit")) {
                o.println();
                return 0;
            }
            if (pending.length() == 0 && line.strip().equals(":history")) {
                for (int i = 0; i < history.size(); i++) {
                    o.println("  !" + (i + 1) + "  " + history.get(i).replace("\n", " "));
                }
                continue;
            }
            if (pending.length() == 0 && line.strip().matches("!\\d+")) {
                int k = Integer.parseInt(line.strip().substring(1));
                if (k < 1 || k > history.size()) {
                    o.println("no input !" + k + " (:history lists them)");
                    continue;
                }
                line = history.get(k - 1);
                o.println(line);
            }
            pending.append(pending.length() == 0 ? "" : "\n").append(line);
            List<Statement> st = StatementSplitter.split(pending.toString());
            if (!StatementSplitter.isComplete(pending.toString())) {
                continue;
            }
            String input = pending.toString();
            pending.setLength(0);
            if (input.isBlank()) {
                continue;
            }
            history.add(input);
            session.restartClock();
            for (Statement s : st) {
                try {
                    final int number = n;
                    session.evaluateForDisplay(s, "In[" + n + "]").ifPresent(v -> o.println("Out[" + number + "]= " + v));
                } catch (ScriptFailure f) {
                    o.println(ScriptOptions.message(f));
                    break;
                }
            }
            n++;
        }
    }
}
