package org.landscape.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscape.base.ConfinedPaths;
import org.landscape.base.InvalidInputException;
import org.landscape.base.ResourceLimitException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, items 1 and 3: files named inside a claims file stay inside its folder, no error quotes a file's
 * contents, trailing text after JSON is refused, and matrices too large for memory or for doubles are refused.
 */
class HostileInputTest {
    private static final String SECRET = "root:x:0:0:secret-first-line";

    private static String claims(String start) {
        return "{\"family\": \"symmetric\", \"subgroup\": \"DeltaS2\", \"start\": \"" + start + "\", \"claims\": []}";
    }

    @Test
    void claimsStartPathsAreConfinedToTheClaimsFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("claims"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("w.json"), "[[1,0],[0,1]]");
        Files.writeString(folder.resolve("w.json"), "[[1,0.5],[0.5,1]]");
        Files.createSymbolicLink(folder.resolve("link.json"), elsewhere.resolve("w.json"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET + "\nsecond line\n");
        for (String start : new String[] {"../elsewhere/w.json", elsewhere.resolve("w.json").toString(), "link.json",
                secret.toString(), "/etc/passwd"}) {
            Path c = Files.writeString(folder.resolve("c.json"), claims(start));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ClaimsReader.read(c), start);
            assertTrue(e.getMessage().contains("outside the folder"), e.getMessage());
            assertFalse(e.getMessage().contains("root:x"), e.getMessage());
        }
        Path ok = Files.writeString(folder.resolve("c.json"), claims("w.json"));
        assertArrayEquals(new double[] {1, 0.5}, ClaimsReader.read(ok).start()[0]);
    }

    @Test
    void errorsAboutAFileNeverQuoteItsContents(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("p.txt"), SECRET + "\n");
        Path json = Files.writeString(dir.resolve("s.json"), "[[\"" + SECRET + "\"]]");
        Path bad = Files.writeString(dir.resolve("b.json"), "[[1, " + SECRET + "]]");
        for (Path p : new Path[] {secret, json, bad}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> MatrixReader.read(p.toString(), "--student"));
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
            assertFalse(e.getMessage().contains("root:x"), e.getMessage());
        }
        Path c = Files.writeString(dir.resolve("c.json"), "{\"claims\": [" + SECRET + "]}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ClaimsReader.read(c));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertFalse(e.getMessage().contains("Feature"), "no Jackson setting names: " + e.getMessage());
    }

    @Test
    void trailingTextAfterJsonIsRefused(@TempDir Path dir) throws Exception {
        Path m = Files.writeString(dir.resolve("m.json"), "[[1,0],[0,1]] trailing");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MatrixReader.read(m.toString(), "W"));
        assertTrue(e.getMessage().contains("more text after the end"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> MatrixReader.read("[[1,0]] [[2]]", "W"));
        Path c = Files.writeString(dir.resolve("c.json"), "{\"claims\": []}\n[1]\n");
        InvalidInputException f = assertThrows(InvalidInputException.class, () -> ClaimsReader.read(c));
        assertTrue(f.getMessage().startsWith(c + ":2: there is more text after the end"), f.getMessage());
        Path d = Files.writeString(dir.resolve("d.json"), "{\"claims\": []}\n}}\n");
        assertTrue(assertThrows(InvalidInputException.class, () -> ClaimsReader.read(d)).getMessage()
                .startsWith(d + ":2: not valid JSON"));
        Path empty = Files.writeString(dir.resolve("e.json"), "");
        assertTrue(assertThrows(InvalidInputException.class, () -> ClaimsReader.read(empty)).getMessage()
                .contains("the file is empty"));
    }

    @Test
    void foldersNonFiniteAndOverflowingEntriesAreNamed(@TempDir Path dir) {
        assertTrue(assertThrows(InvalidInputException.class, () -> MatrixReader.read(dir.toString(), "--student"))
                .getMessage().contains("is a folder, not a file"));
        assertTrue(assertThrows(InvalidInputException.class, () -> MatrixReader.read("[[NaN,0]]", "W"))
                .getMessage().contains("NaN and Infinity are not JSON numbers"));
        assertThrows(InvalidInputException.class, () -> MatrixReader.read("[[1e400,0]]", "W"));
        assertTrue(assertThrows(InvalidInputException.class, () -> MatrixReader.read("[[1e308,0]]", "W"))
                .getMessage().contains("too large"));
        assertEquals(1e100, MatrixReader.read("[[1e100,0]]", "W")[0][0]);
    }

    @Test
    void identityTooLargeForTheHeapIsRefusedWithTheEstimate() {
        ResourceLimitException e = assertThrows(ResourceLimitException.class,
                () -> MatrixReader.read("identity:100000", "--student"));
        assertTrue(e.getMessage().contains("needs about 74.5 GB"), e.getMessage());
        assertEquals(6, e.exitCode());
    }

    @Test
    void confinedPathsResolveLinksBeforeComparing(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path inner = Files.createDirectories(root.resolve("a"));
        Files.createSymbolicLink(root.resolve("to-a"), inner);
        Files.createSymbolicLink(root.resolve("to-up"), dir);
        assertEquals(inner.toRealPath().resolve("x"), ConfinedPaths.resolve(root, "to-a/x", "t"));
        assertThrows(InvalidInputException.class, () -> ConfinedPaths.resolve(root, "to-up/x", "t"));
        assertThrows(InvalidInputException.class, () -> ConfinedPaths.resolve(root, "../x", "t"));
        assertThrows(InvalidInputException.class, () -> ConfinedPaths.resolve(root, "/etc/passwd", "t"));
        assertEquals(root.toRealPath().resolve("new/deeper/f"), ConfinedPaths.resolve(root, "new/deeper/f", "t"));
    }
}
