package org.landscape;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package table of {@code src/docs/architecture.md} (STYLE.md section 1, extended to every package), enforced
 * on the sources of {@code src/main/java}:
 * <ul>
 *   <li>every package has a row; a file may use, besides {@code base}, the JDK and its own package, only the
 *       packages, classes and libraries of its row. Uses are {@code import} lines, fully qualified names in code
 *       (they bypass imports) and string literals that are a class name (lazy loading by
 *       {@code Class.forName} or Janino);</li>
 *   <li>the graph of actual uses has no cycle, and neither has the table (so no row can permit one); a
 *       {@code generated} sub-package counts as part of the package whose generator and interfaces it uses;</li>
 *   <li>{@code group} and {@code degree} do no floating-point arithmetic; no file has 600 lines or more.</li>
 * </ul>
 * A row without a package (one still to come) is not an error.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("src/main/java/org/landscape");
    private static final String PREFIX = "org.landscape.";

    // libraries, by the package prefix of their classes
    private static final String SYMJA = "org.matheclipse";
    private static final String HIPPARCHUS = "org.hipparchus";
    private static final String EJML = "org.ejml";
    private static final String JANINO = "org.codehaus";
    private static final String JACKSON = "com.fasterxml";
    private static final String JFREE = "org.jfree";
    private static final String PICOCLI = "picocli";
    private static final String JLINE = "org.jline";
    private static final String APFLOAT = "org.apfloat";
    private static final List<String> LIBRARIES = List.of(SYMJA, HIPPARCHUS, EJML, JANINO, JACKSON, JFREE, PICOCLI,
            JLINE, APFLOAT, "org.apache", "org.slf4j", "org.junit");

    /** Every math package below the drivers: what {@code io} and {@code script} may render or wrap. */
    private static final String MATH = "symbolic symbolic.print compile model reduced solve group rep degree analysis "
            + "continuation claims dynamics verify interval proof proof.check asymptotics";

    /**
     * One row: the package, what it may use besides {@code base}, the JDK and itself (packages, or single classes
     * written with their class name), the libraries it may use, and whether it must be exact (no floating point).
     */
    private record Row(String pkg, Set<String> uses, Set<String> libraries, boolean exact) {
    }

    private static final Map<String, Row> TABLE = new LinkedHashMap<>();

    private static void row(String pkg, String uses, String libraries) {
        row(pkg, uses, libraries, false);
    }

    private static void row(String pkg, String uses, String libraries, boolean exact) {
        TABLE.put(pkg, new Row(pkg, words(uses), words(libraries), exact));
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static {
        row("base", "", "");
        row("group", "", "", true);
        row("degree", "group", "", true);
        row("rep", "group degree solve", "");
        row("symbolic", "group", SYMJA);
        row("symbolic.print", "symbolic", SYMJA);
        row("compile", "symbolic symbolic.print", SYMJA + " " + JANINO);
        // the model sees only the evaluator interface, its factory and the generated evaluators: no Symja type
        row("model", "compile.KernelProfiles compile.KernelProfilesFactory compile.generated", "");
        row("solve", "", HIPPARCHUS + " " + EJML);
        row("interval", "", "");
        row("reduced", "model solve", "");
        // the independent references see the model only through its two evaluator interfaces
        row("verify", "model.KernelEvaluator model.LossEvaluator", HIPPARCHUS);
        row("analysis", "model reduced solve group rep degree verify compile.KernelProfiles", HIPPARCHUS);
        row("continuation", "analysis model reduced solve group rep degree", HIPPARCHUS);
        row("dynamics", "analysis model solve", HIPPARCHUS);
        row("proof", "interval model reduced solve group rep degree analysis continuation", HIPPARCHUS);
        // the independent re-checker shares no evaluator code with the prover: only the two data types
        row("proof.check", "symbolic proof.Certificate interval.Interval", SYMJA + " " + HIPPARCHUS + " " + APFLOAT);
        row("asymptotics", "symbolic symbolic.print model reduced solve group rep degree analysis", SYMJA + " " + HIPPARCHUS);
        row("claims", "symbolic model reduced solve group rep degree analysis continuation interval proof", SYMJA
                + " " + HIPPARCHUS);
        row("io", MATH, JACKSON + " " + JFREE);
        row("script", MATH + " io", SYMJA);
        row("cli", MATH + " io script", PICOCLI + " " + JLINE + " " + JACKSON + " " + SYMJA);
    }

    /**
     * Classes allowed more than their package's row: the closed forms at the global minimum are derived with Symja
     * and compiled with Janino once per JVM, outside every loop (a candidate for a package of exact closed forms).
     */
    private static final Map<String, Row> CLASS_EXCEPTIONS = Map.of(
            "analysis.GlobalMinimumSpectrum", new Row("analysis.GlobalMinimumSpectrum",
                    words("symbolic symbolic.print compile.JaninoCompiler"), words(SYMJA), false));

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;",
            Pattern.MULTILINE);
    private static final Pattern OWN = Pattern.compile("\\borg\\.landscape\\.(?:[a-z]\\w*\\.)*[A-Z]\\w*");
    private static final Pattern LIBRARY_NAME;
    private static final Pattern CLASS_LITERAL = Pattern.compile("org\\.landscape\\.(?:[a-z]\\w*\\.)+[A-Z][\\w$.]*");
    private static final Pattern GENERATED = Pattern.compile(
            "@(?:javax\\.annotation\\.processing\\.)?Generated\\((?:[^()\"]|\"(?:\\\\.|[^\"\\\\])*\")*\\)");
    private static final Pattern FLOAT = Pattern.compile("\\b(double|float|Double|Float)\\b");

    static {
        StringBuilder b = new StringBuilder("\\b(?:");
        for (int i = 0; i < LIBRARIES.size(); i++) {
            b.append(i > 0 ? "|" : "").append(Pattern.quote(LIBRARIES.get(i)));
        }
        LIBRARY_NAME = Pattern.compile(b.append(")(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*").toString());
    }

    /** One source file: its package (relative to org.landscape), code without comments and literals, literals. */
    private record Source(Path path, String pkg, String text, String code, List<String> literals) {
    }

    private static final List<Source> SOURCES = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        if (!SOURCES.isEmpty()) {
            return;
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f);
                // the generator named in a @Generated annotation is provenance, not a use
                String lexed = GENERATED.matcher(text).replaceAll("");
                String pkg = ROOT.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                List<String> literals = new ArrayList<>();
                String code = strip(lexed, literals);
                SOURCES.add(new Source(f, pkg, text, code, literals));
            }
        }
        assertTrue(SOURCES.size() > 100, "sources not found under " + ROOT.toAbsolutePath());
    }

    /**
     * Removes comments and the contents of string, text-block and character literals (collected into {@code
     * literals}); a small lexer, so that a {@code //} inside a string or a quote inside a comment is read right.
     */
    static String strip(String s, List<String> literals) {
        StringBuilder code = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                code.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int j = i + 3;
                StringBuilder lit = new StringBuilder();
                while (j < n && !s.startsWith("\"\"\"", j)) {
                    if (s.charAt(j) == '\\') {
                        lit.append(s.charAt(j));
                        j++;
                    }
                    if (j < n) {
                        lit.append(s.charAt(j));
                    }
                    j++;
                }
                literals.add(lit.toString());
                code.append("\"\"");
                i = Math.min(n, j + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder lit = new StringBuilder();
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    if (s.charAt(j) == '\\') {
                        j++;
                    }
                    if (j < n) {
                        lit.append(s.charAt(j));
                    }
                    j++;
                }
                if (c == '"') {
                    literals.add(lit.toString());
                }
                code.append(c).append(c);
                i = j + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** A {@code generated} sub-package is part of its parent (its generator and its interfaces live there). */
    private static String fold(String pkg) {
        return pkg.endsWith(".generated") ? pkg.substring(0, pkg.length() - ".generated".length()) : pkg;
    }

    /** Package of a name relative to org.landscape ("compile.generated.LeakyKernelProfiles" -> compile.generated). */
    private static String packageOf(String name) {
        StringBuilder p = new StringBuilder();
        for (String part : name.split("\\.")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
            p.append(p.length() > 0 ? "." : "").append(part);
        }
        return p.toString();
    }

    /** A use of the project's own code: relative name, "package" or "package.Class[.Nested]". */
    private record Use(String name, String how) {
    }

    private static List<Use> ownUses(Source s) {
        List<Use> uses = new ArrayList<>();
        Matcher m = IMPORT.matcher(s.code());
        while (m.find()) {
            if (m.group(2).startsWith(PREFIX)) {
                uses.add(new Use(m.group(2).substring(PREFIX.length()), "imports"));
            }
        }
        String body = s.code().replaceAll("(?m)^\\s*(package|import)\\s[^;]*;", "");
        m = OWN.matcher(body);
        while (m.find()) {
            uses.add(new Use(m.group().substring(PREFIX.length()), "names"));
        }
        for (String lit : s.literals()) {
            if (CLASS_LITERAL.matcher(lit).matches()) {
                uses.add(new Use(lit.substring(PREFIX.length()).replace('$', '.'), "loads by name"));
            }
        }
        return uses;
    }

    private static List<String> libraryUses(Source s) {
        List<String> uses = new ArrayList<>();
        Matcher m = IMPORT.matcher(s.code());
        while (m.find()) {
            if (!m.group(2).startsWith("java.") && !m.group(2).startsWith("javax.") && !m.group(2).startsWith(PREFIX)) {
                uses.add(m.group(2));
            }
        }
        m = LIBRARY_NAME.matcher(s.code().replaceAll("(?m)^\\s*(package|import)\\s[^;]*;", ""));
        while (m.find()) {
            uses.add(m.group());
        }
        return uses;
    }

    private static boolean permits(Set<String> entries, String name) {
        String pkg = packageOf(name);
        for (String e : entries) {
            boolean isClass = Character.isUpperCase(e.charAt(e.lastIndexOf('.') + 1));
            if (isClass ? name.equals(e) || name.startsWith(e + ".") : pkg.equals(e)) {
                return true;
            }
        }
        return false;
    }

    private static String className(Source s) {
        String file = s.path().getFileName().toString();
        return fold(s.pkg()) + "." + file.substring(0, file.length() - ".java".length());
    }

    @Test
    void everyPackageHasARow() {
        Set<String> missing = new TreeSet<>();
        for (Source s : SOURCES) {
            if (!TABLE.containsKey(fold(s.pkg()))) {
                missing.add(s.pkg());
            }
        }
        assertTrue(missing.isEmpty(), "packages without a row in the table (src/docs/architecture.md and "
                + "ArchitectureTest): " + missing);
    }

    @Test
    void filesUseOnlyWhatTheirRowAllows() {
        List<String> bad = new ArrayList<>();
        for (Source s : SOURCES) {
            String own = fold(s.pkg());
            Row row = TABLE.get(own);
            if (row == null) {
                continue;
            }
            Row extra = CLASS_EXCEPTIONS.get(className(s));
            for (Use u : ownUses(s)) {
                String target = fold(packageOf(u.name()));
                boolean ok = target.equals(own) || target.equals("base") || permits(row.uses(), u.name())
                        || extra != null && permits(extra.uses(), u.name());
                if (!ok) {
                    bad.add(s.path() + " " + u.how() + " " + u.name());
                }
            }
            for (String lib : libraryUses(s)) {
                boolean ok = false;
                for (String l : row.libraries()) {
                    ok |= lib.startsWith(l + ".");
                }
                if (extra != null) {
                    for (String l : extra.libraries()) {
                        ok |= lib.startsWith(l + ".");
                    }
                }
                if (!ok) {
                    bad.add(s.path() + " uses library " + lib);
                }
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " uses outside the table:\n" + String.join("\n", bad));
    }

    @Test
    void noCycleBetweenPackages() {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        for (Source s : SOURCES) {
            String from = fold(s.pkg());
            for (Use u : ownUses(s)) {
                String to = fold(packageOf(u.name()));
                if (!to.equals(from)) {
                    graph.computeIfAbsent(from, x -> new TreeMap<>()).putIfAbsent(to, s.path().getFileName() + " "
                            + u.how() + " " + u.name());
                }
            }
        }
        List<List<String>> cycles = stronglyConnected(graph);
        StringBuilder why = new StringBuilder();
        for (List<String> c : cycles) {
            why.append("cycle among ").append(c).append(":\n");
            for (String a : c) {
                for (String b : c) {
                    String e = graph.getOrDefault(a, Map.of()).get(b);
                    if (e != null) {
                        why.append("  ").append(a).append(" -> ").append(b).append(" (").append(e).append(")\n");
                    }
                }
            }
        }
        assertTrue(cycles.isEmpty(), why.toString());
    }

    @Test
    void theTableHasNoCycle() {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        List<Row> rows = new ArrayList<>(TABLE.values());
        for (Row r : rows) {
            for (String u : r.uses()) {
                graph.computeIfAbsent(r.pkg(), x -> new TreeMap<>()).put(fold(packageOf(u)), u);
            }
        }
        for (Row r : CLASS_EXCEPTIONS.values()) {
            for (String u : r.uses()) {
                graph.computeIfAbsent(packageOf(r.pkg()), x -> new TreeMap<>()).put(fold(packageOf(u)), u);
            }
        }
        assertEquals(List.of(), stronglyConnected(graph), "the table permits a cycle");
    }

    @Test
    void exactPackagesUseNoFloatingPointAndFilesStaySmall() {
        for (Source s : SOURCES) {
            assertTrue(s.text().lines().count() < 600, s.path() + " has 600 lines or more");
            Row row = TABLE.get(fold(s.pkg()));
            if (row != null && row.exact()) {
                assertTrue(!FLOAT.matcher(s.code()).find(), s.path() + " uses floating point");
            }
        }
    }

    /** Eigensolvers of symmetric matrices; only the factory {@code solve.SymmetricEigenvalues} may construct one. */
    private static final Pattern EIGENSOLVER = Pattern.compile(
            "\\bEigenDecompositionSymmetric\\b|\\bDecompositionFactory_DDRM\\s*\\.\\s*eig\\b|\\bJacobi\\s*\\.\\s*(decompose|values)\\b");

    /**
     * One spectrum factory (STYLE 4): every symmetric eigenproblem of {@code src/main} goes through
     * {@code solve.SymmetricEigenvalues}, which records the route that ran. The one exception is the independent
     * re-checker {@code proof.check}, which shares no code with the prover by design (its row has no {@code solve}).
     */
    @Test
    void symmetricSpectraGoThroughTheFactory() {
        List<String> bad = new ArrayList<>();
        for (Source s : SOURCES) {
            String name = className(s);
            if (name.equals("solve.SymmetricEigenvalues") || name.equals("solve.Jacobi")
                    || fold(s.pkg()).equals("proof.check")) {
                continue;
            }
            Matcher m = EIGENSOLVER.matcher(s.code());
            if (m.find()) {
                bad.add(s.path() + " uses " + m.group());
            }
        }
        assertTrue(bad.isEmpty(), "symmetric eigensolvers outside solve.SymmetricEigenvalues:\n" + String.join("\n", bad));
    }

    @Test
    void theLexerSeesThroughLiteralsAndComments() {
        List<String> lit = new ArrayList<>();
        String code = strip("a = \"// not a comment\"; /* \"x\" */ b = '\"'; c = \"\"\"\n org.landscape.cli.Main \"\"\";"
                + " d = \"org.landscape.compile.generated.LeakyKernelProfiles\"; // org.landscape.x.Y\n e", lit);
        assertEquals("a = \"\";   b = ''; c = \"\"; d = \"\"; \n e", code);
        assertEquals(List.of("// not a comment", "\n org.landscape.cli.Main ",
                "org.landscape.compile.generated.LeakyKernelProfiles"), lit);
    }

    /** Tarjan's strongly connected components of size > 1 (self-loops are not edges here). */
    private static List<List<String>> stronglyConnected(Map<String, Map<String, String>> graph) {
        Set<String> nodes = new TreeSet<>(graph.keySet());
        graph.values().forEach(m -> nodes.addAll(m.keySet()));
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> low = new LinkedHashMap<>();
        List<String> stack = new ArrayList<>();
        Set<String> onStack = new LinkedHashSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : nodes) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Map<String, String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, List<String> stack, Set<String> onStack,
                                List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.add(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Map.of()).keySet()) {
            if (w.equals(v)) {
                continue;
            }
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> c = new ArrayList<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                onStack.remove(w);
                c.add(w);
            } while (!w.equals(v));
            if (c.size() > 1) {
                out.add(c);
            }
        }
    }
}
