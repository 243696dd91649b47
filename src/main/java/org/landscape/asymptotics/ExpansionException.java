package org.landscape.asymptotics;

import org.landscape.base.UnsupportedException;

/** An asymptotic expansion that cannot be carried out as asked (exit code 4): the message says why and what to try. */
public final class ExpansionException extends UnsupportedException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to try */
    public ExpansionException(String message) {
        super(message);
    }
}
