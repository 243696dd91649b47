package org.landscape.analysis;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** STYLE 8: every message's placeholders are exactly {0}..{arity-1}; formatted text keeps no brace and one line. */
class AnalysisMessagesTest {

    @Test
    void placeholderCountsMatchTheArity() {
        Pattern placeholder = Pattern.compile("\\{(\\d+)}");
        for (AnalysisMessages m : AnalysisMessages.values()) {
            Set<Integer> seen = new TreeSet<>();
            Matcher matcher = placeholder.matcher(m.pattern());
            while (matcher.find()) {
                seen.add(Integer.parseInt(matcher.group(1)));
            }
            assertEquals(m.arity(), seen.size(), m.name());
            Object[] args = new Object[m.arity()];
            for (int i = 0; i < args.length; i++) {
                args[i] = 1234567.5 + i;
            }
            String text = m.format(args);
            assertFalse(text.contains("{0") || text.contains("{1"), text);
            assertFalse(text.contains("\n"), text);
        }
        assertThrows(IllegalArgumentException.class, () -> AnalysisMessages.OUT_OF_RANGE.format("x"));
    }
}
