package org.landscape.group;

import org.junit.jupiter.api.Test;
import org.landscape.degree.DegreeMessages;
import org.landscape.rep.RepMessages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Placeholder counts of the message enums of group, degree and rep (STYLE.md §2.8). */
class MessagesTest {
    private static final Pattern DIRECTIVE = Pattern.compile("%(.)");

    static void check(String name, String pattern, int arity) {
        Matcher m = DIRECTIVE.matcher(pattern);
        int n = 0;
        while (m.find()) {
            assertEquals("s", m.group(1), name + ": only %s placeholders");
            n++;
        }
        assertEquals(arity, n, name);
        assertFalse(pattern.contains("\n"), name + " is one line");
    }

    @Test
    void placeholderCounts() {
        for (GroupMessages g : GroupMessages.values()) {
            check(g.name(), g.pattern(), g.arity());
        }
        for (DegreeMessages d : DegreeMessages.values()) {
            check(d.name(), d.pattern(), d.arity());
        }
        for (RepMessages r : RepMessages.values()) {
            check(r.name(), r.pattern(), r.arity());
        }
        assertThrows(IllegalArgumentException.class, () -> GroupMessages.UNKNOWN_GROUP.format());
        assertEquals("unknown irreducible '4,3' of S5: use one of 5 4,1",
                GroupMessages.UNKNOWN_IRREP.format("4,3", "S5", "5 4,1"));
    }
}
