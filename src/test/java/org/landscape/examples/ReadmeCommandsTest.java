package org.landscape.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscape.cli.Main;
import org.landscape.io.ClaimsReader;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 7: the README tells the truth. Every {@code ./landscape} line of every bash block of README.md runs
 * (long ones at a reduced size, by the substitutions in {@link #REDUCE}; files it writes go to a temporary folder),
 * exits as the README says (0, or 1 where its comment says "fails" or "exit 1"), and the numbers the README quotes
 * are checked against values known independently: \( K_0(e_1, e_2) = 1/(2\pi) \) (Cho-Saul), the isotypic
 * decomposition of M(5,5) (Specht modules), the four components touching zero at alpha = 1 (identity activation:
 * the Hessian has rank d), the Delta S6 crossing at -0.6869 (located independently by Brent in SpuriousFamilyTest).
 * The JSON claims example of the README is parsed with the claims reader.
 */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    /** Reduced sizes: README text -> what the test runs (applied in order to each command line). */
    private static final Map<String, String> REDUCE = new LinkedHashMap<>();

    static {
        REDUCE.put("--inits 1000", "--inits 40");
        REDUCE.put("--k 6..12", "--k 6..7");
        REDUCE.put("--k 6..20", "--k 6..7");
        REDUCE.put("--alpha -3:3:0.02", "--alpha -3:3:0.5");
        REDUCE.put("--time 50", "--time 5");
        REDUCE.put("^verify$", "verify --reduced");
    }

    @TempDir
    Path tmp;

    /** A command line of the README: its line number and text (continuations joined, comment removed). */
    record Line(int number, String text, String comment) {
    }

    record Outcome(int code, String out, String err) {
    }

    static List<Line> commands() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        List<Line> out = new ArrayList<>();
        boolean bash = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("```")) {
                bash = !bash && l.equals("```bash");
                continue;
            }
            if (!bash || !l.startsWith("./landscape")) {
                continue;
            }
            int first = i;
            StringBuilder text = new StringBuilder();
            while (l.endsWith("\\")) {
                text.append(l, 0, l.length() - 1).append(' ');
                l = lines.get(++i).strip();
            }
            text.append(l);
            String[] codeAndComment = splitComment(text.toString());
            out.add(new Line(first + 1, codeAndComment[0].strip(), codeAndComment[1]));
        }
        return out;
    }

    /** Splits at the first # outside quotes. */
    private static String[] splitComment(String s) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || s.charAt(i - 1) == ' ')) {
                return new String[] {s.substring(0, i), s.substring(i + 1).strip()};
            }
        }
        return new String[] {s, ""};
    }

    /** Shell words: single and double quotes, no expansion. */
    static List<String> words(String s) {
        List<String> w = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean single = false;
        boolean dbl = false;
        boolean any = false;
        for (char c : s.toCharArray()) {
            if (c == '\'' && !dbl) {
                single = !single;
                any = true;
            } else if (c == '"' && !single) {
                dbl = !dbl;
                any = true;
            } else if (c == ' ' && !single && !dbl) {
                if (any || cur.length() > 0) {
                    w.add(cur.toString());
                }
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
            }
        }
        if (any || cur.length() > 0) {
            w.add(cur.toString());
        }
        return w;
    }

    private Outcome run(Line line) throws Exception {
        String text = line.text().substring("./landscape".length()).strip();
        for (Map.Entry<String, String> r : REDUCE.entrySet()) {
            text = r.getKey().startsWith("^") ? text.replaceAll(r.getKey(), r.getValue())
                    : text.replace(r.getKey(), r.getValue());
        }
        List<String> w = words(text);
        Path redirect = null;
        List<String> args = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            String x = w.get(i);
            if (x.equals(">")) {
                redirect = tmp.resolve(w.get(++i));
            } else if (i > 0 && (w.get(i - 1).equals("--out") || w.get(i - 1).equals("--certificate"))) {
                args.add(tmp.resolve(x).toString());
            } else if (!x.startsWith("-") && !x.contains("/") && Files.exists(tmp.resolve(x))) {
                args.add(tmp.resolve(x).toString()); // a file an earlier command wrote
            } else {
                args.add(x);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(":quit\n".getBytes(StandardCharsets.UTF_8)));
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(System.out, true));
            cl.setErr(new PrintWriter(System.err, true));
            code = cl.execute(args.toArray(new String[0]));
            System.out.flush();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
        String o = out.toString(StandardCharsets.UTF_8);
        if (redirect != null) {
            Files.writeString(redirect, o);
        }
        return new Outcome(code, o, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyReadmeCommandRunsAndTheQuotedNumbersHold() throws Exception {
        List<Line> lines = commands();
        assertTrue(lines.size() >= 35, "README command lines found: " + lines.size());
        List<String> failures = new ArrayList<>();
        Map<String, Outcome> byText = new LinkedHashMap<>();
        for (Line l : lines) {
            assertFalse(l.text().matches(".*\\b(START|W|CLAIMS)\\.json.*"), "placeholder file name at README line "
                    + l.number() + ": " + l.text());
            long t0 = System.nanoTime();
            Outcome r = run(l);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("README:%d %.1f s exit %d  %s%n", l.number(), seconds, r.code(), l.text());
            int expected = l.comment().startsWith("fails") || l.comment().contains("exit 1") ? 1 : 0;
            if (r.code() != expected) {
                failures.add("README line " + l.number() + " exited " + r.code() + " (expected " + expected + "): "
                        + l.text() + "\n" + tail(r.err()));
            }
            byText.put(l.text(), r);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));

        // kernel: K_0(e1, e2) = |w||v| (sin theta + (pi - theta) cos theta) / (2 pi) = 1/(2 pi) at theta = pi/2
        Outcome kernel = find(byText, "kernel --alpha 0 --w 1,0 --v 0,1");
        assertEquals(1 / (2 * Math.PI), number(kernel.out(), "= ([0-9.E-]+)"), 1e-16);
        assertTrue(line(lines, "kernel --alpha 0").comment().contains("0.15915494309189535"));
        // M(5,5) under Delta S5, as the README states it
        Outcome dec = find(byText, "group S5 --decompose Mkk");
        assertTrue(dec.out().contains("2 [5] + 3 [4,1] + [3,2] + [3,1,1]"), dec.out());
        // the tour's picture: all four components touch zero at alpha = 1 (the identity network)
        Outcome gm = find(byText, "global-minimum --k 4,6,8");
        for (String comp : new String[] {"[k]", "[k-1,1]", "[k-2,2]", "[k-2,1,1]"}) {
            Matcher m = Pattern.compile("(?m)^\\s+4\\s+1\\.0000 " + Pattern.quote(comp) + "\\s+(\\S+)").matcher(gm.out());
            assertTrue(m.find(), comp + "\n" + gm.out());
            assertEquals(0, Double.parseDouble(m.group(1)), 1e-12, comp);
        }
        // step 5: the Delta S6 minimum loses stability at alpha = -0.6869 (SpuriousFamilyTest locates it by Brent)
        Outcome cont = find(byText, "continue --alpha 0 --to -1");
        assertEquals(-0.686912130006598, number(cont.out(), "crossing alpha = (-[0-9.]+)"), 1e-9);
        assertTrue(line(lines, "continue --alpha 0 --to -1").number() > 0);
        // step 6: the same omega as step 5, three predicted branch symmetries
        Outcome deg = find(byText, "degree --group S6 --before 5,1 --crossing 5,1=-1");
        String omega = firstMatch(deg.out(), "(?m)^omega\\s+= (.+)$");
        assertTrue(cont.out().contains("omega = " + omega), omega + "\n" + cont.out());
        assertEquals(3, firstMatch(deg.out(), "maximal orbit types of the crossing space: (.+)").split("\\), \\(").length);
        // the JSON example of claims files is a valid claims file
        String readme = Files.readString(ROOT.resolve("README.md"));
        String json = firstMatch(readme, "(?s)```json\\n(.*?)```");
        assertEquals(5, ClaimsReader.parse(json, "README.md").claims().size());
    }

    private static Outcome find(Map<String, Outcome> byText, String start) {
        return byText.entrySet().stream().filter(e -> e.getKey().startsWith("./landscape " + start)).findFirst()
                .orElseThrow(() -> new AssertionError("no README command starts with " + start)).getValue();
    }

    private static Line line(List<Line> lines, String start) {
        return lines.stream().filter(l -> l.text().startsWith("./landscape " + start)).findFirst().orElseThrow();
    }

    private static double number(String text, String regex) {
        return Double.parseDouble(firstMatch(text, regex));
    }

    private static String firstMatch(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no match for " + regex + " in\n" + tail(text));
        return m.group(1).strip();
    }

    private static String tail(String s) {
        return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
    }
}
