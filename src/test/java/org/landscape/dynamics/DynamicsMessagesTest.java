package org.landscape.dynamics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every message's declared arity equals its number of placeholders; messages are one line. */
class DynamicsMessagesTest {
    @Test
    void placeholderCountsMatch() {
        for (DynamicsMessages m : DynamicsMessages.values()) {
            int count = m.pattern().split("%s", -1).length - 1;
            assertEquals(m.arity(), count, m.name());
            assertFalse(m.pattern().contains("\n"), m.name());
            Object[] args = new Object[m.arity()];
            java.util.Arrays.fill(args, "x");
            assertFalse(m.format(args).contains("%"), m.name());
            assertThrows(IllegalArgumentException.class, () -> m.format(new Object[m.arity() + 1]));
        }
    }
}
