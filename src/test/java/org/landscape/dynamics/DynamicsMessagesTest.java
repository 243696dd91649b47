package org.landscape.dynamics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every message's declared arity equals its number of placeholders; messages are one line. */
class DynamicsMessagesTest {
    @Test
    void placeholderCountsMatch() {
        for (DynamicsMessages m : DynamicsMessages.values()) {
            org.landscape.base.MessageFormatAssertions.assertWellFormed(m.name(), m.pattern(), m.arity(), m::format);
            assertThrows(IllegalArgumentException.class, () -> m.format(new Object[m.arity() + 1]));
        }
    }
}
