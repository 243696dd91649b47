package org.landscape.script;

import org.landscape.base.LandscapeException;
import org.landscape.base.ResourceLimitException;

import java.util.Optional;

/**
 * A script stopped: a syntax error, an unknown function, a wrong argument, a Symja message, a refused call (exit
 * code 2), a failed assertion or export check (exit code 5), or its time limit or memory ceiling (exit code 6,
 * {@link #limit()} says which). The message is one line, {@code FILE:LINE: what}.
 */
public final class ScriptFailure extends LandscapeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final String file;
    private final int line;
    private final ResourceLimitException.Limit limit;

    ScriptFailure(String file, int line, String what, int exitCode) {
        this(file, line, what, exitCode, null);
    }

    ScriptFailure(String file, int line, String what, int exitCode, ResourceLimitException.Limit limit) {
        super(ScriptMessages.LOCATED.format(file, line, what));
        this.file = file;
        this.line = line;
        this.exitCode = exitCode;
        this.limit = limit;
    }

    @Override
    public int exitCode() {
        return exitCode;
    }

    /** @return the script's name as given */
    public String file() {
        return file;
    }

    /** @return the 1-based line of the statement that failed */
    public int line() {
        return line;
    }

    /** @return the limit that stopped the script, if a limit did */
    public Optional<ResourceLimitException.Limit> limit() {
        return Optional.ofNullable(limit);
    }
}
