package org.landscape.cli;

import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.landscape.script.StatementSplitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the prompt of {@code repl} reads complete inputs (possibly several lines) and keeps its history: JLine on a
 * console ({@link Console}), plain lines from a pipe ({@link Piped}); an input continues while
 * {@link StatementSplitter} finds it incomplete.
 */
interface ReplLines extends AutoCloseable {
    /** @return the next complete input, or null at the end */
    String read(String prompt) throws IOException;

    void remember(String input);

    java.util.List<String> history();

    PrintStream output();

    @Override
    void close() throws IOException;

    /** JLine on the system terminal: line editing, Ctrl-R, the history file. */
    final class Console implements ReplLines {
        private final Terminal terminal;
        private final LineReader reader;
        private final PrintStream out;

        Console(Path history) throws IOException {
            terminal = TerminalBuilder.builder().name("landscape").system(true).build();
            reader = LineReaderBuilder.builder().terminal(terminal).appName("landscape")
                    .parser(new StatementParser())
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "      ")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is Not in Mathematica syntax
                    .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                    .build();
            out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        }

        @Override
        public String read(String prompt) {
            while (true) {
                try {
                    return reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    // Ctrl-C drops the line being edited
                } catch (EndOfFileException e) {
                    return null;
                }
            }
        }

        @Override
        public void remember(String input) {
            // JLine adds every accepted line itself
        }

        @Override
        public java.util.List<String> history() {
            java.util.List<String> h = new java.util.ArrayList<>();
            reader.getHistory().forEach(e -> h.add(e.line()));
            return h;
        }

        @Override
        public PrintStream output() {
            return out;
        }

        @Override
        public void close() throws IOException {
            reader.getHistory().save();
            terminal.close();
        }
    }

    /** Plain lines from a pipe; an input continues while it is incomplete; the history file is appended. */
    final class Piped implements ReplLines {
        private final java.io.BufferedReader in;
        private final PrintStream out;
        private final Path file;
        private final java.util.List<String> history = new java.util.ArrayList<>();
        private final java.util.List<String> added = new java.util.ArrayList<>();

        Piped(InputStream in, OutputStream out, Path file) throws IOException {
            this.in = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
            this.file = file;
            if (java.nio.file.Files.isRegularFile(file)) {
                // JLine's format: "epoch-millis:line", with newlines in a line escaped as \n
                for (String l : java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int c = l.indexOf(':');
                    history.add((c > 0 && l.substring(0, c).matches("\\d+") ? l.substring(c + 1) : l)
                            .replace("\\n", "\n"));
                }
            }
        }

        @Override
        public String read(String prompt) throws IOException {
            out.print(prompt);
            out.flush();
            StringBuilder input = new StringBuilder();
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    return input.length() == 0 ? null : input.toString();
                }
                input.append(input.length() == 0 ? "" : "\n").append(line);
                if (StatementSplitter.isComplete(input.toString())) {
                    return input.toString();
                }
            }
        }

        @Override
        public void remember(String input) {
            history.add(input);
            added.add(input);
        }

        @Override
        public java.util.List<String> history() {
            return java.util.List.copyOf(history);
        }

        @Override
        public PrintStream output() {
            return out;
        }

        @Override
        public void close() throws IOException {
            if (added.isEmpty()) {
                return;
            }
            StringBuilder sb = new StringBuilder();
            for (String a : added) {
                sb.append(System.currentTimeMillis()).append(':').append(a.replace("\n", "\\n")).append('\n');
            }
            java.nio.file.Files.writeString(file, sb, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** Tells JLine that an input continues while {@link StatementSplitter} finds it incomplete. */
    final class StatementParser extends DefaultParser {
        StatementParser() {
            escapeChars(new char[0]);
            quoteChars(new char[0]);
        }

        @Override
        public ParsedLine parse(String line, int cursor, Parser.ParseContext context) {
            if (context == Parser.ParseContext.ACCEPT_LINE && !StatementSplitter.isComplete(line)) {
                throw new EOFError(-1, cursor, "incomplete input", "]");
            }
            return super.parse(line, cursor, context);
        }
    }
}
