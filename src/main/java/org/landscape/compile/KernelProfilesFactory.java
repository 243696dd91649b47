package org.landscape.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the implementation of {@link KernelProfiles} and says which it chose (STYLE convention 4).
 * In order of preference:
 * <ol>
 *   <li>{@link Mode#GENERATED}: the class generated ahead of time and committed
 *       ({@code compile.generated.LeakyKernelProfiles}, kept in sync by a drift test), about 30 ns per call;</li>
 *   <li>{@link Mode#COMPILED}: the same source generated now from the Symja derivation and compiled in
 *       memory by Janino (10-30 s once: derivation plus compilation), equally fast afterwards;</li>
 *   <li>{@link Mode#INTERPRETED}: {@link InterpretedProfiles}, Symja evaluating the expressions on every
 *       call (10^3-10^5 times slower).</li>
 * </ol>
 * {@link Mode#AUTO} takes the first that works and records why the earlier ones failed. The system
 * property {@value #PROPERTY} ({@code generated}, {@code compiled}, {@code interpreted}, {@code auto})
 * forces a mode for {@link #fromSystemProperty()}.
 */
public final class KernelProfilesFactory {
    /** System property naming the mode. */
    public static final String PROPERTY = "landscape.profiles";
    /** Binary name of the class generated ahead of time. */
    public static final String GENERATED_CLASS = ProfileGenerator.PACKAGE + "." + ProfileGenerator.CLASS;
    private static final String RUNTIME_PACKAGE = "org.landscape.compile.runtime";

    private KernelProfilesFactory() {
    }

    /** How the profiles are obtained. */
    public enum Mode {
        AUTO, GENERATED, COMPILED, INTERPRETED
    }

    /**
     * The chosen implementation.
     *
     * @param profiles the evaluator
     * @param mode     the mode actually in use (never AUTO)
     * @param reasons  why preferred modes were not used (empty when the first choice worked)
     */
    public record Choice(KernelProfiles profiles, Mode mode, List<String> reasons) {
        public Choice {
            reasons = List.copyOf(reasons);
        }

        /** @return one line for provenance fields: the mode, the evaluator's own description and the reasons */
        public String describe() {
            String what = mode == Mode.COMPILED
                    ? "generated now from the Symja derivation and compiled in memory by Janino" : profiles.provenance();
            String s = mode.name().toLowerCase() + " profiles (" + what + ")";
            return reasons.isEmpty() ? s : s + "; fallback because " + String.join("; ", reasons);
        }
    }

    /**
     * Source of the evaluator under a run-time class name (a different name, so the committed class cannot
     * shadow it). Reuses the switch points recorded in the generated class when it is present; otherwise
     * measures them again (about 25 s).
     */
    private static String runtimeSource(String cls) {
        ProfileGenerator generator = new ProfileGenerator();
        try {
            return generator.source(RUNTIME_PACKAGE, cls, true);
        } catch (LinkageError e) {
            return generator.generate(true)
                    .replace("package " + ProfileGenerator.PACKAGE + ";", "package " + RUNTIME_PACKAGE + ";")
                    .replace("public final class " + ProfileGenerator.CLASS + " ", "public final class " + cls + " ");
        }
    }

    /** @return the choice for the mode named by {@value #PROPERTY} (default {@code auto}) */
    public static Choice fromSystemProperty() {
        String name = System.getProperty(PROPERTY, "auto").trim().toUpperCase();
        Mode mode;
        try {
            mode = Mode.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new org.landscape.base.InvalidInputException("-D" + PROPERTY + "=" + name.toLowerCase()
                    + " is not a mode: use auto, generated, compiled or interpreted");
        }
        return choose(mode);
    }

    /** @return the profiles for {@code mode}; AUTO falls back in the order of the class comment */
    public static Choice choose(Mode mode) {
        return choose(mode, GENERATED_CLASS);
    }

    /** As {@link #choose(Mode)} with the generated class looked up by {@code generatedClass} (tests). */
    static Choice choose(Mode mode, String generatedClass) {
        List<String> reasons = new ArrayList<>();
        if (mode == Mode.AUTO || mode == Mode.GENERATED) {
            try {
                Object o = Class.forName(generatedClass).getDeclaredConstructor().newInstance();
                return new Choice((KernelProfiles) o, Mode.GENERATED, reasons);
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                reasons.add("the generated class " + generatedClass + " is unavailable (" + e + ")");
                if (mode == Mode.GENERATED) {
                    throw new org.landscape.base.UnsupportedException(reasons.get(0));
                }
            }
        }
        if (mode == Mode.AUTO || mode == Mode.COMPILED) {
            try {
                String cls = "LeakyKernelProfilesRuntime";
                String source = runtimeSource(cls);
                KernelProfiles p = JaninoCompiler.instantiate(RUNTIME_PACKAGE + "." + cls, source, KernelProfiles.class);
                return new Choice(p, Mode.COMPILED, reasons);
            } catch (RuntimeException | LinkageError e) {
                reasons.add("in-memory compilation failed (" + e.getMessage() + ")");
                if (mode == Mode.COMPILED) {
                    throw new org.landscape.base.UnsupportedException(String.join("; ", reasons));
                }
            }
        }
        return new Choice(new InterpretedProfiles(), Mode.INTERPRETED, reasons);
    }
}
