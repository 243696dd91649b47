package org.landscape.analysis;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertThrows;

/** STYLE 8: every message's placeholders are exactly {0}..{arity-1}; formatted text keeps no brace and one line. */
class AnalysisMessagesTest {

    @Test
    void placeholderCountsMatchTheArity() {
        for (AnalysisMessages m : AnalysisMessages.values()) {
            org.landscape.base.MessageFormatAssertions.assertWellFormed(m.name(), m.pattern(), m.arity(), m::format);
        }
        assertThrows(IllegalArgumentException.class, () -> AnalysisMessages.OUT_OF_RANGE.format("x"));
    }
}
