package org.landscape.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Jackson's parse errors in words a user can act on: the line and column and what is wrong, without the names of
 * Jackson settings and without quoting the input (which may be the contents of a file the user did not mean to show).
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /** @return e.g. "line 3, column 7: the text ends before the closing ] or }" */
    public static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ": ";
        return where + reason(e);
    }

    /** @return the line of the error, or 1 when Jackson does not know it */
    public static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    static String reason(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
            return "the text ends before the closing ] or }";
        }
        if (m.contains("'NaN'") || m.contains("Infinity") || m.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not JSON numbers: give finite numbers";
        }
        if (m.contains("Trailing token") || m.contains("trailing")) {
            return "there is more text after the end of the JSON value: remove it";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a closing ] or } does not match its opening bracket";
        }
        if (m.startsWith("Unrecognized token")) {
            return "a word that is not a number, a quoted string, true, false or null";
        }
        if (m.contains("leading zeroes") || m.contains("Leading zeroes")) {
            return "a number with a leading zero";
        }
        if (m.startsWith("Unexpected character") || m.startsWith("Illegal")) {
            return "a character that cannot appear there (missing comma, quote or bracket?)";
        }
        return "not valid JSON";
    }
}
