package org.landscape.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Mathematica source into top-level statements the way a notebook reads input: a newline ends a statement
 * when the text so far is complete, that is, outside brackets, strings and comments, and not ending in a binary
 * operator ({@code + - * / ^ = , < > @ : | ~ . \} or {@code &&}). Evaluating a whole file as one string would turn
 * newlines into multiplication (STACK-NOTES), so the runner evaluates these statements one by one and reports the
 * line each starts on. Cost: O(length).
 */
public final class StatementSplitter {
    private static final String CONTINUATION = "+-*/^=,<>@:|~.\\";

    private StatementSplitter() {
    }

    /** @return the statements of {@code source} in order, blank and comment-only text dropped */
    public static List<Statement> split(String source) {
        List<Statement> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        StringBuilder code = new StringBuilder(); // significant characters only (no comments)
        int depth = 0;
        int comment = 0;
        boolean string = false;
        int line = 1;
        int start = -1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            char next = i + 1 < source.length() ? source.charAt(i + 1) : '\0';
            if (c == '\n') {
                if (depth <= 0 && comment == 0 && !string && complete(code)) {
                    flush(out, cur, code, start);
                    start = -1;
                } else {
                    cur.append(c);
                }
                line++;
                continue;
            }
            cur.append(c);
            if (comment > 0) {
                if (c == '*' && next == ')') {
                    cur.append(next);
                    i++;
                    comment--;
                } else if (c == '(' && next == '*') {
                    cur.append(next);
                    i++;
                    comment++;
                }
                continue;
            }
            if (string) {
                code.append(c);
                if (c == '\\' && next != '\0' && next != '\n') {
                    cur.append(next);
                    code.append(next);
                    i++;
                } else if (c == '"') {
                    string = false;
                }
                continue;
            }
            if (c == '(' && next == '*') {
                cur.append(next);
                i++;
                comment++;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                if (start < 0) {
                    start = line;
                }
                code.append(c);
            }
            switch (c) {
                case '"' -> string = true;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                default -> {
                }
            }
        }
        flush(out, cur, code, start);
        return out;
    }

    /**
     * @return true when {@code source} ends a statement: brackets, strings and comments closed and no trailing
     *         binary operator (an interactive prompt asks for another line otherwise)
     */
    public static boolean isComplete(String source) {
        List<Statement> all = split(source + "\n");
        String probe = source + "\n" + "1";
        return split(probe).size() == all.size() + 1;
    }

    private static boolean complete(StringBuilder code) {
        if (code.length() == 0) {
            return true;
        }
        char last = code.charAt(code.length() - 1);
        if (last == '&') {
            return code.length() < 2 || code.charAt(code.length() - 2) != '&';
        }
        return CONTINUATION.indexOf(last) < 0;
    }

    private static void flush(List<Statement> out, StringBuilder cur, StringBuilder code, int start) {
        if (code.length() > 0) {
            out.add(new Statement(cur.toString(), start));
        }
        cur.setLength(0);
        code.setLength(0);
    }
}
