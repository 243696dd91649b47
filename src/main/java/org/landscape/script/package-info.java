/**
 * Scripting derivations: the Landscape toolkit as Symja built-ins (Mathematica syntax), a statement-by-statement
 * script runner with file and line in every error, and a sandbox (no Java interop, shell or file writes outside the
 * output folder unless {@code --allow-io}).
 *
 * <p>Pipeline position: on top of every library package ({@code symbolic}, {@code model}, {@code analysis},
 * {@code group}, {@code rep}, {@code degree}); used only by {@code cli} ({@code run}, {@code repl}). The user
 * reference is {@code src/docs/scripting.md}.
 */
package org.landscape.script;
