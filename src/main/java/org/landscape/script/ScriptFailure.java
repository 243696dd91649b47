package org.landscape.script;

import org.landscape.base.LandscapeException;

/**
 * A script stopped: a syntax error, an unknown function, a wrong argument, a Symja message, a refused call (exit
 * code 2) or a failed assertion or export check (exit code 5). The message is one line, {@code FILE:LINE: what}.
 */
public final class ScriptFailure extends LandscapeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final String file;
    private final int line;

    ScriptFailure(String file, int line, String what, int exitCode) {
        super(ScriptMessages.LOCATED.format(file, line, what));
        this.file = file;
        this.line = line;
        this.exitCode = exitCode;
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
}
