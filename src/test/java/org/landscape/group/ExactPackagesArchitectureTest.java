package org.landscape.group;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * STYLE.md §1 for the packages of issues 4 and 5: {@code group} imports only base; {@code degree} only group and
 * base; {@code rep} only group and base; {@code group} and {@code degree} use no floating point; files stay
 * under 600 lines. Issue 17: {@code interval} imports only base and itself (its generated evaluators only
 * {@code interval}); {@code proof} no Symja, symbolic, compile, io or cli; {@code proof.check}, the independent
 * re-checker, shares no evaluator code with the prover: of {@code proof} only the data type {@code Certificate}, of
 * {@code interval} only the data type {@code Interval}, nothing of model, compile or interval.generated. Fully
 * qualified names in code count as imports.
 */
class ExactPackagesArchitectureTest {
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern FLOAT = Pattern.compile("\\b(double|float|Double|Float)\\b");

    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.landscape\\.[a-z.]*[A-Z]\\w*");

    private static boolean allowed(String imp, List<String> ok) {
        boolean fine = imp.startsWith("java.");
        for (String a : ok) {
            String full = a.startsWith("org.") ? a : "org.landscape." + a;
            fine |= imp.equals(full) || imp.startsWith(full + ".");
        }
        return fine;
    }

    @ParameterizedTest
    @CsvSource({"group,base;group,true", "degree,base;group;degree,true", "rep,base;group;rep;solve,false",
            "reduced,base;model;solve;reduced,false",
            "interval,base;interval,false", "interval/generated,interval,false",
            "proof,base;interval;model;analysis;reduced;rep;group;continuation;degree;proof;solve;org.hipparchus,false",
            "proof/check,base;symbolic;proof.Certificate;proof.check;interval.Interval;org.apfloat;org.hipparchus;"
                    + "org.matheclipse,false"})
    void importsAndExactness(String pkg, String allowed, boolean exact) throws IOException {
        List<String> ok = List.of(allowed.split(";"));
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/landscape", pkg))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String src = Files.readString(f);
                assertTrue(src.lines().count() < 600, f + " has 600 lines or more");
                Matcher m = IMPORT.matcher(src);
                while (m.find()) {
                    String imp = m.group(2);
                    assertTrue(allowed(imp, ok), f + " imports " + imp);
                }
                String body = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "")
                        .replaceAll("(?m)^(package|import) .*$", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
                Matcher q = QUALIFIED.matcher(body);
                while (q.find()) {
                    assertTrue(allowed(q.group(), ok), f + " names " + q.group());
                }
                if (exact) {
                    String code = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                    assertTrue(!FLOAT.matcher(code).find(), f + " uses floating point");
                }
            }
        }
    }
}
