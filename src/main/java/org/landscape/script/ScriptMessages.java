package org.landscape.script;

import java.util.Locale;

/** Every user-facing message of the {@code script} package ({@code %s} placeholders, checked by a test). */
public enum ScriptMessages {
    LOCATED(3, "%s:%s: %s"),
    SYNTAX(1, "syntax error: %s"),
    UNKNOWN_FUNCTION(1, "unknown function %s: check the spelling or define it before use (src/docs/scripting.md lists the"
            + " toolkit)"),
    NOT_IMPLEMENTED(1, "%s is not implemented by Symja 3.0.0: use another function (src/docs/scripting.md)"),
    SYMJA_MESSAGE(1, "%s"),
    ASSERTION(1, "assertion failed: %s"),
    REFUSED_IO(1, "%s is refused in a sandboxed script: pass --allow-io to allow Java interop and file access"),
    NO_SHELL(1, "%s is not available: Landscape scripts have no shell access (not even with --allow-io)"),
    ARITY(3, "%s expects %s; got %s arguments"),
    ARGUMENT(4, "%s: argument %s must be %s; got %s"),
    NO_OUT(1, "%s needs an output folder: run the script with --out DIR"),
    EXPORT_CHECK(3, "%s: the exported formula differs numerically from its source (relative difference %s at %s)"),
    SERIES_CHECK(3, "%s: the series does not match the function near the expansion point (relative error %s at %s)"),
    LIMIT_CHECK(3, "%s: the limit %s does not match the function near the point (value %s)"),
    NOT_NUMERIC(2, "%s: %s did not evaluate to a number at the check point: give numeric ranges for its symbols"),
    FILE(2, "cannot read script %s: %s"),
    WRITE(2, "cannot write %s: %s"),
    TIMEOUT(1, "statement took longer than %s seconds: stopped"),
    TIME_LIMIT(1, "stopped: the script reached its time limit of %s"),
    MEMORY_LIMIT(1, "stopped: the script's heap use exceeded its memory ceiling of %s MB"),
    TOO_LARGE(2, "stopped: %s (a list that long cannot fit under the memory ceiling of %s MB)"),
    OUT_OF_MEMORY(1, "stopped: the JVM ran out of memory (heap %s MB) during this statement"),
    TIME_LIMIT_RANGE(1, "time limit %s is outside 1 s .. 7 days"),
    MEMORY_RANGE(2, "memory ceiling %s MB is outside 16 MB .. the JVM's heap of %s MB"),
    ENVIRONMENT(1, "%s is not available in a sandboxed script (it reveals the user's environment)"),
    NO_OUT_RESULT(2, "%s refers to an earlier result, but there is none (results so far: %s)");

    private final int arity;
    private final String format;

    ScriptMessages(int arity, String format) {
        this.arity = arity;
        this.format = format;
    }

    /** @return the number of {@code %s} placeholders */
    public int arity() {
        return arity;
    }

    /** @return the raw format */
    public String pattern() {
        return format;
    }

    /** @return the message with the arguments filled in */
    public String format(Object... args) {
        if (args.length != arity) {
            throw new IllegalArgumentException(name() + " takes " + arity + " arguments, got " + args.length);
        }
        return String.format(Locale.ROOT, format, args);
    }
}
