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
 * under 600 lines.
 */
class ExactPackagesArchitectureTest {
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern FLOAT = Pattern.compile("\\b(double|float|Double|Float)\\b");

    @ParameterizedTest
    @CsvSource({"group,base;group,true", "degree,base;group;degree,true", "rep,base;group;rep;solve,false", "reduced,base;model;solve;reduced,false"})
    void importsAndExactness(String pkg, String allowed, boolean exact) throws IOException {
        List<String> ok = List.of(allowed.split(";"));
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/landscape", pkg))) {
            for (Path f : files.toList()) {
                String src = Files.readString(f);
                assertTrue(src.lines().count() < 600, f + " has 600 lines or more");
                Matcher m = IMPORT.matcher(src);
                while (m.find()) {
                    String imp = m.group(2);
                    boolean fine = imp.startsWith("java.");
                    for (String a : ok) {
                        fine |= imp.startsWith("org.landscape." + a + ".");
                    }
                    assertTrue(fine, f + " imports " + imp);
                }
                if (exact) {
                    String code = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                    assertTrue(!FLOAT.matcher(code).find(), f + " uses floating point");
                }
            }
        }
    }
}
