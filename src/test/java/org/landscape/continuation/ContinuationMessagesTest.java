package org.landscape.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** STYLE 8: every message's placeholders are exactly {0}..{arity-1}, and formatting leaves no brace behind. */
class ContinuationMessagesTest {

    @Test
    void placeholderCountsMatchTheArity() {
        Pattern placeholder = Pattern.compile("\\{(\\d+)}");
        for (ContinuationMessages m : ContinuationMessages.values()) {
            Set<Integer> seen = new TreeSet<>();
            Matcher matcher = placeholder.matcher(m.pattern());
            while (matcher.find()) {
                seen.add(Integer.parseInt(matcher.group(1)));
            }
            assertEquals(m.arity(), seen.size(), m.name());
            for (int i = 0; i < m.arity(); i++) {
                assertTrue(seen.contains(i), m.name() + " lacks {" + i + "}");
            }
            Object[] args = new Object[m.arity()];
            for (int i = 0; i < args.length; i++) {
                args[i] = 1234567.5 + i;
            }
            String text = m.format(args);
            assertFalse(text.contains("{") || text.contains("}"), text);
            if (m.arity() > 0) {
                assertTrue(text.contains("1234567.5"), "no locale grouping: " + text);
            }
        }
    }

    @Test
    void wrongArgumentCountIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ContinuationMessages.OUT_OF_RANGE.format("x"));
    }
}
