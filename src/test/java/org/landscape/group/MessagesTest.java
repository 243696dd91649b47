package org.landscape.group;

import org.junit.jupiter.api.Test;
import org.landscape.base.MessageFormatAssertions;
import org.landscape.degree.DegreeMessages;
import org.landscape.rep.RepMessages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Placeholder counts of the message enums of group, degree and rep (STYLE.md §2.8). */
class MessagesTest {
    static void check(org.landscape.base.MessagePattern m) {
        MessageFormatAssertions.assertWellFormed(m.name(), m.pattern(), m.arity(), m::format);
    }

    @Test
    void placeholderCounts() {
        for (GroupMessages g : GroupMessages.values()) {
            check(g);
        }
        for (DegreeMessages d : DegreeMessages.values()) {
            check(d);
        }
        for (RepMessages r : RepMessages.values()) {
            check(r);
        }
        assertThrows(IllegalArgumentException.class, () -> GroupMessages.UNKNOWN_GROUP.format());
        assertEquals("unknown irreducible '4,3' of S5: use one of 5 4,1",
                GroupMessages.UNKNOWN_IRREP.format("4,3", "S5", "5 4,1"));
    }
}
