package org.landscape.base;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * STYLE 8 checks shared by the per-package tests of {@code MessageFormat}-style message enums: the
 * placeholders of a pattern are exactly {0}..{arity-1}, and the formatted text keeps no brace, stays on one
 * line and prints numbers without locale grouping.
 */
public final class MessageFormatAssertions {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private MessageFormatAssertions() {
    }

    /**
     * @param name    the message's name (for failures)
     * @param pattern its pattern
     * @param arity   its declared number of placeholders
     * @param format  formats the message with the given arguments
     */
    public static void assertWellFormed(String name, String pattern, int arity, Function<Object[], String> format) {
        Set<Integer> seen = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            seen.add(Integer.parseInt(matcher.group(1)));
        }
        assertEquals(arity, seen.size(), name);
        for (int i = 0; i < arity; i++) {
            assertTrue(seen.contains(i), name + " lacks {" + i + "}");
        }
        Object[] args = new Object[arity];
        for (int i = 0; i < args.length; i++) {
            args[i] = 1234567.5 + i;
        }
        String text = format.apply(args);
        assertFalse(text.contains("{") || text.contains("}"), text);
        assertFalse(text.contains("\n"), text);
        if (arity > 0) {
            assertTrue(text.contains("1234567.5"), "no locale grouping: " + text);
        }
    }
}
