package org.landscape.cli;

import org.landscape.base.InvalidInputException;
import org.landscape.script.ScriptFailure;
import org.landscape.script.ScriptSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Options shared by {@code run} and {@code repl}: output folder, sandbox, time limit, memory ceiling. */
final class ScriptOptions {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)b?");

    @Option(names = "--out", paramLabel = "DIR", description = "folder for WriteFormula, Put and WriteString")
    Path out;

    @Option(names = "--allow-io", description = "allow Java interop, Compile and file access anywhere (off: sandbox)")
    boolean allowIo;

    @Option(names = "--time-limit", paramLabel = "T", description = "wall-clock limit of the script (of each input at "
            + "the prompt), e.g. 30s, 10m, 2h (default 10m)")
    String timeLimit;

    @Option(names = "--max-memory", paramLabel = "SIZE", description = "heap ceiling, e.g. 512m, 2g (default 80%% of "
            + "the JVM heap; raise the heap itself with LANDSCAPE_JAVA_OPTS=-Xmx8g)")
    String maxMemory;

    /** @return the settings these options describe */
    ScriptSettings settings() {
        ScriptSettings s = ScriptSettings.sandboxed().withAllowIo(allowIo);
        if (out != null) {
            s = s.withOut(out);
        }
        if (timeLimit != null) {
            s = s.withTimeLimit(duration(timeLimit));
        }
        if (maxMemory != null) {
            s = s.withMaxMemory(bytes(maxMemory));
        }
        return s;
    }

    /** @return the failure's one-line message, with the flag that raises the limit when a limit stopped it */
    static String message(ScriptFailure f) {
        return f.getMessage() + f.limit().map(l -> switch (l) {
            case TIME -> " (raise it with --time-limit)";
            case MEMORY -> " (raise it with --max-memory, and the JVM heap with LANDSCAPE_JAVA_OPTS=-Xmx8g)";
        }).orElse("");
    }

    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInputException("--time-limit '" + text + "' is not a duration: give e.g. 30s, 10m or 2h");
        }
        double x = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double seconds = switch (unit) {
            case "ms" -> x / 1000;
            case "m", "min" -> x * 60;
            case "h" -> x * 3600;
            case "d" -> x * 86400;
            default -> x;
        };
        if (!(seconds >= 1 && seconds <= 7 * 86400)) {
            throw new InvalidInputException("--time-limit '" + text + "' is outside 1s .. 7d");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    static long bytes(String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInputException("--max-memory '" + text + "' is not a size: give e.g. 512m or 2g");
        }
        double x = Double.parseDouble(m.group(1));
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        double b = x * (1L << shift);
        long max = Runtime.getRuntime().maxMemory();
        if (!(b >= ScriptSettings.MIN_MEMORY && b <= max)) {
            throw new InvalidInputException("--max-memory '" + text + "' is outside 16m .. the JVM heap of "
                    + (max >> 20) + "m (raise the heap with LANDSCAPE_JAVA_OPTS=-Xmx8g)");
        }
        return (long) b;
    }
}
