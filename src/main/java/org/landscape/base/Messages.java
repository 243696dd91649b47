package org.landscape.base;

import java.text.MessageFormat;

/**
 * Formatting shared by the per-package message enums (STYLE 8, through {@link MessagePattern}): each enum holds its
 * patterns and placeholder counts; this class checks the count and fills the placeholders.
 */
public final class Messages {
    private Messages() {
    }

    /**
     * @param name    the message's name (for the error when the count is wrong)
     * @param pattern a {@link MessageFormat} pattern
     * @param arity   its number of placeholders
     * @param args    the arguments, printed with {@code String.valueOf}
     * @return the message with the arguments inserted
     */
    public static String format(String name, String pattern, int arity, Object... args) {
        if (args.length != arity) {
            throw new IllegalArgumentException(name + " takes " + arity + " arguments, got " + args.length);
        }
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern).format(text);
    }
}
