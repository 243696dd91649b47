package org.landscape.script;

import org.landscape.base.ConfinedPaths;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.interfaces.AbstractSymbolEvaluator;
import org.matheclipse.core.eval.interfaces.AbstractFunctionEvaluator;
import org.matheclipse.core.expression.BuiltInDummy;
import org.matheclipse.core.expression.Context;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IBuiltInSymbol;
import org.matheclipse.core.interfaces.IEvaluator;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The script sandbox. Symja 3.0.0 leaves Java interop and file functions unevaluated when
 * {@code Config.FILESYSTEM_ENABLED} is false, silently; here each of them is replaced by an evaluator that refuses
 * with a message naming {@code --allow-io}, and the writers {@code Put} and {@code WriteString} are allowed inside
 * the output folder only. With {@code --allow-io} the original evaluators are put back and the engine's file system
 * is enabled. Shell functions ({@code Run}, {@code RunProcess}, ...) do not exist in Symja 3.0.0; they are refused
 * in every mode. Evaluators of built-in symbols are global to the JVM, so the policy is (re)applied before every
 * statement of a session.
 */
final class Sandbox {
    /** Java interop, compilation to Java, file reads and writes, network, session control. */
    static final List<String> REFUSED = List.of("JavaNew", "JavaObject", "JavaShow", "LoadJavaClass", "JavaClass",
            "InstanceOf", "AddToClassPath", "Compile", "CompilePrint", "CompiledFunction", "Import", "Export",
            "URLFetch", "CreateDirectory", "CreateFile", "OpenWrite", "OpenAppend", "OpenRead", "Write",
            "BinaryWrite", "BinaryRead", "Get", "Needs", "FileNames", "ReadString", "Read", "ReadList", "FilePrint",
            "SystemDialogInput", "Quit", "Exit", "BeginPackage");
    /** Writers allowed inside --out: name -> index of the file argument. */
    static final Map<String, Integer> WRITERS = Map.of("Put", -1, "WriteString", 1);
    /** Shell access: never provided. */
    static final List<String> SHELL = List.of("Run", "RunProcess", "RunThrough", "Environment", "SetEnvironment",
            "SystemOpen", "DeleteFile", "DeleteDirectory", "CopyFile", "RenameFile", "SetDirectory");

    /** Symbols that reveal the user's environment (home, user name, directories, command line): refused unless
     * the sandbox is lifted. */
    static final List<String> ENVIRONMENT = List.of("$HomeDirectory", "$UserName", "$TemporaryDirectory",
            "$UserBaseDirectory", "$BaseDirectory", "$RootDirectory", "$InstallationDirectory", "$Path",
            "$ScriptCommandLine", "$InputFileName", "$MachineName", "$ProcessID", "$SystemMemory");

    private static final Map<String, IEvaluator> ORIGINAL = new HashMap<>();

    private Sandbox() {
    }

    /** Records the original evaluators once and defines the never-provided shell functions. */
    static synchronized void install() {
        if (!ORIGINAL.isEmpty()) {
            return;
        }
        for (String n : concat()) {
            ISymbol s = Context.SYSTEM.get(n);
            if (s instanceof IBuiltInSymbol b) {
                ORIGINAL.put(n, b.getEvaluator());
            }
        }
        for (String n : SHELL) {
            ISymbol s = Context.SYSTEM.get(n);
            IEvaluator refuse = refusing(ScriptMessages.NO_SHELL.format(n));
            if (s instanceof IBuiltInSymbol b) {
                b.setEvaluator(refuse);
            } else {
                Context.SYSTEM.put(n, new BuiltInDummy(n, refuse));
            }
        }
    }

    private static List<String> concat() {
        List<String> all = new java.util.ArrayList<>(REFUSED);
        all.addAll(WRITERS.keySet());
        all.addAll(ENVIRONMENT);
        return all;
    }

    /** Applies the policy of {@code settings} to the JVM-wide symbols and to {@code engine}. */
    static synchronized void apply(ScriptSettings settings, EvalEngine engine) {
        install();
        engine.setFileSystemEnabled(settings.allowIo());
        // a list costs at least 32 bytes per element (reference and boxed number): longer ones cannot fit
        org.matheclipse.core.basic.Config.MAX_AST_SIZE = (int) Math.min(Integer.MAX_VALUE, settings.maxMemory() / 32);
        for (String n : concat()) {
            ISymbol s = Context.SYSTEM.get(n);
            if (!(s instanceof IBuiltInSymbol b)) {
                continue;
            }
            IEvaluator original = ORIGINAL.get(n);
            if (settings.allowIo()) {
                b.setEvaluator(original);
            } else if (ENVIRONMENT.contains(n)) {
                b.setEvaluator(refusingSymbol(ScriptMessages.ENVIRONMENT.format(n)));
            } else if (WRITERS.containsKey(n)) {
                b.setEvaluator(insideOut(n, WRITERS.get(n), original, settings.out()));
            } else {
                b.setEvaluator(refusing(ScriptMessages.REFUSED_IO.format(n)));
            }
        }
    }

    private static IEvaluator refusing(String message) {
        return new AbstractFunctionEvaluator() {
            @Override
            public IExpr evaluate(IAST ast, EvalEngine engine) {
                throw ToolkitError.input(message);
            }
        };
    }

    private static IEvaluator refusingSymbol(String message) {
        return new AbstractSymbolEvaluator() {
            @Override
            public IExpr evaluate(ISymbol symbol, EvalEngine engine) {
                throw ToolkitError.input(message);
            }
        };
    }

    private static IEvaluator insideOut(String name, int fileArg, IEvaluator original, Optional<Path> out) {
        return new AbstractFunctionEvaluator() {
            @Override
            public IExpr evaluate(IAST ast, EvalEngine engine) {
                int idx = fileArg < 0 ? ast.argSize() : fileArg;
                if (out.isEmpty()) {
                    throw ToolkitError.input(ScriptMessages.NO_OUT.format(name));
                }
                if (idx < 1 || idx > ast.argSize() || !ast.get(idx).isString()) {
                    throw ToolkitError.input(ScriptMessages.ARGUMENT.format(name, idx, "a file name string",
                            idx <= ast.argSize() && idx >= 1 ? ast.get(idx).toString() : "nothing"));
                }
                Path target = ConfinedPaths.resolve(out.get(), ast.get(idx).toString(), name);
                try {
                    java.nio.file.Files.createDirectories(target.getParent());
                } catch (java.io.IOException e) {
                    throw ToolkitError.input(ScriptMessages.WRITE.format(target, e.getClass().getSimpleName()));
                }
                IAST call = ast.setAtCopy(idx, org.matheclipse.core.expression.F.stringx(target.toString()));
                boolean fs = engine.isFileSystemEnabled();
                engine.setFileSystemEnabled(true);
                try {
                    return ((org.matheclipse.core.eval.interfaces.IFunctionEvaluator) original).evaluate(call, engine);
                } finally {
                    engine.setFileSystemEnabled(fs);
                }
            }
        };
    }
}
