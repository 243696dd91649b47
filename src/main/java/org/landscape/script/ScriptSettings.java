package org.landscape.script;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a script runs.
 *
 * @param out           folder that {@code WriteFormula} (and {@code Put}/{@code WriteString}) may write into; empty:
 *                      no file output at all
 * @param allowIo       lift the sandbox: Java interop ({@code JavaNew}, ...), {@code Compile}, file reads and writes
 *                      anywhere
 * @param checkExports  compare every exported formula numerically with its source (default on)
 */
public record ScriptSettings(Optional<Path> out, boolean allowIo, boolean checkExports) {
    public ScriptSettings {
        out = out.map(p -> p.toAbsolutePath().normalize());
    }

    /** @return the sandboxed default: no output folder, checks on */
    public static ScriptSettings sandboxed() {
        return new ScriptSettings(Optional.empty(), false, true);
    }

    /** @return a copy writing into {@code dir} */
    public ScriptSettings withOut(Path dir) {
        return new ScriptSettings(Optional.of(dir), allowIo, checkExports);
    }

    /** @return a copy with the sandbox lifted or not */
    public ScriptSettings withAllowIo(boolean allow) {
        return new ScriptSettings(out, allow, checkExports);
    }

    /** @return a copy with export checks on or off */
    public ScriptSettings withCheckExports(boolean check) {
        return new ScriptSettings(out, allowIo, check);
    }
}
