package org.landscape.continuation;

import static org.junit.jupiter.api.Assertions.assertThrows;


import org.junit.jupiter.api.Test;

/** STYLE 8: every message's placeholders are exactly {0}..{arity-1}, and formatting leaves no brace behind. */
class ContinuationMessagesTest {

    @Test
    void placeholderCountsMatchTheArity() {
        for (ContinuationMessages m : ContinuationMessages.values()) {
            org.landscape.base.MessageFormatAssertions.assertWellFormed(m.name(), m.pattern(), m.arity(), m::format);
        }
    }

    @Test
    void wrongArgumentCountIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ContinuationMessages.OUT_OF_RANGE.format("x"));
    }
}
