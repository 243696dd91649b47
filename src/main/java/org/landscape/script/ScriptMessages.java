package org.landscape.script;

import org.landscape.base.MessagePattern;

/** Every user-facing message of the {@code script} package ({@code {0}} placeholders, checked by a test). */
public enum ScriptMessages implements MessagePattern {
    LOCATED(3, "{0}:{1}: {2}"),
    SYNTAX(1, "syntax error: {0}"),
    UNKNOWN_FUNCTION(1, "unknown function {0}: check the spelling or define it before use (src/docs/scripting.md lists the"
            + " toolkit)"),
    NOT_IMPLEMENTED(1, "{0} is not implemented by Symja 3.0.0: use another function (src/docs/scripting.md)"),
    SYMJA_MESSAGE(1, "{0}"),
    ASSERTION(1, "assertion failed: {0}"),
    REFUSED_IO(1, "{0} is refused in a sandboxed script: pass --allow-io to allow Java interop and file access"),
    NO_SHELL(1, "{0} is not available: Landscape scripts have no shell access (not even with --allow-io)"),
    ARITY(3, "{0} expects {1}; got {2} arguments"),
    ARGUMENT(4, "{0}: argument {1} must be {2}; got {3}"),
    NO_OUT(1, "{0} needs an output folder: run the script with --out DIR"),
    EXPORT_CHECK(3, "{0}: the exported formula differs numerically from its source (relative difference {1} at {2})"),
    SERIES_CHECK(3, "{0}: the series does not match the function near the expansion point (relative error {1} at {2})"),
    LIMIT_CHECK(3, "{0}: the limit {1} does not match the function near the point (value {2})"),
    NOT_NUMERIC(2, "{0}: {1} did not evaluate to a number at the check point: give numeric ranges for its symbols"),
    FILE(2, "cannot read script {0}: {1}"),
    WRITE(2, "cannot write {0}: {1}"),
    TIMEOUT(1, "statement took longer than {0} seconds: stopped"),
    TIME_LIMIT(1, "stopped: the script reached its time limit of {0}"),
    MEMORY_LIMIT(1, "stopped: the script''s heap use exceeded its memory ceiling of {0} MB"),
    TOO_LARGE(2, "stopped: {0} (a list that long cannot fit under the memory ceiling of {1} MB)"),
    OUT_OF_MEMORY(1, "stopped: the JVM ran out of memory (heap {0} MB) during this statement"),
    TIME_LIMIT_RANGE(1, "time limit {0} is outside 1 s .. 7 days"),
    MEMORY_RANGE(2, "memory ceiling {0} MB is outside 16 MB .. the JVM''s heap of {1} MB"),
    ENVIRONMENT(1, "{0} is not available in a sandboxed script (it reveals the user''s environment)"),
    NO_OUT_RESULT(2, "{0} refers to an earlier result, but there is none (results so far: {1})");

    private final int arity;
    private final String pattern;

    ScriptMessages(int arity, String pattern) {
        this.arity = arity;
        this.pattern = pattern;
    }

    @Override
    public int arity() {
        return arity;
    }

    @Override
    public String pattern() {
        return pattern;
    }
}
